package dev.corroborate.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import dev.corroborate.core.PageFailure;

/**
 * Expands the paths a user gave into the files to read: folders recursively, in a stable sorted order.
 * Hidden files and folders (a leading dot) are skipped, as tools and crawlers leave them behind.
 */
public final class InputWalker {

    /**
     * @param paths    files and folders as the user gave them
     * @param failures told about paths that do not exist or cannot be listed; walking goes on
     * @return the files found, folders expanded, in the order given and sorted within each folder
     */
    public List<InputFile> list(List<String> paths, Consumer<PageFailure> failures) {
        List<InputFile> files = new ArrayList<>();
        for (String given : paths) {
            Path path = Path.of(given);
            if (Files.isDirectory(path)) {
                files.addAll(walk(given, path, failures));
            } else if (Files.exists(path) || Files.isSymbolicLink(path)) {
                files.add(new InputFile(path, given));
            } else {
                failures.accept(new PageFailure(given, "no such file or folder"));
            }
        }
        return files;
    }

    private static List<InputFile> walk(String given, Path root, Consumer<PageFailure> failures) {
        List<InputFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> !p.equals(root))
                .filter(p -> !isHidden(root.relativize(p)))
                .filter(p -> !Files.isDirectory(p))
                .sorted(Comparator.comparing(p -> root.relativize(p).toString()))
                .forEach(p -> files.add(new InputFile(p, join(given, root.relativize(p).toString()))));
        } catch (IOException | UncheckedIOException e) {
            failures.accept(new PageFailure(given, "cannot list folder: " + e.getMessage()));
        }
        return files;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String join(String folder, String relative) {
        return folder.endsWith("/") ? folder + relative : folder + "/" + relative;
    }
}
