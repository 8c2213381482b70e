package dev.corroborate.report;

import dev.corroborate.core.EntityKind;

/**
 * An organisation or place that an event's articles name.
 *
 * @param name     its corpus-wide name
 * @param kind     organisation or place
 * @param articles how many of the event's articles name it
 */
record NamedInEvent(String name, EntityKind kind, int articles) {
}
