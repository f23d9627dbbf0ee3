package dev.itom.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.itom.diff.Change;
import dev.itom.diff.Conflict;
import dev.itom.diff.ModelMerge;
import dev.itom.diff.Placement;
import dev.itom.model.FieldType;
import dev.itom.model.MetaField;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code itom-diff/1} document of a merge's open conflicts: each with its code, pointer, the
 * element and field it is about and the base, our and their values there. Written with the Jackson
 * 2 streaming API, like {@link DiffDocument}.
 */
public final class MergeDocument {
  private MergeDocument() {}

  /**
   * Writes the document of a merge's open conflicts.
   *
   * @param g the generator
   * @param merge the merge
   * @throws IOException if the generator fails
   */
  public static void write(JsonGenerator g, ModelMerge merge) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", DiffDocument.FORMAT);
    g.writeBooleanField("clean", merge.isClean());
    g.writeFieldName("conflicts");
    g.writeStartArray();
    for (Conflict conflict : merge.conflicts()) {
      conflict(g, conflict);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * Writes one conflict as a JSON object.
   *
   * @param g the generator
   * @param conflict the conflict
   * @throws IOException if the generator fails
   */
  public static void conflict(JsonGenerator g, Conflict conflict) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", conflict.code());
    g.writeStringField("pointer", conflict.pointer());
    g.writeStringField("kind", conflict.place().type().name());
    if (conflict.elementId().isPresent()) {
      g.writeStringField("id", conflict.elementId().get());
    }
    g.writeFieldName("place");
    DiffDocument.locator(g, conflict.place());
    g.writeStringField("field", conflict.field().name());
    if (conflict.entry() != null) {
      g.writeStringField("entry", conflict.entry());
    }
    value(g, "base", conflict.field(), conflict.base());
    value(g, "ours", conflict.field(), conflict.ours());
    value(g, "theirs", conflict.field(), conflict.theirs());
    if (conflict.removedBy() != null) {
      g.writeStringField("removedBy", conflict.removedBy().code());
    }
    if (!conflict.detail().isEmpty()) {
      g.writeStringField("detail", conflict.detail());
    }
    g.writeStringField("message", conflict.message());
    changes(g, "oursChanges", conflict.oursChanges());
    changes(g, "theirsChanges", conflict.theirsChanges());
    g.writeEndObject();
  }

  private static void changes(JsonGenerator g, String name, List<Change> changes)
      throws IOException {
    g.writeFieldName(name);
    g.writeStartArray();
    for (Change change : changes) {
      DiffDocument.change(g, change);
    }
    g.writeEndArray();
  }

  private static void value(
      JsonGenerator g, String name, MetaField<?> field, @Nullable Object value) throws IOException {
    if (value == null) {
      return;
    }
    g.writeFieldName(name);
    if (value instanceof Placement at) {
      DiffDocument.placement(g, at);
    } else if (field.type() == FieldType.MAP && value instanceof String text) {
      g.writeString(text);
    } else if (field.type().isList() && !(value instanceof List)) {
      MetaWriter.item(g, field, value);
    } else if (MetaWriter.isWritten(field, value)) {
      MetaWriter.field(g, field, value);
    } else {
      // an empty list or map: written, as the value is there
      g.writeStartArray();
      g.writeEndArray();
    }
  }
}
