package dev.itom.diff;

import static com.google.common.base.Verify.verify;

import dev.itom.diff.Tree.Item;
import dev.itom.diff.Tree.Items;
import dev.itom.diff.Tree.Node;
import dev.itom.internal.Derivation;
import dev.itom.model.Element;
import dev.itom.model.FieldType;
import dev.itom.model.MetaField;
import dev.itom.model.Metamodel;
import dev.itom.model.OperatingModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Applies changes to a model: the model becomes a tree of values that is edited in place, then
 * built again, reusing every value nothing touched.
 *
 * <p>Changes come in batches (one for a diff; ours then theirs for a merge) and are applied in
 * phases, so that their order within a batch does not matter: items to move or remove are taken
 * out, leaving a tombstone where they were (so that an insert after a removed neighbour still finds
 * its place); fields are set; then items are inserted list by list in the order of their index,
 * each after its neighbour and after the items an earlier batch inserted there (ours before
 * theirs). Every change checks what it expects; the strict mode of {@link ModelDiff#applyTo}
 * reports every stale change, the merge mode removes by key and puts an item whose neighbour is
 * gone at the end of its list.
 */
final class Patcher {
  private final boolean strict;
  private final OperatingModel target;
  private final Node root;

  /**
   * The elements found so far, by id: each found on first use where the target has it, then
   * followed as it moves; an added element is put here, a removed one taken out.
   */
  private final Map<String, Item> elements = new HashMap<>();

  /** The ids of the target's elements that the changes removed (with what they held). */
  private final Set<String> removed = new HashSet<>();

  private final List<StaleChange> stale = new ArrayList<>();

  private Patcher(OperatingModel target, boolean strict) {
    this.strict = strict;
    this.target = target;
    this.root = new Node(Metamodel.MODEL, target, null);
  }

  /**
   * Returns the item of an element by id, or null: found once where the target has it (its pointer,
   * list by list, each step by id through the items as they are now), so that only the lists on the
   * way are made editable.
   */
  private @Nullable Item element(String id) {
    Item known = elements.get(id);
    if (known != null || removed.contains(id)) {
      return known;
    }
    String path = target.pathOf(id).orElse(null);
    if (path == null) {
      return null;
    }
    String[] tokens = path.substring(1).split("/", -1);
    Node node = root;
    Item item = null;
    for (int t = 0; t + 1 < tokens.length; t += 2) {
      MetaField<?> field = node.type.field(tokens[t]).orElseThrow();
      Object element = Values.list(field, node.original).get(Integer.parseInt(tokens[t + 1]));
      Key key = Key.of(((Element) element).id());
      Items items = node.items(field);
      item = items.live.containsKey(key) ? items.live.get(key) : items.moving.get(key);
      if (item == null) {
        return null;
      }
      node = item.node();
    }
    if (item != null) {
      elements.put(id, item);
    }
    return item;
  }

  /** Applies one diff to a model, strictly. */
  static OperatingModel apply(OperatingModel target, List<Change> changes) {
    Patcher patcher = new Patcher(target, true);
    patcher.run(List.of(changes));
    if (!patcher.stale.isEmpty()) {
      throw new StaleChangeException(patcher.stale);
    }
    return patcher.build();
  }

  /** Applies the batches of a merge; returns the patcher to build or inspect the result. */
  static Patcher merge(OperatingModel base, List<List<Change>> batches) {
    Patcher patcher = new Patcher(base, false);
    patcher.run(batches);
    verify(patcher.stale.isEmpty(), "a merged change did not apply: %s", patcher.stale);
    return patcher;
  }

  /**
   * Builds the edited model, checking its invariants: as an edit of the target, so that the check
   * can pass over what the two share.
   */
  OperatingModel build() {
    return Derivation.from(target, () -> (OperatingModel) root.build());
  }

  /** Registers the elements held by an added node (and nested deeper) by id. */
  private void register(Node node) {
    if (!Values.holdsElements(node.type)) {
      return;
    }
    for (MetaField<?> field : node.type.fields()) {
      if (Values.holdsElements(field)) {
        for (Item item = node.items(field).head.next; item != null; item = item.next) {
          if (!item.tombstone) {
            elements.put((String) item.key.values().get(0), item);
            if (Values.holdsElements(Tree.nested(field))) {
              register(item.node());
            }
          }
        }
      }
    }
  }

  /** Finds the node a locator names, or null. */
  private @Nullable Node find(Locator locator) {
    Node node;
    String id = locator.elementId();
    if (id == null) {
      node = root;
    } else {
      Item item = element(id);
      if (item == null
          || item.list == null
          || Tree.nested(item.list.field) != locator.elementType()) {
        return null;
      }
      node = item.node();
    }
    for (Locator.Step step : locator.steps()) {
      Object slot = node.slot(step.field());
      if (slot instanceof Node child) {
        node = child;
      } else if (slot instanceof Items items && items.live.containsKey(step.key())) {
        node = Objects.requireNonNull(items.live.get(step.key())).node();
      } else if (slot instanceof Items items && items.moving.containsKey(step.key())) {
        node = Objects.requireNonNull(items.moving.get(step.key())).node();
      } else {
        return null;
      }
    }
    return node;
  }

  private void stale(Change change, String code, String message) {
    stale.add(new StaleChange(code, change, message));
  }

  // ---- the phases ----------------------------------------------------------------------------

  private void run(List<List<Change>> batches) {
    Map<Change, Item> taken = new HashMap<>();
    for (List<Change> batch : batches) {
      for (Change change : batch) {
        if (change instanceof Change.Move move) {
          take(move, move.from(), taken);
        }
      }
    }
    for (List<Change> batch : batches) {
      for (Change change : batch) {
        if (change instanceof Change.Remove remove) {
          remove(remove);
        }
      }
    }
    for (List<Change> batch : batches) {
      for (Change change : batch) {
        if (change instanceof Change.Edit edit) {
          edit(edit);
        }
      }
    }
    insert(batches, taken);
  }

  /** Finds the item a remove or move names where it says, or reports it stale. */
  private @Nullable Item locate(Change change, Placement at, Key key) {
    Node owner = find(at.owner());
    Item item;
    if (Values.holdsElements(at.field())) {
      item = element((String) key.values().get(0));
      if (item != null && (item.list == null || item.list.owner != owner)) {
        item = null;
      }
    } else {
      item = owner == null ? null : owner.items(at.field()).live.get(key);
    }
    if (item == null
        || item.list == null
        || item.list.field != at.field()
        || item.previous == null) {
      stale(
          change,
          "missing-target",
          "the target has no " + key + " in " + at.owner() + " " + at.field().name());
      return null;
    }
    return item;
  }

  private void take(Change.Move move, Placement from, Map<Change, Item> taken) {
    Item item = locate(move, from, move.key());
    if (item != null) {
      item.detach();
      Objects.requireNonNull(item.list).moving.put(item.key, item);
      taken.put(move, item);
    }
  }

  private void remove(Change.Remove remove) {
    Item item = locate(remove, remove.at(), remove.key());
    if (item == null) {
      return;
    }
    Object current = item.node == null ? Objects.requireNonNull(item.value) : item.node.build();
    if (strict && !current.equals(remove.value())) {
      stale(
          remove,
          "value-differs",
          "the target holds " + remove.key() + " with other content than the change removes");
      return;
    }
    if (Values.holdsElements(remove.field())) {
      Values.elements(
          Tree.nested(remove.field()),
          current,
          id -> {
            elements.remove(id);
            removed.add(id);
          });
    }
    item.detach();
  }

  private void edit(Change.Edit edit) {
    Node node = find(edit.owner());
    if (node == null) {
      stale(edit, "missing-target", "the target has no " + edit.owner());
      return;
    }
    MetaField<?> field = edit.field();
    Object current;
    if (field.type() == FieldType.MAP) {
      current = ((TreeMap<?, ?>) Objects.requireNonNull(node.slot(field))).get(edit.entry());
    } else {
      Object slot = node.slot(field);
      current = slot instanceof Node child ? child.build() : slot;
    }
    if (!Objects.equals(current, edit.oldValue())) {
      stale(
          edit,
          "value-differs",
          "the target holds " + current + ", the change expects " + edit.oldValue());
      return;
    }
    if (field.type() == FieldType.MAP) {
      @SuppressWarnings("unchecked") // the slot of a map field is always a TreeMap of strings
      TreeMap<String, String> map =
          (TreeMap<String, String>) Objects.requireNonNull(node.slot(field));
      String entry = Objects.requireNonNull(edit.entry());
      if (edit.newValue() == null) {
        map.remove(entry);
      } else {
        map.put(entry, (String) edit.newValue());
      }
      node.touch();
    } else if (field.type() == FieldType.OBJECT && edit.newValue() != null) {
      node.set(field, new Node(Tree.nested(field), edit.newValue(), node));
    } else {
      node.set(field, edit.newValue());
    }
  }

  /** An insert: an add, or the second half of a move. */
  private record Insert(Change change, Placement at, Key key, int batch) {}

  private void insert(List<List<Change>> batches, Map<Change, Item> taken) {
    Map<List<Object>, List<Insert>> groups = new LinkedHashMap<>();
    for (int b = 0; b < batches.size(); b++) {
      for (Change change : batches.get(b)) {
        Insert insert = null;
        if (change instanceof Change.Add add) {
          insert = new Insert(add, add.at(), add.key(), b + 1);
        } else if (change instanceof Change.Move move && taken.containsKey(move)) {
          insert = new Insert(move, move.to(), move.key(), b + 1);
        }
        if (insert != null) {
          List<Object> group = List.of(b, insert.at().owner(), insert.at().field());
          groups.computeIfAbsent(group, g -> new ArrayList<>()).add(insert);
        }
      }
    }
    List<List<Insert>> pending = new ArrayList<>(groups.values());
    pending.forEach(group -> group.sort(Comparator.comparingInt(i -> i.at().index())));
    while (!pending.isEmpty()) {
      List<List<Insert>> waiting = new ArrayList<>();
      for (List<Insert> group : pending) {
        Node owner = find(group.get(0).at().owner());
        if (owner == null) {
          waiting.add(group);
        } else {
          Items items = owner.items(group.get(0).at().field());
          group.forEach(insert -> insert(items, insert, taken));
        }
      }
      if (waiting.size() == pending.size()) {
        for (List<Insert> group : waiting) {
          for (Insert insert : group) {
            stale(insert.change(), "missing-target", "the target has no " + insert.at().owner());
          }
        }
        return;
      }
      pending = waiting;
    }
  }

  private void insert(Items items, Insert insert, Map<Change, Item> taken) {
    Item item;
    if (insert.change() instanceof Change.Add add) {
      boolean isElement = Values.holdsElements(items.field);
      if (isElement
          ? element((String) add.key().values().get(0)) != null
          : items.live.containsKey(add.key())) {
        stale(add, "already-present", "the target already has " + add.key());
        return;
      }
      item = new Item(items, add.key(), add.value(), insert.batch());
      if (isElement) {
        elements.put((String) add.key().values().get(0), item);
        if (Values.holdsElements(Tree.nested(items.field))) {
          register(item.node());
        }
      }
    } else {
      item = Objects.requireNonNull(taken.get(insert.change()));
    }
    Key after = insert.at().after();
    Item anchor;
    if (after == null) {
      anchor = items.head;
    } else if (items.live.containsKey(after)) {
      anchor = items.live.get(after);
    } else if (items.dead.containsKey(after)) {
      anchor = items.dead.get(after);
    } else if (strict) {
      stale(insert.change(), "missing-anchor", "the target has no " + after + " to insert after");
      return;
    } else {
      anchor = items.head;
      while (anchor.next != null) {
        anchor = anchor.next;
      }
    }
    Item at = Objects.requireNonNull(anchor);
    while (at.next != null && at.next.batch != 0 && at.next.batch < insert.batch()) {
      at = at.next;
    }
    item.insertAfter(items, at, insert.batch());
  }

  /** Returns the locator of the value a pointer into the built model names, and the rest. */
  Located resolve(String pointer) {
    String[] tokens = pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1);
    Node node = root;
    Locator locator = Locator.model();
    int t = 0;
    while (t < tokens.length) {
      MetaField<?> field = node.type.field(Tree.unescape(tokens[t])).orElse(null);
      if (field == null) {
        break;
      }
      Object slot = node.slot(field);
      if (slot instanceof Node child) {
        node = child;
        locator = locator.child(field, Key.none());
        t++;
      } else if (slot instanceof Items items
          && field.type() == FieldType.OBJECTS
          && t + 1 < tokens.length) {
        Item item = Tree.nth(items, Integer.parseInt(tokens[t + 1]));
        if (item == null) {
          break;
        }
        node = item.node();
        locator =
            Values.holdsElements(field)
                ? Locator.element(node.type, (String) item.key.values().get(0))
                : locator.child(field, item.key);
        t += 2;
      } else {
        break;
      }
    }
    String rest = t < tokens.length ? Tree.unescape(tokens[t]) : null;
    return new Located(locator, rest == null ? null : node.type.field(rest).orElse(null));
  }

  /** Where a pointer leads: a value and, when the pointer goes on, the field of it it names. */
  record Located(Locator locator, @Nullable MetaField<?> field) {}
}
