package dev.corroborate.ingest;

import dev.corroborate.core.Page;
import dev.corroborate.core.PageFailure;

/** What reading one input gave: a page, or a failure with its reason. */
public sealed interface PageResult {

    /** A page read and decoded. */
    record Loaded(Page page) implements PageResult {
    }

    /** An input that could not be read as a page. */
    record Failed(PageFailure failure) implements PageResult {
    }

    static PageResult failed(String source, String reason) {
        return new Failed(new PageFailure(source, reason));
    }
}
