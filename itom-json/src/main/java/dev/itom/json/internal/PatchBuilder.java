package dev.itom.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.base.Verify;
import dev.itom.internal.Texts;
import dev.itom.model.FieldType;
import dev.itom.model.MetaField;
import dev.itom.model.MetaType;
import dev.itom.model.Metamodel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Builds an RFC 6902 JSON Patch that turns the canonical {@code itom/1} JSON of one model into
 * exactly that of another, matching list items as the diff does (elements by id, parts by their
 * identifying fields, strings by themselves), never by position alone.
 *
 * <p>Every operation is computed against the document as the operations before it left it, and
 * applied to a working copy at once. Every operation that reaches into a list item is preceded by
 * {@code test} operations on the item's identity (its {@code id}, or its identifying fields), and
 * every {@code replace} and {@code remove} by a {@code test} of the old value, so that the patch
 * applied to a document whose lists differ fails instead of changing the wrong item. A reorder is a
 * {@code move}; a stage that moves to another chain is one {@code move}. The builder walks the
 * document twice: the first walk does everything but removing an item that still holds an element
 * that lives on elsewhere (a removed chain whose stage moved to another chain); the second walk
 * removes it once its elements have moved out.
 */
public final class PatchBuilder {
  private final ObjectNode doc;
  private final ArrayNode ops = MetaJson.NODES.arrayNode();
  private final Set<String> targetIds = new HashSet<>();
  private final Set<String> sourceIds = new HashSet<>();
  private final Deque<Guard> guards = new ArrayDeque<>();

  private static final class Guard {
    final List<ObjectNode> tests;
    boolean emitted;

    Guard(List<ObjectNode> tests) {
      this.tests = tests;
    }
  }

  private PatchBuilder(ObjectNode before, JsonNode after) {
    this.doc = before.deepCopy();
    JsonTrees.ids(Metamodel.MODEL, after, targetIds::add);
    JsonTrees.ids(Metamodel.MODEL, before, sourceIds::add);
  }

  /**
   * Returns the patch from one canonical document to another.
   *
   * @param before the canonical JSON of the model changed from
   * @param after the canonical JSON of the model changed to
   * @return the operations
   */
  public static ArrayNode patch(ObjectNode before, ObjectNode after) {
    PatchBuilder builder = new PatchBuilder(before, after);
    for (int pass = 0; pass < 2; pass++) {
      builder.object(Metamodel.MODEL, "", builder.doc, after);
    }
    Verify.verify(JsonTrees.same(builder.doc, after), "the patch does not reach the target");
    return builder.ops;
  }

  // ---- objects -------------------------------------------------------------------------------

  private void object(MetaType<?> type, String path, ObjectNode current, JsonNode wanted) {
    if (JsonTrees.same(current, wanted)) {
      return;
    }
    for (Map.Entry<String, JsonNode> member : wanted.properties()) {
      String name = member.getKey();
      String at = path + "/" + Texts.escapeToken(name);
      MetaField<?> field = type.field(name).orElse(null);
      JsonNode want = member.getValue();
      JsonNode have = current.get(name);
      if (have == null) {
        JsonNode value = field == null ? want : strip(field, want);
        op("add", at, value, null);
        current.set(name, value.deepCopy());
        have = current.get(name);
      }
      if (JsonTrees.same(have, want)) {
        continue;
      }
      if (field == null) {
        replace(current, name, at, want);
        continue;
      }
      switch (field.type()) {
        case MAP -> map(at, (ObjectNode) have, want);
        case OBJECT -> object(field.itemType().orElseThrow(), at, (ObjectNode) have, want);
        case TEXTS, REFERENCES, OBJECTS -> list(field, at, (ArrayNode) have, want);
        default -> replace(current, name, at, want);
      }
    }
    List<String> gone = new ArrayList<>();
    current.fieldNames().forEachRemaining(gone::add);
    for (String name : gone) {
      if (!wanted.has(name)) {
        MetaField<?> field = type.field(name).orElse(null);
        JsonNode have = current.get(name);
        if (field == null || !holdsLiving(field, have)) {
          String at = path + "/" + Texts.escapeToken(name);
          op("test", at, have, null);
          op("remove", at, null, null);
          current.remove(name);
        }
      }
    }
  }

  private void replace(ObjectNode current, String name, String at, JsonNode want) {
    op("test", at, current.get(name), null);
    op("replace", at, want, null);
    current.set(name, want.deepCopy());
  }

  private void map(String path, ObjectNode current, JsonNode wanted) {
    List<String> names = new ArrayList<>();
    current.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      if (!wanted.has(name)) {
        String at = path + "/" + Texts.escapeToken(name);
        op("test", at, current.get(name), null);
        op("remove", at, null, null);
        current.remove(name);
      }
    }
    for (Map.Entry<String, JsonNode> entry : wanted.properties()) {
      String at = path + "/" + Texts.escapeToken(entry.getKey());
      JsonNode have = current.get(entry.getKey());
      if (have == null) {
        op("add", at, entry.getValue(), null);
        current.set(entry.getKey(), entry.getValue().deepCopy());
      } else if (!JsonTrees.same(have, entry.getValue())) {
        replace(current, entry.getKey(), at, entry.getValue());
      }
    }
  }

  // ---- lists ---------------------------------------------------------------------------------

  /** An item's identity within its list: its identifying values and which occurrence it is. */
  private record ItemKey(List<JsonNode> values, int occurrence) {}

  private static List<ItemKey> keys(MetaField<?> field, JsonNode list) {
    List<ItemKey> keys = new ArrayList<>(list.size());
    Map<List<JsonNode>, Integer> seen = new HashMap<>();
    for (JsonNode item : list) {
      List<JsonNode> values = new ArrayList<>();
      if (field.type() == FieldType.OBJECTS) {
        for (MetaField<?> identity : field.itemType().orElseThrow().identity()) {
          values.add(item.path(identity.name()));
        }
      } else {
        values.add(item);
      }
      keys.add(new ItemKey(values, seen.merge(values, 1, Integer::sum) - 1));
    }
    return keys;
  }

  static boolean holdsElements(MetaField<?> field) {
    return field.type() == FieldType.OBJECTS
        && field.itemType().orElseThrow().elementKind().isPresent();
  }

  private void list(MetaField<?> field, String path, ArrayNode current, JsonNode wanted) {
    boolean elements = holdsElements(field);
    List<ItemKey> want = keys(field, wanted);
    Set<ItemKey> wantSet = new HashSet<>(want);
    List<ItemKey> have = keys(field, current);
    boolean[] gone = new boolean[have.size()];
    boolean removed = false;
    for (int j = have.size() - 1; j >= 0; j--) {
      if (wantSet.contains(have.get(j))) {
        continue;
      }
      JsonNode item = current.get(j);
      boolean living = elements && targetIds.contains(item.path("id").textValue());
      if (!living && !holdsLiving(field.itemType().orElse(null), item)) {
        // from the end, so each index is still the item's when the one before it is applied
        String at = path + "/" + j;
        op("test", at, item, null);
        op("remove", at, null, null);
        gone[j] = true;
        removed = true;
      }
    }
    if (removed) {
      // one pass over the list, not one shift of the rest per removed item
      List<JsonNode> kept = new ArrayList<>(current.size());
      for (int j = 0; j < gone.length; j++) {
        if (!gone[j]) {
          kept.add(current.get(j));
        }
      }
      current.removeAll();
      current.addAll(kept);
    }
    have = keys(field, current);
    if (wantSet.containsAll(have)) {
      reorder(field, path, current, wanted, have, want);
    } else {
      shift(field, path, current, wanted, have, want);
    }
    if (field.type() != FieldType.OBJECTS) {
      return;
    }
    MetaType<?> type = field.itemType().orElseThrow();
    for (int i = 0; i < want.size(); i++) {
      if (!JsonTrees.same(current.get(i), wanted.get(i))) {
        guards.push(new Guard(guard(field, path + "/" + i, current.get(i))));
        object(type, path + "/" + i, (ObjectNode) current.get(i), wanted.get(i));
        guards.pop();
      }
    }
  }

  /**
   * Turns a list that holds only wanted items into the wanted list: the items that keep their
   * relative order stay, every other one is moved once, straight to its place ({@link ListPlan}),
   * and the new ones are added there.
   */
  private void reorder(
      MetaField<?> field,
      String path,
      ArrayNode current,
      JsonNode wanted,
      List<ItemKey> have,
      List<ItemKey> want) {
    JsonNode[] result = new JsonNode[want.size()];
    Map<ItemKey, Integer> held = new HashMap<>(have.size() * 2);
    for (int c = 0; c < have.size(); c++) {
      held.put(have.get(c), c);
    }
    for (int i = 0; i < want.size(); i++) {
      Integer c = held.get(want.get(i));
      if (c != null) {
        result[i] = current.get(c);
      }
    }
    for (ListPlan.Step step : ListPlan.plan(have, want)) {
      int i = step.want();
      String to = path + "/" + step.to();
      if (step.from() >= 0) {
        guard(field, path + "/" + step.from(), result[i]).forEach(this::emit);
        op("move", to, null, path + "/" + step.from());
      } else {
        result[i] = arrive(field, to, wanted.get(i));
      }
    }
    current.removeAll();
    current.addAll(Arrays.asList(result));
  }

  /**
   * An item the list does not hold: an element moved in from elsewhere in the document, or a new
   * item added. Returns the item as the working document now holds it.
   */
  private JsonNode arrive(MetaField<?> field, String to, JsonNode want) {
    String id = holdsElements(field) ? want.path("id").textValue() : null;
    // only an element of the source can be elsewhere; a new one is added without a search
    Found elsewhere =
        id == null || !sourceIds.contains(id) ? null : find(Metamodel.MODEL, "", doc, id);
    if (elsewhere != null) {
      emit(test(elsewhere.path() + "/id", want.get("id")));
      op("move", to, null, elsewhere.path());
      return elsewhere.list().remove(elsewhere.index());
    }
    JsonNode value = want.deepCopy();
    if (field.type() == FieldType.OBJECTS) {
      strip(field.itemType().orElseThrow(), value);
    }
    op("add", to, value, null);
    return value.deepCopy();
  }

  /**
   * Turns a list that still holds items kept for the elements they hold into the wanted list, item
   * by item from the start, the kept ones pushed to the end: the second pass removes them.
   */
  private void shift(
      MetaField<?> field,
      String path,
      ArrayNode current,
      JsonNode wanted,
      List<ItemKey> have,
      List<ItemKey> want) {
    for (int i = 0; i < want.size(); i++) {
      ItemKey key = want.get(i);
      if (i < have.size() && have.get(i).equals(key)) {
        continue;
      }
      int from = have.subList(Math.min(i + 1, have.size()), have.size()).indexOf(key);
      if (from >= 0) {
        from += i + 1;
        guard(field, path + "/" + from, current.get(from)).forEach(this::emit);
        op("move", path + "/" + i, null, path + "/" + from);
        JsonNode item = current.remove(from);
        current.insert(i, item);
        have.add(i, have.remove(from));
        continue;
      }
      current.insert(i, arrive(field, path + "/" + i, wanted.get(i)));
      have.add(i, key);
    }
  }

  /** The tests that an item at a path is the one meant: its id or identifying fields. */
  private static List<ObjectNode> guard(MetaField<?> field, String path, JsonNode item) {
    List<ObjectNode> tests = new ArrayList<>();
    if (field.type() != FieldType.OBJECTS) {
      tests.add(test(path, item));
      return tests;
    }
    List<? extends MetaField<?>> identity = field.itemType().orElseThrow().identity();
    if (identity.isEmpty()) {
      tests.add(test(path, item));
    }
    for (MetaField<?> part : identity) {
      tests.add(test(path + "/" + part.name(), item.get(part.name())));
    }
    return tests;
  }

  // ---- elements that live on -----------------------------------------------------------------

  /** Where an element sits in the working document. */
  private record Found(ArrayNode list, int index, String path) {}

  private @Nullable Found find(MetaType<?> type, String path, JsonNode node, String id) {
    for (MetaField<?> field : type.fields()) {
      if (holdsElements(field) && node.get(field.name()) instanceof ArrayNode list) {
        MetaType<?> item = field.itemType().orElseThrow();
        for (int i = 0; i < list.size(); i++) {
          String at = path + "/" + field.name() + "/" + i;
          if (id.equals(list.get(i).path("id").textValue())) {
            return new Found(list, i, at);
          }
          Found deeper = find(item, at, list.get(i), id);
          if (deeper != null) {
            return deeper;
          }
        }
      }
    }
    return null;
  }

  /** Whether a value (of a field, or of a type) holds a nested element the target still has. */
  private boolean holdsLiving(MetaField<?> field, JsonNode value) {
    if (field.type() == FieldType.OBJECT) {
      return holdsLiving(field.itemType().orElseThrow(), value);
    }
    if (field.type() != FieldType.OBJECTS) {
      return false;
    }
    for (JsonNode item : value) {
      if (holdsElements(field) && targetIds.contains(item.path("id").textValue())) {
        return true;
      }
      if (holdsLiving(field.itemType().orElseThrow(), item)) {
        return true;
      }
    }
    return false;
  }

  private boolean holdsLiving(@Nullable MetaType<?> type, JsonNode value) {
    if (type == null) {
      return false;
    }
    for (MetaField<?> field : type.fields()) {
      JsonNode nested = value.get(field.name());
      if (nested != null && holdsLiving(field, nested)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns a value to add without the nested elements that exist in the source: those are moved
   * in, not added again.
   */
  private JsonNode strip(MetaField<?> field, JsonNode value) {
    if (field.type() != FieldType.OBJECTS && field.type() != FieldType.OBJECT) {
      return value;
    }
    JsonNode copy = value.deepCopy();
    if (field.type() == FieldType.OBJECT) {
      strip(field.itemType().orElseThrow(), copy);
    } else {
      for (Iterator<JsonNode> items = copy.elements(); items.hasNext(); ) {
        JsonNode item = items.next();
        if (holdsElements(field) && sourceIds.contains(item.path("id").textValue())) {
          items.remove();
        } else {
          strip(field.itemType().orElseThrow(), item);
        }
      }
    }
    return copy;
  }

  private void strip(MetaType<?> type, JsonNode value) {
    for (MetaField<?> field : type.fields()) {
      JsonNode nested = value.get(field.name());
      if (nested != null
          && (field.type() == FieldType.OBJECTS || field.type() == FieldType.OBJECT)) {
        ((ObjectNode) value).set(field.name(), strip(field, nested));
      }
    }
  }

  // ---- operations ----------------------------------------------------------------------------

  private static ObjectNode test(String path, JsonNode value) {
    ObjectNode op = MetaJson.NODES.objectNode();
    op.put("op", "test");
    op.put("path", path);
    op.set("value", value.deepCopy());
    return op;
  }

  private void op(String name, String path, @Nullable JsonNode value, @Nullable String from) {
    ObjectNode op = MetaJson.NODES.objectNode();
    op.put("op", name);
    if (from != null) {
      op.put("from", from);
    }
    op.put("path", path);
    if (value != null) {
      op.set("value", value.deepCopy());
    }
    emit(op);
  }

  private void emit(ObjectNode op) {
    List<Guard> pending = new ArrayList<>();
    for (Iterator<Guard> it = guards.iterator(); it.hasNext(); ) {
      Guard guard = it.next();
      if (guard.emitted) {
        break;
      }
      pending.add(0, guard);
    }
    for (Guard guard : pending) {
      guard.emitted = true;
      guard.tests.forEach(ops::add);
    }
    ops.add(op);
  }
}
