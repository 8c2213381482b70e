package dev.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad files get one line each naming the file and the reason; good pages still go through. */
class BadInputEndToEndTest {
    private static final String ARTICLE = """
        Menu
        Harbour board delays vote on the new ferry timetable

        By Edda Morn | 12.05.2025 09:40

        The Marden harbour board postponed its vote on the summer ferry timetable on Monday, after two island \
        councils asked for more time to consult residents about the earlier departures.

        Board chair Lisbet Anker said the delay would be short. "We will vote before the end of the month, and the \
        islands will have their say first," Anker told reporters outside the board's offices.

        The proposed timetable moves the first crossing forty minutes earlier and adds a late sailing on Fridays, \
        which commuters have asked for since the old ferry was retired last year.

        Subscribe to our newsletter
        """;

    @TempDir
    Path work;

    @Test
    void eachBadFileIsNamedWithItsReasonAndGoodPagesAreProcessed() throws Exception {
        Path in = Files.createDirectories(work.resolve("in"));
        Files.writeString(in.resolve("good.txt"), ARTICLE);
        // Invalid UTF-8 sequences inside an otherwise good page: decoded with replacement characters, not refused.
        String[] halves = ARTICLE.split("ferry timetable", 2);
        byte[] head = halves[0].getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("ferr" + halves[1]).getBytes(StandardCharsets.UTF_8);
        byte[] invalid = Arrays.copyOf(head, head.length + 3 + tail.length);
        invalid[head.length] = (byte) 0xC3;
        invalid[head.length + 1] = (byte) 0x28;
        invalid[head.length + 2] = (byte) 0xFF;
        System.arraycopy(tail, 0, invalid, head.length + 3, tail.length);
        Files.write(in.resolve("invalid-utf8.txt"), invalid);
        Files.write(in.resolve("binary.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
        Files.write(in.resolve("empty.txt"), new byte[0]);
        try (RandomAccessFile huge = new RandomAccessFile(in.resolve("huge.html").toFile(), "rw")) {
            huge.setLength(50L * 1024 * 1024);
        }
        Files.writeString(in.resolve("malformed.html"), "<html><body><div><p>Unclosed <b>tags <i>everywhere<table><tr><td>"
            + "</div></div></span>");
        Files.createSymbolicLink(in.resolve("unreadable.txt"), in.resolve("missing-target.txt"));

        CliProcess.Result run = CliProcess.run(work, "analyze", in.toString(), "--out", "report", "--store", "store");

        assertEquals(0, run.exitCode(), run.err());
        for (String bad : new String[] {"binary.html", "empty.txt", "huge.html", "malformed.html", "unreadable.txt"}) {
            long lines = run.err().lines().filter(l -> l.contains(bad)).count();
            assertEquals(1, lines, bad + " in:\n" + run.err());
        }
        assertTrue(run.err().lines().anyMatch(l -> l.contains("binary.html") && l.contains("binary")), run.err());
        assertTrue(run.err().lines().anyMatch(l -> l.contains("empty.txt") && l.contains("empty")), run.err());
        assertTrue(run.err().lines().anyMatch(l -> l.contains("huge.html") && l.contains("too large")), run.err());
        assertTrue(run.out().contains("Analysed 2 new page(s)"), run.out());
        assertTrue(run.out().strip().endsWith("5 input(s) failed."), run.out());
    }

    @Test
    void exitsWithTwoWhenNoPageSucceeds() throws Exception {
        Path in = Files.createDirectories(work.resolve("in"));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        CliProcess.Result run = CliProcess.run(work, "analyze", in.toString(), "--out", "report", "--store", "store");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("empty.txt: empty file"), run.err());
    }

    @Test
    void exitsWithOneOnUsageErrors() throws Exception {
        assertEquals(1, CliProcess.run(work, "analyze").exitCode());
        assertEquals(1, CliProcess.run(work, "analyze", "x", "--no-such-option").exitCode());
    }
}
