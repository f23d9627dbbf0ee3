package dev.itom.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.itom.diff.Conflict;
import dev.itom.diff.ModelMerge;
import dev.itom.diff.Placement;
import dev.itom.model.FieldType;
import dev.itom.model.MetaField;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code itom-diff/1} document of a merge's open conflicts: each with its code, pointer, the
 * element and field it is about and the base, our and their values there.
 */
public final class MergeDocument {
  private MergeDocument() {}

  /**
   * Returns the document of a merge's open conflicts.
   *
   * @param merge the merge
   * @return {@code {"format": "itom-diff/1", "clean": ..., "conflicts": [...]}}
   */
  public static ObjectNode write(ModelMerge merge) {
    ObjectNode root = MetaJson.NODES.objectNode();
    root.put("format", DiffDocument.FORMAT);
    root.put("clean", merge.isClean());
    ArrayNode conflicts = root.putArray("conflicts");
    for (Conflict conflict : merge.conflicts()) {
      conflicts.add(conflict(conflict));
    }
    return root;
  }

  /**
   * Returns one conflict as JSON.
   *
   * @param conflict the conflict
   * @return the object
   */
  public static ObjectNode conflict(Conflict conflict) {
    ObjectNode node = MetaJson.NODES.objectNode();
    node.put("code", conflict.code());
    node.put("pointer", conflict.pointer());
    node.put("kind", conflict.place().type().name());
    conflict.elementId().ifPresent(id -> node.put("id", id));
    node.set("place", DiffDocument.locator(conflict.place()));
    node.put("field", conflict.field().name());
    if (conflict.entry() != null) {
      node.put("entry", conflict.entry());
    }
    value(node, "base", conflict.field(), conflict.base());
    value(node, "ours", conflict.field(), conflict.ours());
    value(node, "theirs", conflict.field(), conflict.theirs());
    if (conflict.removedBy() != null) {
      node.put("removedBy", conflict.removedBy().code());
    }
    if (!conflict.detail().isEmpty()) {
      node.put("detail", conflict.detail());
    }
    node.put("message", conflict.message());
    ArrayNode ours = node.putArray("oursChanges");
    conflict.oursChanges().forEach(change -> ours.add(DiffDocument.change(change)));
    ArrayNode theirs = node.putArray("theirsChanges");
    conflict.theirsChanges().forEach(change -> theirs.add(DiffDocument.change(change)));
    return node;
  }

  private static void value(
      ObjectNode node, String name, MetaField<?> field, @Nullable Object value) {
    if (value == null) {
      return;
    }
    JsonNode json;
    if (value instanceof Placement at) {
      json = DiffDocument.placement(at);
    } else if (field.type() == FieldType.MAP && value instanceof String text) {
      json = MetaJson.NODES.textNode(text);
    } else if (field.type().isList() && !(value instanceof List)) {
      json = MetaJson.item(field, value);
    } else {
      json = MetaJson.field(field, value);
      if (json == null) {
        json = MetaJson.NODES.arrayNode();
      }
    }
    node.set(name, json);
  }
}
