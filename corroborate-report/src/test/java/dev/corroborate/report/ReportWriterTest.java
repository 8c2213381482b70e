package dev.corroborate.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportWriterTest {

    @Test
    void writesTheThreeFilesIntoANewFolder(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("nested/report");
        ReportFiles files = new ReportWriter().write(ReportFixtures.analysis(), out);
        assertEquals(out.resolve("analysis.json"), files.json());
        assertEquals(out.resolve("report.md"), files.markdown());
        assertEquals(out.resolve("report.html"), files.html());
        for (Path p : files.all()) {
            assertTrue(Files.size(p) > 0, p.toString());
        }
    }

    @Test
    void twoWritesAreByteIdentical(@TempDir Path tmp) throws IOException {
        ReportFiles first = new ReportWriter().write(ReportFixtures.analysis(), tmp.resolve("a"));
        ReportFiles second = new ReportWriter().write(ReportFixtures.analysis(), tmp.resolve("b"));
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(Files.readAllBytes(first.all().get(i)), Files.readAllBytes(second.all().get(i)),
                    first.all().get(i).getFileName().toString());
        }
    }

    @Test
    void writesUtf8(@TempDir Path tmp) throws IOException {
        ReportFiles files = new ReportWriter().write(ReportFixtures.analysis(), tmp);
        assertTrue(Files.readString(files.html()).contains("“cancels”"));
        assertTrue(Files.readString(files.json()).contains("“cancels”"));
    }
}
