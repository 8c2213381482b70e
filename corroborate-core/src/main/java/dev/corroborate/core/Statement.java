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
 */
public record Statement(String speaker, String speakerMention, SpeechKind kind, String cue, Span content,
                        Span sentence, LocalDate saidOn, String saidOnText, RoleEvidence roleEvidence) {
    public Statement {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(sentence, "sentence");
    }

    /** A statement whose speaker the article itself tells. */
    public Statement(String speaker, String speakerMention, SpeechKind kind, String cue, Span content, Span sentence,
                     LocalDate saidOn, String saidOnText) {
        this(speaker, speakerMention, kind, cue, content, sentence, saidOn, saidOnText, null);
    }

    /** The same statement attributed to the holder of its speaker's role, with the evidence for it. */
    public Statement attributedTo(RoleEvidence evidence) {
        return new Statement(evidence.holder(), speakerMention, kind, cue, content, sentence, saidOn, saidOnText,
            evidence);
    }
}
