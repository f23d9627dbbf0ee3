package dev.itom.json.internal;

import com.google.common.collect.ImmutableSortedMap;
import java.io.IOException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The fields every element has ({@code id}, {@code name}, {@code description}, {@code properties}),
 * read in one place for roles, consumers, artifacts, chains, stages, processes, offerings and KPIs.
 */
final class ElementFields {
  private @Nullable String id;
  private @Nullable String name;
  private @Nullable String description;
  private @Nullable ImmutableSortedMap<String, String> properties;

  /**
   * Reads the current field into this if it is a common element field; false if it is not one (the
   * element's own reader reads it then).
   */
  boolean read(Cursor c, int field) throws IOException {
    switch (field) {
      case Fields.ID -> id = Values.string(c, field, false);
      case Fields.NAME -> name = Values.string(c, field, false);
      case Fields.DESCRIPTION -> description = Values.string(c, field, true);
      case Fields.PROPERTIES -> properties = Values.properties(c);
      default -> {
        return false;
      }
    }
    return true;
  }

  /** Whether the required id and name were read. */
  boolean complete() {
    return id != null && name != null;
  }

  /** The id; call only after {@link #complete()} returned true. */
  String id() {
    return Objects.requireNonNull(id, "id");
  }

  /** The name; call only after {@link #complete()} returned true. */
  String name() {
    return Objects.requireNonNull(name, "name");
  }

  /** The description, or null if there was none. */
  @Nullable String description() {
    return description;
  }

  /** The properties, empty if there were none. */
  ImmutableSortedMap<String, String> properties() {
    return Values.orEmpty(properties);
  }
}
