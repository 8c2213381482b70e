package dev.corroborate.extract.text;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import dev.corroborate.core.Published;
import dev.corroborate.extract.meta.DateParsing;

/**
 * Weighs the date the dump shows against the day the page address spells ("/2023/12/22/"): the site wrote that day
 * when it filed the story, so it stands where the dump shows no date, and where the date shown lies days away from
 * it (a masthead's "today", a related story's stamp). A day apart is the same story seen from another time zone:
 * the date shown keeps its clock. A stamp on the byline is the article's own date and stands wherever the address
 * points: a story refiled under an old address keeps the old day there.
 */
final class AddressDate {
    private static final int SAME_STORY_DAYS = 1;

    private AddressDate() {
    }

    /**
     * @param shown   the date read from the dump's lines, or null
     * @param bylined whether {@code shown} is the byline's stamp
     * @param url     the page address, or null
     * @param today   the latest plausible publication day
     */
    static Published reconcile(Published shown, boolean bylined, String url, LocalDate today) {
        if (shown != null && bylined) {
            return shown;
        }
        Optional<Published> filed = DateParsing.fromUrl(url).filter(p -> !p.date().isAfter(today.plusDays(1)));
        if (filed.isEmpty()) {
            return shown;
        }
        if (shown == null || Math.abs(ChronoUnit.DAYS.between(shown.date(), filed.get().date())) > SAME_STORY_DAYS) {
            return filed.get();
        }
        return shown;
    }
}
