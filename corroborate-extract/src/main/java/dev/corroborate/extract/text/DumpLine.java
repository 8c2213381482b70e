package dev.corroborate.extract.text;

/**
 * One non-blank line of a text dump.
 *
 * @param index position among the dump's non-blank lines
 * @param text  the line, trimmed
 * @param kind  its classification
 * @param words how many words it has
 */
record DumpLine(int index, String text, LineKind kind, int words) {
}
