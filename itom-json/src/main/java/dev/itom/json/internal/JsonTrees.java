package dev.itom.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.itom.model.FieldType;
import dev.itom.model.MetaField;
import dev.itom.model.MetaType;
import java.util.Map;
import java.util.function.Consumer;

/** Reading JSON trees of {@code itom/1} documents for {@link PatchBuilder}. */
final class JsonTrees {
  private JsonTrees() {}

  /**
   * Returns whether two trees are the same JSON, a decimal's scale included ({@code 7.50} is not
   * {@code 7.5}: the model keeps both), which {@link JsonNode#equals} does not check.
   */
  static boolean same(JsonNode a, JsonNode b) {
    if (a.isNumber() || b.isNumber()) {
      return a.isNumber()
          && b.isNumber()
          && a.decimalValue().scale() == b.decimalValue().scale()
          && a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    if (a.isContainerNode() || b.isContainerNode()) {
      if (a.isArray() != b.isArray() || a.isObject() != b.isObject() || a.size() != b.size()) {
        return false;
      }
      if (a.isArray()) {
        for (int i = 0; i < a.size(); i++) {
          if (!same(a.get(i), b.get(i))) {
            return false;
          }
        }
        return true;
      }
      for (Map.Entry<String, JsonNode> member : a.properties()) {
        JsonNode other = b.get(member.getKey());
        if (other == null || !same(member.getValue(), other)) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }

  /** Calls {@code sink} with the id of every element in a document or a value of a type. */
  static void ids(MetaType<?> type, JsonNode value, Consumer<String> sink) {
    for (MetaField<?> field : type.fields()) {
      JsonNode nested = value.get(field.name());
      if (nested == null) {
        continue;
      }
      if (field.type() == FieldType.OBJECTS) {
        for (JsonNode item : nested) {
          if (PatchBuilder.holdsElements(field)) {
            sink.accept(item.path("id").textValue());
          }
          ids(field.itemType().orElseThrow(), item, sink);
        }
      } else if (field.type() == FieldType.OBJECT) {
        ids(field.itemType().orElseThrow(), nested, sink);
      }
    }
  }
}
