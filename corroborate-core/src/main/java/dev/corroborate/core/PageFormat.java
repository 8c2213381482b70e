package dev.corroborate.core;

/** The shape of a page's content, which decides the extractor that reads it. */
public enum PageFormat {
    /** A plain-text dump: visible text, one block per line, boilerplate included. */
    TEXT,
    /** An HTML document. */
    HTML
}
