package dev.corroborate.report;

import java.nio.file.Path;
import java.util.List;

/**
 * Where a {@link ReportWriter} put the report.
 *
 * @param json     {@code analysis.json}, for scripts
 * @param markdown {@code report.md}
 * @param html     {@code report.html}, self-contained, opens offline
 */
public record ReportFiles(Path json, Path markdown, Path html) {

    /** The three files in the order they were written. */
    public List<Path> all() {
        return List.of(json, markdown, html);
    }
}
