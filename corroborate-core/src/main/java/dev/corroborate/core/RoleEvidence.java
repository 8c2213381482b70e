package dev.corroborate.core;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Why a role mention ("the Secretary General said") was attributed to a person named in another article: the
 * article that names the holder with that role, and the day it was published.
 *
 * @param role      the role as the teaching article writes it ("NATO Secretary General")
 * @param holder    who that article names as holding the role
 * @param articleId the article that taught it
 * @param taughtOn  that article's publication day
 */
public record RoleEvidence(String role, String holder, String articleId, LocalDate taughtOn) {
    public RoleEvidence {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(taughtOn, "taughtOn");
    }
}
