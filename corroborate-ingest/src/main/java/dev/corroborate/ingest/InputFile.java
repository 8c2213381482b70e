package dev.corroborate.ingest;

import java.nio.file.Path;

/**
 * A file to read, with the name the user gave for it.
 *
 * @param path   where it is
 * @param source how reports name it: the path as given, or the folder as given joined with the relative path
 */
public record InputFile(Path path, String source) {
}
