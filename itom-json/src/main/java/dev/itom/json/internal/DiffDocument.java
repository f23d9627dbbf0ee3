package dev.itom.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import dev.itom.diff.Change;
import dev.itom.diff.Key;
import dev.itom.diff.Locator;
import dev.itom.diff.ModelDiff;
import dev.itom.diff.Placement;
import dev.itom.internal.Texts;
import dev.itom.model.FieldType;
import dev.itom.model.MetaField;
import dev.itom.model.MetaType;
import dev.itom.model.Metamodel;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The {@code itom-diff/1} document of a {@link ModelDiff}: one JSON object per change with
 * everything needed to apply it again (owner by identity, key, neighbour, old and new values), so
 * that a diff written and read back is equal to the original.
 */
public final class DiffDocument {
  /** The value of {@code format} in a diff document. */
  public static final String FORMAT = "itom-diff/1";

  private static final Set<String> CHANGE_FIELDS =
      Set.of(
          "op",
          "kind",
          "id",
          "path",
          "beforePath",
          "owner",
          "field",
          "entry",
          "index",
          "after",
          "key",
          "value",
          "old",
          "new",
          "from",
          "to",
          "presentational");

  private DiffDocument() {}

  // ---- writing -------------------------------------------------------------------------------

  /**
   * Returns the document of a diff.
   *
   * @param diff the diff
   * @return {@code {"format": "itom-diff/1", "changes": [...]}}
   */
  public static ObjectNode write(ModelDiff diff) {
    ObjectNode root = MetaJson.NODES.objectNode();
    root.put("format", FORMAT);
    ArrayNode changes = root.putArray("changes");
    for (Change change : diff.changes()) {
      changes.add(change(change));
    }
    return root;
  }

  /**
   * Returns one change as JSON.
   *
   * @param change the change
   * @return the object
   */
  public static ObjectNode change(Change change) {
    ObjectNode node = MetaJson.NODES.objectNode();
    node.put("op", change.kind().code());
    MetaField<?> field = change.field();
    boolean objectItem = !(change instanceof Change.Edit) && field.type() == FieldType.OBJECTS;
    MetaType<?> kind = objectItem ? field.itemType().orElseThrow() : change.owner().type();
    node.put("kind", kind.name());
    String id = change.owner().elementId();
    if (objectItem && kind.elementKind().isPresent()) {
      id = (String) key(change).values().get(0);
    }
    if (id != null) {
      node.put("id", id);
    }
    node.put("path", change.path());
    if (change instanceof Change.Add add) {
      item(node, add.at(), add.key(), add.value());
    } else if (change instanceof Change.Remove remove) {
      item(node, remove.at(), remove.key(), remove.value());
    } else if (change instanceof Change.Edit edit) {
      node.put("beforePath", edit.beforePath());
      owner(node, edit.owner());
      node.put("field", field.name());
      if (edit.entry() != null) {
        node.put("entry", edit.entry());
      }
      single(node, "old", field, edit.oldValue());
      single(node, "new", field, edit.newValue());
    } else {
      Change.Move move = (Change.Move) change;
      node.put("beforePath", move.beforePath());
      node.put("field", field.name());
      node.set("key", key(field, move.key()));
      node.set("from", placement(move.from()));
      node.set("to", placement(move.to()));
      node.put("presentational", move.isPresentational());
    }
    return node;
  }

  private static Key key(Change change) {
    if (change instanceof Change.Add add) {
      return add.key();
    } else if (change instanceof Change.Remove remove) {
      return remove.key();
    } else if (change instanceof Change.Move move) {
      return move.key();
    }
    return Key.none();
  }

  private static void item(ObjectNode node, Placement at, Key key, Object value) {
    owner(node, at.owner());
    node.put("field", at.field().name());
    node.put("index", at.index());
    if (at.after() != null) {
      node.set("after", key(at.field(), at.after()));
    }
    node.set("key", key(at.field(), key));
    node.set("value", MetaJson.item(at.field(), value));
  }

  private static void single(
      ObjectNode node, String name, MetaField<?> field, @Nullable Object value) {
    JsonNode json;
    if (value == null) {
      return;
    } else if (field.type() == FieldType.MAP) {
      json = MetaJson.NODES.textNode((String) value);
    } else {
      json = MetaJson.field(field, value);
    }
    if (json != null) {
      node.set(name, json);
    }
  }

  private static void owner(ObjectNode node, Locator owner) {
    if (!owner.isModel()) {
      node.set("owner", locator(owner));
    }
  }

  /**
   * Returns a locator as JSON: {@code {"kind", "id", "steps": [{"field", "key"}]}}.
   *
   * @param locator the locator
   * @return the object
   */
  public static ObjectNode locator(Locator locator) {
    ObjectNode node = MetaJson.NODES.objectNode();
    node.put("kind", locator.elementType().name());
    if (locator.elementId() != null) {
      node.put("id", locator.elementId());
    }
    if (!locator.steps().isEmpty()) {
      ArrayNode steps = node.putArray("steps");
      for (Locator.Step step : locator.steps()) {
        ObjectNode json = steps.addObject();
        json.put("field", step.field().name());
        if (step.field().type() == FieldType.OBJECTS) {
          json.set("key", key(step.field(), step.key()));
        }
      }
    }
    return node;
  }

  /**
   * Returns a placement as JSON: {@code {"owner", "index", "after"}}.
   *
   * @param at the placement
   * @return the object
   */
  public static ObjectNode placement(Placement at) {
    ObjectNode node = MetaJson.NODES.objectNode();
    owner(node, at.owner());
    node.put("index", at.index());
    if (at.after() != null) {
      node.set("after", key(at.field(), at.after()));
    }
    return node;
  }

  /**
   * Returns a key as JSON: its values, then its occurrence as a number when above 0.
   *
   * @param list the list field the key is a key in
   * @param key the key
   * @return the array
   */
  public static ArrayNode key(MetaField<?> list, Key key) {
    ArrayNode array = MetaJson.NODES.arrayNode();
    List<? extends MetaField<?>> identity = identity(list);
    for (int i = 0; i < key.values().size(); i++) {
      boolean objects = list.type() == FieldType.OBJECTS;
      array.add(MetaJson.keyValue(objects ? identity.get(i) : null, key.values().get(i)));
    }
    if (key.occurrence() > 0) {
      array.add(key.occurrence());
    }
    return array;
  }

  private static List<? extends MetaField<?>> identity(MetaField<?> list) {
    return list.type() == FieldType.OBJECTS
        ? list.itemType().orElseThrow().identity()
        : ImmutableList.of();
  }

  // ---- reading -------------------------------------------------------------------------------

  /**
   * Reads a diff document.
   *
   * @param root the document
   * @return the diff
   * @throws DiffFormatError if the document is not an {@code itom-diff/1} diff
   */
  public static ModelDiff read(JsonNode root) {
    if (!root.isObject()) {
      throw new DiffFormatError("", "expected an object");
    }
    JsonNode format = root.get("format");
    if (format == null || !FORMAT.equals(format.textValue())) {
      throw new DiffFormatError(
          "/format", "expected \"format\": \"" + FORMAT + "\" (this is not a diff document)");
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!name.equals("format") && !name.equals("changes") && !name.equals("$schema")) {
        throw new DiffFormatError("/" + Texts.escapeToken(name), "unknown field " + name);
      }
    }
    JsonNode changes = root.get("changes");
    if (changes == null || !changes.isArray()) {
      throw new DiffFormatError("/changes", "expected an array of changes");
    }
    List<Change> read = new ArrayList<>();
    for (int i = 0; i < changes.size(); i++) {
      read.add(readChange(changes.get(i), "/changes/" + i));
    }
    return ModelDiff.of(read);
  }

  private static Change readChange(JsonNode node, String at) {
    if (!node.isObject()) {
      throw new DiffFormatError(at, "expected a change object");
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!CHANGE_FIELDS.contains(name)) {
        throw new DiffFormatError(at + "/" + Texts.escapeToken(name), "unknown field " + name);
      }
    }
    String op = text(node, "op", at);
    String path = text(node, "path", at);
    try {
      return switch (op) {
        case "add", "remove" -> {
          Locator owner = readOwner(node.get("owner"), at + "/owner");
          MetaField<?> field = listField(owner.type(), node, at);
          Placement place = readPlacement(owner, field, node, at);
          Key key = readKey(field, required(node, "key", at), at + "/key");
          Object value = MetaJson.readItem(field, required(node, "value", at), at + "/value");
          yield op.equals("add")
              ? new Change.Add(place, key, value, path)
              : new Change.Remove(place, key, value, path);
        }
        case "change" -> {
          Locator owner = readOwner(node.get("owner"), at + "/owner");
          String name = text(node, "field", at);
          MetaField<?> field =
              owner
                  .type()
                  .field(name)
                  .orElseThrow(() -> unknownField(owner.type(), name, at + "/field"));
          String entry = node.has("entry") ? text(node, "entry", at) : null;
          yield new Change.Edit(
              owner,
              field,
              entry,
              readSingle(field, node.get("old"), at + "/old"),
              readSingle(field, node.get("new"), at + "/new"),
              text(node, "beforePath", at),
              path);
        }
        case "move" -> {
          JsonNode from = required(node, "from", at);
          JsonNode to = required(node, "to", at);
          Locator fromOwner = readOwner(from.get("owner"), at + "/from/owner");
          Locator toOwner = readOwner(to.get("owner"), at + "/to/owner");
          MetaField<?> field = listField(toOwner.type(), node, at);
          yield new Change.Move(
              readKey(field, required(node, "key", at), at + "/key"),
              readPlacement(fromOwner, field, from, at + "/from"),
              readPlacement(toOwner, field, to, at + "/to"),
              text(node, "beforePath", at),
              path);
        }
        default ->
            throw new DiffFormatError(
                at + "/op",
                "unknown op " + Texts.quote(op) + ": expected add, remove, change, move");
      };
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new DiffFormatError(at, "not a valid " + op + ": " + e.getMessage());
    }
  }

  private static @Nullable Object readSingle(
      MetaField<?> field, @Nullable JsonNode node, String at) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (field.type() == FieldType.MAP) {
      if (!node.isTextual()) {
        throw new DiffFormatError(at, "expected a string");
      }
      return node.textValue();
    }
    return MetaJson.readField(field, node, at);
  }

  private static MetaField<?> listField(MetaType<?> owner, JsonNode node, String at) {
    String name = text(node, "field", at);
    MetaField<?> field =
        owner.field(name).orElseThrow(() -> unknownField(owner, name, at + "/field"));
    if (!field.type().isList()) {
      throw new DiffFormatError(at + "/field", name + " is not a list");
    }
    return field;
  }

  private static Placement readPlacement(
      Locator owner, MetaField<?> field, JsonNode node, String at) {
    JsonNode index = required(node, "index", at);
    if (!index.canConvertToInt() || !index.isIntegralNumber()) {
      throw new DiffFormatError(at + "/index", "expected a whole number");
    }
    JsonNode after = node.get("after");
    return new Placement(
        owner,
        field,
        index.intValue(),
        after == null ? null : readKey(field, after, at + "/after"));
  }

  private static Key readKey(MetaField<?> list, JsonNode node, String at) {
    if (!node.isArray()) {
      throw new DiffFormatError(at, "expected an array of identifying values");
    }
    List<? extends MetaField<?>> identity = identity(list);
    int size = node.size();
    int occurrence = 0;
    if (size > 0 && node.get(size - 1).isIntegralNumber()) {
      occurrence = node.get(size - 1).intValue();
      size--;
    }
    boolean objects = list.type() == FieldType.OBJECTS;
    int expected = objects ? identity.size() : 1;
    if (size != expected) {
      throw new DiffFormatError(
          at, "expected " + expected + " identifying values for an item of " + list.name());
    }
    ImmutableList.Builder<Object> values = ImmutableList.builder();
    for (int i = 0; i < size; i++) {
      values.add(
          MetaJson.readKeyValue(objects ? identity.get(i) : null, node.get(i), at + "/" + i));
    }
    return new Key(values.build(), occurrence);
  }

  /**
   * Reads a locator; null or absent is the model.
   *
   * @param node the JSON, or null
   * @param at where it is
   * @return the locator
   * @throws DiffFormatError if it names no kind, field or key of the metamodel
   */
  public static Locator readOwner(@Nullable JsonNode node, String at) {
    if (node == null) {
      return Locator.model();
    }
    MetaType<?> type = type(text(node, "kind", at), at + "/kind");
    Locator locator =
        type == Metamodel.MODEL ? Locator.model() : Locator.element(type, text(node, "id", at));
    JsonNode steps = node.get("steps");
    if (steps != null) {
      for (int i = 0; i < steps.size(); i++) {
        JsonNode step = steps.get(i);
        String stepAt = at + "/steps/" + i;
        MetaType<?> current = locator.type();
        String name = text(step, "field", stepAt);
        MetaField<?> field =
            current.field(name).orElseThrow(() -> unknownField(current, name, stepAt + "/field"));
        Key key =
            field.type() == FieldType.OBJECTS
                ? readKey(field, required(step, "key", stepAt), stepAt + "/key")
                : Key.none();
        locator = locator.child(field, key);
      }
    }
    return locator;
  }

  private static MetaType<?> type(String name, String at) {
    for (MetaType<?> type : Metamodel.types()) {
      if (type.name().equals(name)) {
        return type;
      }
    }
    throw new DiffFormatError(at, "unknown kind " + Texts.quote(name));
  }

  private static DiffFormatError unknownField(MetaType<?> type, String name, String at) {
    return new DiffFormatError(at, type.name() + " has no field " + Texts.quote(name));
  }

  private static JsonNode required(JsonNode node, String name, String at) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      throw new DiffFormatError(at, "the field " + name + " is missing");
    }
    return value;
  }

  private static String text(JsonNode node, String name, String at) {
    JsonNode value = required(node, name, at);
    if (!value.isTextual()) {
      throw new DiffFormatError(at + "/" + name, "expected a string");
    }
    return value.textValue();
  }
}
