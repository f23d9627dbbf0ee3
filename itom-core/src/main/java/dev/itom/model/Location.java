package dev.itom.model;

import org.jspecify.annotations.Nullable;

/**
 * Where a value stands while the model is checked, as a JSON Pointer built only when a violation
 * needs it: the happy path allocates no strings. The checker reuses one location per list and
 * {@linkplain #move moves} it from entry to entry.
 */
final class Location {
  /** The document itself. */
  static final Location ROOT = new Location(null, "", -1);

  private final @Nullable Location parent;
  private final String segment;
  private int index;

  /**
   * A location below {@code parent} (null for the document): {@code segment}, then {@code index}
   * unless it is negative.
   */
  Location(@Nullable Location parent, String segment, int index) {
    this.parent = parent;
    this.segment = segment;
    this.index = index;
  }

  /** Moves this location to another position of the same list. */
  Location move(int position) {
    this.index = position;
    return this;
  }

  /** Returns the pointer of {@code field} (such as {@code /name}) here. */
  String at(String field) {
    StringBuilder path = new StringBuilder(32);
    append(path);
    return path.append(field).toString();
  }

  /** Returns the pointer of entry {@code position} of the list {@code field} here. */
  String at(String field, int position) {
    return at(field) + "/" + position;
  }

  private void append(StringBuilder path) {
    if (parent != null) {
      parent.append(path);
    }
    path.append(segment);
    if (index >= 0) {
      path.append(index);
    }
  }
}
