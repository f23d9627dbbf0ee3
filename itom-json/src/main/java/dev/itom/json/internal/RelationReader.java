package dev.itom.json.internal;

import com.google.common.collect.ImmutableSortedMap;
import dev.itom.model.Alignment;
import dev.itom.model.AlignmentKind;
import dev.itom.model.Assignment;
import dev.itom.model.Responsibility;
import dev.itom.model.access.ElementFactory;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Reads the relations between elements, which have no id of their own: alignments between stages
 * and RACI assignments. Each method reads the object at the cursor's current token and returns null
 * after a problem.
 */
final class RelationReader {
  private static final ElementFactory NEW = ElementFactory.get();

  private RelationReader() {}

  static @Nullable Alignment alignment(Cursor c, int row) throws IOException {
    if (!c.beginObject(row, Fields.ALIGNMENT_TYPE)) {
      return null;
    }
    String from = null;
    String to = null;
    AlignmentKind kind = null;
    String description = null;
    ImmutableSortedMap<String, String> properties = null;
    int field;
    while ((field = c.nextField()) >= 0) {
      switch (field) {
        case Fields.FROM -> from = Values.string(c, field, false);
        case Fields.TO -> to = Values.string(c, field, false);
        case Fields.KIND -> kind = Values.enumValue(c, field, EnumCodes.ALIGNMENT_KINDS);
        case Fields.DESCRIPTION -> description = Values.string(c, field, true);
        default -> properties = Values.properties(c);
      }
    }
    if (!c.require(row, c.endObject(), Fields.ALIGNMENT_TYPE)
        || from == null
        || to == null
        || kind == null) {
      return null;
    }
    return NEW.alignment(from, to, kind, description, Values.orEmpty(properties));
  }

  static @Nullable Assignment assignment(Cursor c, int row) throws IOException {
    if (!c.beginObject(row, Fields.ASSIGNMENT_TYPE)) {
      return null;
    }
    String role = null;
    String target = null;
    Responsibility responsibility = null;
    ImmutableSortedMap<String, String> properties = null;
    int field;
    while ((field = c.nextField()) >= 0) {
      switch (field) {
        case Fields.ROLE -> role = Values.string(c, field, false);
        case Fields.TARGET -> target = Values.string(c, field, false);
        case Fields.RESPONSIBILITY ->
            responsibility = Values.enumValue(c, field, EnumCodes.RESPONSIBILITIES);
        default -> properties = Values.properties(c);
      }
    }
    if (!c.require(row, c.endObject(), Fields.ASSIGNMENT_TYPE)
        || role == null
        || target == null
        || responsibility == null) {
      return null;
    }
    return NEW.assignment(role, target, responsibility, Values.orEmpty(properties));
  }
}
