package dev.corroborate.pipeline;

import java.time.Duration;
import java.util.List;

import dev.corroborate.core.Analysis;
import dev.corroborate.core.PageFailure;

/**
 * What one {@code analyze} run did.
 *
 * @param analysis   everything in the store after the run: articles, events, storylines, coverage
 * @param added      pages analysed and stored by this run
 * @param duplicates pages skipped because the store (or this run) already had them
 * @param failures   inputs that gave no article, each with its reason, in input order
 * @param warnings   store problems worth telling the user
 * @param elapsed    wall time of the run
 * @param corpusStage wall time of the corpus-wide stages (loading the store, grouping, comparing), within elapsed
 */
public record RunSummary(Analysis analysis, int added, int duplicates, List<PageFailure> failures,
                         List<String> warnings, Duration elapsed, Duration corpusStage) {
    public RunSummary {
        failures = List.copyOf(failures);
        warnings = List.copyOf(warnings);
    }

    /** True when at least one page of the input is in the store, new or already there. */
    public boolean anySucceeded() {
        return added + duplicates > 0;
    }
}
