package dev.itom.json.internal;

import dev.itom.model.Artifact;
import dev.itom.model.Consumer;
import dev.itom.model.ConsumerKind;
import dev.itom.model.Role;
import dev.itom.model.access.ElementFactory;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Reads the elements that are little more than the common element fields: roles, artifacts and
 * consumers. Each method reads the object at the cursor's current token and returns null after a
 * problem.
 */
final class SimpleElementReader {
  private static final ElementFactory NEW = ElementFactory.get();

  private SimpleElementReader() {}

  static @Nullable Role role(Cursor c, int row) throws IOException {
    ElementFields e = commonOnly(c, row, Fields.ROLE_TYPE);
    if (e == null) {
      return null;
    }
    return NEW.role(e.id(), e.name(), e.description(), e.properties());
  }

  static @Nullable Artifact artifact(Cursor c, int row) throws IOException {
    ElementFields e = commonOnly(c, row, Fields.ARTIFACT_TYPE);
    if (e == null) {
      return null;
    }
    return NEW.artifact(e.id(), e.name(), e.description(), e.properties());
  }

  static @Nullable Consumer consumer(Cursor c, int row) throws IOException {
    if (!c.beginObject(row, Fields.CONSUMER_TYPE)) {
      return null;
    }
    ElementFields e = new ElementFields();
    ConsumerKind kind = null;
    int field;
    while ((field = c.nextField()) >= 0) {
      if (!e.read(c, field)) {
        kind = Values.enumValue(c, field, EnumCodes.CONSUMER_KINDS);
      }
    }
    if (!c.require(row, c.endObject(), Fields.CONSUMER_TYPE) || !e.complete() || kind == null) {
      return null;
    }
    return NEW.consumer(e.id(), e.name(), e.description(), e.properties(), kind);
  }

  /** Reads an object of a type with only the common fields; null after a problem. */
  private static @Nullable ElementFields commonOnly(Cursor c, int row, Fields.Type type)
      throws IOException {
    if (!c.beginObject(row, type)) {
      return null;
    }
    ElementFields e = new ElementFields();
    int field;
    while ((field = c.nextField()) >= 0) {
      e.read(c, field);
    }
    if (!c.require(row, c.endObject(), type) || !e.complete()) {
      return null;
    }
    return e;
  }
}
