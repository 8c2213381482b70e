package dev.corroborate.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.corroborate.core.PageFailure;

class InputWalkerTest {
    @TempDir
    Path dir;

    private final InputWalker walker = new InputWalker();
    private final List<PageFailure> failures = new ArrayList<>();

    @Test
    void folderIsListedRecursivelyInSortedOrder() throws IOException {
        touch("veloria/b.txt");
        touch("veloria/a.html");
        touch("veloria/region/oska/dam.txt");
        touch("veloria/region/marden.html.gz");
        String root = dir.resolve("veloria").toString();

        List<InputFile> files = walker.list(List.of(root), failures::add);

        assertEquals(List.of(root + "/a.html", root + "/b.txt", root + "/region/marden.html.gz",
            root + "/region/oska/dam.txt"), sources(files));
        assertEquals(dir.resolve("veloria/region/oska/dam.txt"), files.get(3).path());
        assertEquals(List.of(), failures);
    }

    @Test
    void hiddenFilesAndFoldersAreSkipped() throws IOException {
        touch("crawl/page.txt");
        touch("crawl/.DS_Store");
        touch("crawl/.cache/old.txt");
        touch("crawl/sub/.hidden.html");
        String root = dir.resolve("crawl").toString();

        assertEquals(List.of(root + "/page.txt"), sources(walker.list(List.of(root), failures::add)));
    }

    @Test
    void hiddenFolderGivenExplicitlyIsStillListed() throws IOException {
        touch(".archive/page.txt");
        String root = dir.resolve(".archive").toString();

        assertEquals(List.of(root + "/page.txt"), sources(walker.list(List.of(root), failures::add)));
    }

    @Test
    void folderGivenWithTrailingSlashIsNotDoubled() throws IOException {
        touch("crawl/page.txt");
        String root = dir.resolve("crawl") + "/";

        assertEquals(List.of(root + "page.txt"), sources(walker.list(List.of(root), failures::add)));
    }

    @Test
    void fileIsListedAsGivenAndPathsKeepTheirOrder() throws IOException {
        touch("z.txt");
        touch("a.txt");
        String z = dir.resolve("z.txt").toString();
        String a = dir.resolve("a.txt").toString();

        assertEquals(List.of(z, a), sources(walker.list(List.of(z, a), failures::add)));
    }

    @Test
    void missingPathIsAFailureAndTheWalkGoesOn() throws IOException {
        touch("here.txt");
        String missing = dir.resolve("nowhere").toString();
        String here = dir.resolve("here.txt").toString();

        List<InputFile> files = walker.list(List.of(missing, here), failures::add);

        assertEquals(List.of(here), sources(files));
        assertEquals(List.of(new PageFailure(missing, "no such file or folder")), failures);
    }

    @Test
    void emptyFolderGivesNoFilesAndNoFailure() throws IOException {
        Files.createDirectories(dir.resolve("empty"));

        assertEquals(List.of(), walker.list(List.of(dir.resolve("empty").toString()), failures::add));
        assertEquals(List.of(), failures);
    }

    private void touch(String relative) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "Ferry crews in Veloria walked out.");
    }

    private static List<String> sources(List<InputFile> files) {
        return files.stream().map(InputFile::source).toList();
    }
}
