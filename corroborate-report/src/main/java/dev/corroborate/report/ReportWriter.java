package dev.corroborate.report;

import dev.corroborate.core.Analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The front door of the report module: writes an {@link Analysis} as {@code analysis.json}, {@code report.md} and
 * {@code report.html} into one folder, all UTF-8, the same bytes for the same analysis.
 */
public final class ReportWriter {
    private final JsonReport json = new JsonReport();
    private final MarkdownReport markdown = new MarkdownReport();
    private final HtmlReport html = new HtmlReport();

    /**
     * Writes the three report files, creating {@code outDir} (and its parents) when missing and replacing files of
     * the same names.
     *
     * @param analysis what to report
     * @param outDir   the folder to write into
     * @return the paths written
     * @throws IOException when the folder cannot be created or a file cannot be written
     */
    public ReportFiles write(Analysis analysis, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        ReportFiles files = new ReportFiles(outDir.resolve(JsonReport.FILE_NAME),
                outDir.resolve(MarkdownReport.FILE_NAME), outDir.resolve(HtmlReport.FILE_NAME));
        Files.writeString(files.json(), json.render(analysis), StandardCharsets.UTF_8);
        Files.writeString(files.markdown(), markdown.render(analysis), StandardCharsets.UTF_8);
        Files.writeString(files.html(), html.render(analysis), StandardCharsets.UTF_8);
        return files;
    }
}
