package dev.corroborate.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.corroborate.core.Span;

/**
 * Makes a performer's stage name their canonical name: "Ada Example, known by her stage name Adix, ..." or "better
 * known as Adix" after a person's name. The article then calls them by that name, so "Adix says" and the pronouns that
 * follow must land on the same person as the birth name.
 */
final class StageNames {
    /** How far before the phrase the person's name may end: "Ada Example, 31, known by ...". */
    private static final int NAME_REACH = 40;
    private static final Pattern STAGE_NAME = Pattern.compile(
        "\\b(?:known (?:professionally )?(?:by|under) (?:his|her|their|the) (?:stage|professional) name"
            + "|(?:better|professionally) known as|who performs as|known on stage as)\\s+"
            + "(?<stage>\\p{Lu}[\\p{L}\\p{N}'’.-]*(?:\\s\\p{Lu}[\\p{L}\\p{N}'’.-]*){0,2})");

    private StageNames() {
    }

    /** Renames each person introduced with a stage name to it, and notes the stage name's mention. */
    static void apply(String text, ArticlePeople people) {
        Matcher m = STAGE_NAME.matcher(text);
        while (m.find()) {
            PersonMention before = people.lastMentionBefore(m.start(), java.util.List.of());
            if (before == null || m.start() - before.span().end() > NAME_REACH) {
                continue;
            }
            String stage = m.group("stage").replaceFirst("[.’']+$", "");
            String canonical = people.rename(before.person(), stage);
            people.mention(new Span(m.start("stage"), m.start("stage") + stage.length()), canonical);
        }
    }
}
