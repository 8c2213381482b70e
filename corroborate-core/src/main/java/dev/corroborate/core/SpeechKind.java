package dev.corroborate.core;

/** Whether a statement gives the speaker's own words or reports them. */
public enum SpeechKind {
    /** The speaker's words inside quotation marks. */
    DIRECT,
    /** Paraphrase: "X said that ...", "according to X, ...". */
    REPORTED;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
