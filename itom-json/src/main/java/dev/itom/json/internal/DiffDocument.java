package dev.itom.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
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
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
   * Writes the document of a diff.
   *
   * @param g the generator
   * @param diff the diff
   * @throws IOException if the generator fails
   */
  public static void write(JsonGenerator g, ModelDiff diff) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", FORMAT);
    g.writeFieldName("changes");
    g.writeStartArray();
    for (Change change : diff.changes()) {
      change(g, change);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * Writes one change as a JSON object.
   *
   * @param g the generator
   * @param change the change
   * @throws IOException if the generator fails
   */
  public static void change(JsonGenerator g, Change change) throws IOException {
    g.writeStartObject();
    g.writeStringField("op", change.kind().code());
    MetaField<?> field = change.field();
    boolean objectItem = !(change instanceof Change.Edit) && field.type() == FieldType.OBJECTS;
    MetaType<?> kind = objectItem ? field.itemType().orElseThrow() : change.owner().type();
    g.writeStringField("kind", kind.name());
    String id = change.owner().elementId();
    if (objectItem && kind.elementKind().isPresent()) {
      id = (String) key(change).values().get(0);
    }
    if (id != null) {
      g.writeStringField("id", id);
    }
    g.writeStringField("path", change.path());
    if (change instanceof Change.Add add) {
      item(g, add.at(), add.key(), add.value());
    } else if (change instanceof Change.Remove remove) {
      item(g, remove.at(), remove.key(), remove.value());
    } else if (change instanceof Change.Edit edit) {
      g.writeStringField("beforePath", edit.beforePath());
      owner(g, edit.owner());
      g.writeStringField("field", field.name());
      if (edit.entry() != null) {
        g.writeStringField("entry", edit.entry());
      }
      single(g, "old", field, edit.oldValue());
      single(g, "new", field, edit.newValue());
    } else {
      Change.Move move = (Change.Move) change;
      g.writeStringField("beforePath", move.beforePath());
      g.writeStringField("field", field.name());
      g.writeFieldName("key");
      key(g, field, move.key());
      g.writeFieldName("from");
      placement(g, move.from());
      g.writeFieldName("to");
      placement(g, move.to());
      g.writeBooleanField("presentational", move.isPresentational());
    }
    g.writeEndObject();
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

  private static void item(JsonGenerator g, Placement at, Key key, Object value)
      throws IOException {
    owner(g, at.owner());
    g.writeStringField("field", at.field().name());
    g.writeNumberField("index", at.index());
    after(g, at);
    g.writeFieldName("key");
    key(g, at.field(), key);
    g.writeFieldName("value");
    MetaWriter.item(g, at.field(), value);
  }

  private static void single(
      JsonGenerator g, String name, MetaField<?> field, @Nullable Object value) throws IOException {
    if (value != null && field.type() == FieldType.MAP) {
      g.writeStringField(name, (String) value);
    } else {
      MetaWriter.named(g, name, field, value);
    }
  }

  private static void owner(JsonGenerator g, Locator owner) throws IOException {
    if (!owner.isModel()) {
      g.writeFieldName("owner");
      locator(g, owner);
    }
  }

  private static void after(JsonGenerator g, Placement at) throws IOException {
    if (at.after() != null) {
      g.writeFieldName("after");
      key(g, at.field(), at.after());
    }
  }

  /**
   * Writes a locator: {@code {"kind", "id", "steps": [{"field", "key"}]}}.
   *
   * @param g the generator
   * @param locator the locator
   * @throws IOException if the generator fails
   */
  public static void locator(JsonGenerator g, Locator locator) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", locator.elementType().name());
    if (locator.elementId() != null) {
      g.writeStringField("id", locator.elementId());
    }
    if (!locator.steps().isEmpty()) {
      g.writeFieldName("steps");
      g.writeStartArray();
      for (Locator.Step step : locator.steps()) {
        g.writeStartObject();
        g.writeStringField("field", step.field().name());
        if (step.field().type() == FieldType.OBJECTS) {
          g.writeFieldName("key");
          key(g, step.field(), step.key());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /**
   * Writes a placement: {@code {"owner", "index", "after"}}.
   *
   * @param g the generator
   * @param at the placement
   * @throws IOException if the generator fails
   */
  public static void placement(JsonGenerator g, Placement at) throws IOException {
    g.writeStartObject();
    owner(g, at.owner());
    g.writeNumberField("index", at.index());
    after(g, at);
    g.writeEndObject();
  }

  /** Writes a key: its values, then its occurrence as a number when above 0. */
  private static void key(JsonGenerator g, MetaField<?> list, Key key) throws IOException {
    g.writeStartArray();
    List<? extends MetaField<?>> identity = identity(list);
    for (int i = 0; i < key.values().size(); i++) {
      boolean objects = list.type() == FieldType.OBJECTS;
      MetaWriter.keyValue(g, objects ? identity.get(i) : null, key.values().get(i));
    }
    if (key.occurrence() > 0) {
      g.writeNumber(key.occurrence());
    }
    g.writeEndArray();
  }

  private static List<? extends MetaField<?>> identity(MetaField<?> list) {
    return list.type() == FieldType.OBJECTS
        ? list.itemType().orElseThrow().identity()
        : ImmutableList.of();
  }

  // ---- reading -------------------------------------------------------------------------------

  /**
   * Reads a diff document from the parser's current token to the end of the document's object,
   * strictly: an unknown field anywhere is refused.
   *
   * @param p the parser, on the document's first token
   * @return the diff
   * @throws IOException if the parser fails (a syntax error, a limit, the input)
   * @throws DiffFormatError if the document is not an {@code itom-diff/1} diff
   */
  public static ModelDiff read(JsonParser p) throws IOException {
    return read(JsonTree.read(p, ""));
  }

  private static ModelDiff read(Object root) {
    if (!(root instanceof Map<?, ?> document)) {
      throw new DiffFormatError("", "expected an object");
    }
    if (!FORMAT.equals(document.get("format"))) {
      throw new DiffFormatError(
          "/format", "expected \"format\": \"" + FORMAT + "\" (this is not a diff document)");
    }
    for (Object key : document.keySet()) {
      String name = (String) key;
      if (!name.equals("format") && !name.equals("changes") && !name.equals("$schema")) {
        throw new DiffFormatError("/" + Texts.escapeToken(name), "unknown field " + name);
      }
    }
    if (!(document.get("changes") instanceof List<?> changes)) {
      throw new DiffFormatError("/changes", "expected an array of changes");
    }
    List<Change> read = new ArrayList<>();
    for (int i = 0; i < changes.size(); i++) {
      read.add(readChange(changes.get(i), "/changes/" + i));
    }
    return ModelDiff.of(read);
  }

  private static Change readChange(Object node, String at) {
    if (!(node instanceof Map<?, ?> object)) {
      throw new DiffFormatError(at, "expected a change object");
    }
    for (Object name : object.keySet()) {
      if (!CHANGE_FIELDS.contains(name)) {
        throw new DiffFormatError(
            at + "/" + Texts.escapeToken((String) name), "unknown field " + name);
      }
    }
    String op = text(node, "op", at);
    String path = text(node, "path", at);
    try {
      return switch (op) {
        case "add", "remove" -> {
          Locator owner = readOwner(JsonTree.get(node, "owner"), at + "/owner");
          MetaField<?> field = listField(owner.type(), node, at);
          Placement place = readPlacement(owner, field, node, at);
          Key key = readKey(field, required(node, "key", at), at + "/key");
          Object value = MetaReader.item(field, required(node, "value", at), at + "/value");
          yield op.equals("add")
              ? new Change.Add(place, key, value, path)
              : new Change.Remove(place, key, value, path);
        }
        case "change" -> {
          Locator owner = readOwner(JsonTree.get(node, "owner"), at + "/owner");
          String name = text(node, "field", at);
          MetaField<?> field =
              owner
                  .type()
                  .field(name)
                  .orElseThrow(() -> unknownField(owner.type(), name, at + "/field"));
          String entry = object.containsKey("entry") ? text(node, "entry", at) : null;
          yield new Change.Edit(
              owner,
              field,
              entry,
              readSingle(field, JsonTree.get(node, "old"), at + "/old"),
              readSingle(field, JsonTree.get(node, "new"), at + "/new"),
              text(node, "beforePath", at),
              path);
        }
        case "move" -> {
          Object from = required(node, "from", at);
          Object to = required(node, "to", at);
          Locator fromOwner = readOwner(JsonTree.get(from, "owner"), at + "/from/owner");
          Locator toOwner = readOwner(JsonTree.get(to, "owner"), at + "/to/owner");
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

  private static @Nullable Object readSingle(MetaField<?> field, @Nullable Object node, String at) {
    if (node == null || node == JsonTree.Null.NULL) {
      return null;
    }
    if (field.type() == FieldType.MAP) {
      return MetaReader.text(node, at);
    }
    return MetaReader.field(field, node, at);
  }

  private static MetaField<?> listField(MetaType<?> owner, Object node, String at) {
    String name = text(node, "field", at);
    MetaField<?> field =
        owner.field(name).orElseThrow(() -> unknownField(owner, name, at + "/field"));
    if (!field.type().isList()) {
      throw new DiffFormatError(at + "/field", name + " is not a list");
    }
    return field;
  }

  private static Placement readPlacement(
      Locator owner, MetaField<?> field, Object node, String at) {
    Object index = required(node, "index", at);
    if (!JsonTree.isInt(index)) {
      throw new DiffFormatError(at + "/index", "expected a whole number");
    }
    Object after = JsonTree.get(node, "after");
    return new Placement(
        owner,
        field,
        ((BigInteger) index).intValue(),
        after == null ? null : readKey(field, after, at + "/after"));
  }

  private static Key readKey(MetaField<?> list, Object node, String at) {
    if (!(node instanceof List<?> array)) {
      throw new DiffFormatError(at, "expected an array of identifying values");
    }
    List<? extends MetaField<?>> identity = identity(list);
    int size = array.size();
    int occurrence = 0;
    if (size > 0 && array.get(size - 1) instanceof BigInteger last) {
      if (!JsonTree.isInt(last)) {
        throw new DiffFormatError(at + "/" + (size - 1), "expected a whole number");
      }
      occurrence = last.intValue();
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
      values.add(MetaReader.keyValue(objects ? identity.get(i) : null, array.get(i), at + "/" + i));
    }
    return new Key(values.build(), occurrence);
  }

  /** Reads a locator; absent is the model. */
  private static Locator readOwner(@Nullable Object node, String at) {
    if (node == null) {
      return Locator.model();
    }
    MetaType<?> type = type(text(node, "kind", at), at + "/kind");
    Locator locator =
        type == Metamodel.MODEL ? Locator.model() : Locator.element(type, text(node, "id", at));
    Object steps = JsonTree.get(node, "steps");
    if (steps == null) {
      return locator;
    }
    if (!(steps instanceof List<?> list)) {
      throw new DiffFormatError(at + "/steps", "expected an array of steps");
    }
    for (int i = 0; i < list.size(); i++) {
      Object step = list.get(i);
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

  private static Object required(Object node, String name, String at) {
    Object value = JsonTree.get(node, name);
    if (value == null || value == JsonTree.Null.NULL) {
      throw new DiffFormatError(at, "the field " + name + " is missing");
    }
    return value;
  }

  private static String text(Object node, String name, String at) {
    return MetaReader.text(required(node, name, at), at + "/" + name);
  }
}
