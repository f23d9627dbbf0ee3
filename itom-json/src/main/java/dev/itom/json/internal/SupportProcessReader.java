package dev.itom.json.internal;

import com.google.common.collect.ImmutableList;
import dev.itom.model.FrameworkReference;
import dev.itom.model.ProcessCategory;
import dev.itom.model.SupportProcess;
import dev.itom.model.access.ElementFactory;
import java.io.IOException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads a support process and its framework references. Each method reads the object at the
 * cursor's current token and returns null after a problem.
 */
final class SupportProcessReader {
  private static final ElementFactory NEW = ElementFactory.get();

  private SupportProcessReader() {}

  static @Nullable SupportProcess process(Cursor c, int row) throws IOException {
    if (!c.beginObject(row, Fields.PROCESS_TYPE)) {
      return null;
    }
    ElementFields e = new ElementFields();
    ProcessCategory category = null;
    String owner = null;
    ImmutableList<String> supports = ImmutableList.of();
    ImmutableList<FrameworkReference> frameworks = ImmutableList.of();
    int field;
    while ((field = c.nextField()) >= 0) {
      if (e.read(c, field)) {
        continue;
      }
      switch (field) {
        case Fields.CATEGORY -> category = Values.enumValue(c, field, EnumCodes.CATEGORIES);
        case Fields.OWNER -> owner = Values.string(c, field, true);
        case Fields.SUPPORTS -> supports = Values.strings(c, field);
        default ->
            frameworks =
                Values.list(c, field, "framework references", SupportProcessReader::framework);
      }
    }
    if (!c.require(row, c.endObject(), Fields.PROCESS_TYPE) || !e.complete() || category == null) {
      return null;
    }
    return NEW.process(
        e.id(), e.name(), e.description(), e.properties(), category, owner, supports, frameworks);
  }

  static @Nullable FrameworkReference framework(Cursor c, int row) throws IOException {
    if (!c.beginObject(row, Fields.FRAMEWORK_TYPE)) {
      return null;
    }
    String framework = null;
    String ref = null;
    String name = null;
    int field;
    while ((field = c.nextField()) >= 0) {
      switch (field) {
        case Fields.FRAMEWORK -> framework = Values.string(c, field, false);
        case Fields.REF -> ref = Values.string(c, field, false);
        default -> name = Values.string(c, field, true);
      }
    }
    if (!c.require(row, c.endObject(), Fields.FRAMEWORK_TYPE) || framework == null || ref == null) {
      return null;
    }
    return FrameworkReference.builder()
        .framework(framework)
        .ref(ref)
        .name(Optional.ofNullable(name))
        .build();
  }
}
