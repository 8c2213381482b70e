package dev.corroborate.core;

/** What kind of named thing, other than a person, an article mentions. */
public enum EntityKind {
    /** An institution, company, party, agency or other body ("the Port Authority", "NATO"). */
    ORGANISATION,
    /** A country, region, city or natural feature ("Kenya", "the Oska Basin"). */
    PLACE
}
