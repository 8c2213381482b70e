package dev.corroborate.core;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Who said what, with the sentence it came from.
 *
 * @param speaker        canonical name of the speaker (a person's full name where the article gives it)
 * @param speakerMention the words the article uses for the speaker here ("he", "the Secretary General")
 * @param kind           direct quote or reported speech
 * @param cue            the verb or phrase that marks speech ("said", "according to")
 * @param content        span of what was said
 * @param sentence       span of the sentence the statement came from
 * @param saidOn         the day it was said when the article tells it, else null (never guessed)
 * @param saidOnText     the words that gave {@code saidOn} ("on Nov. 7"), else null
 * @param roleEvidence   when the speaker was a role the article does not name the holder of, the other article that
 *                       named the holder at that time; else null
 * @param saidWithin     when no day is told but a stretch of days is ("last summer", "in late 2023"), that stretch
 *                       (its words in {@code saidOnText}); else null
 */
public record Statement(String speaker, String speakerMention, SpeechKind kind, String cue, Span content,
                        Span sentence, LocalDate saidOn, String saidOnText, RoleEvidence roleEvidence,
                        Period saidWithin) {
    public Statement {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(sentence, "sentence");
    }

    /** A statement whose speaker the article itself tells, dated to a day or not at all. */
    public Statement(String speaker, String speakerMention, SpeechKind kind, String cue, Span content, Span sentence,
                     LocalDate saidOn, String saidOnText) {
        this(speaker, speakerMention, kind, cue, content, sentence, saidOn, saidOnText, null, null);
    }

    /** The same statement attributed to the holder of its speaker's role, with the evidence for it. */
    public Statement attributedTo(RoleEvidence evidence) {
        return new Statement(evidence.holder(), speakerMention, kind, cue, content, sentence, saidOn, saidOnText,
            evidence, saidWithin);
    }

    /** The same statement under another name for its speaker (a canonical name, or the role it waits on). */
    public Statement withSpeaker(String name) {
        return new Statement(name, speakerMention, kind, cue, content, sentence, saidOn, saidOnText, roleEvidence,
            saidWithin);
    }
}
