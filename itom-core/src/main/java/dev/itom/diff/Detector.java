package dev.itom.diff;

import dev.itom.model.Element;
import dev.itom.model.FieldType;
import dev.itom.model.MetaField;
import dev.itom.model.MetaType;
import dev.itom.model.Metamodel;
import dev.itom.model.OperatingModel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Finds the conflicts of a merge: two changes of one field, item or stage that differ; and the
 * changes of one side that touch or refer to what the other side removed. A change the other side
 * makes moot instead (removing what is inside a removed element too, reordering a removed item)
 * gets a shadow and no conflict.
 */
final class Detector {
  private final Merger merger;

  Detector(Merger merger) {
    this.merger = merger;
  }

  /** Two differing changes of one subject: ours first. */
  void pair(Merger.Entry mine, Merger.Entry other) {
    Change a = mine.change;
    Change b = other.change;
    if (a instanceof Change.Edit edit && b instanceof Change.Edit theirs) {
      add(
          Conflict.Kind.BOTH_CHANGED,
          edit.owner(),
          edit.field(),
          edit.entry(),
          edit.oldValue(),
          edit.newValue(),
          theirs.newValue(),
          null,
          edit.beforePath(),
          "",
          mine,
          other);
    } else if (a instanceof Change.Add add && b instanceof Change.Add theirs) {
      // the same id added to two kinds of list: name it by the kind listed first, either way round
      Change.Add first = rank(add) <= rank(theirs) ? add : theirs;
      Locator place = Merger.item(first);
      String pointer = min(addedPointer(add), addedPointer(theirs));
      add(
          Conflict.Kind.BOTH_ADDED,
          place == null ? first.owner() : place,
          first.field(),
          null,
          null,
          add.value(),
          theirs.value(),
          null,
          pointer,
          "",
          mine,
          other);
    } else if (a instanceof Change.Move move && b instanceof Change.Move theirs) {
      Locator place = Merger.item(move);
      add(
          Conflict.Kind.BOTH_MOVED,
          place == null ? move.owner() : place,
          move.field(),
          null,
          move.from(),
          move.to(),
          theirs.to(),
          null,
          move.beforePath(),
          "",
          mine,
          other);
    }
  }

  /** One id added by both sides, nested in adds of different things. */
  void bothAdded(Merger.Entry mine, Merger.Entry other, String id) {
    Element ours = merger.ours.element(id).orElseThrow();
    Element theirs = merger.theirs.element(id).orElseThrow();
    // name it by the kind listed first, either way round
    Element first = ours.elementKind().compareTo(theirs.elementKind()) <= 0 ? ours : theirs;
    OperatingModel model = first == ours ? merger.ours : merger.theirs;
    MetaType<?> type = Metamodel.of(first.elementKind());
    String path = model.pathOf(id).orElseThrow();
    String list = path.substring(0, path.lastIndexOf('/'));
    String name = list.substring(list.lastIndexOf('/') + 1);
    MetaField<?> field = null;
    for (MetaType<?> owner : Metamodel.types()) {
      MetaField<?> candidate = owner.field(name).orElse(null);
      if (candidate != null && candidate.itemType().orElse(null) == type) {
        field = candidate;
      }
    }
    add(
        Conflict.Kind.BOTH_ADDED,
        Locator.element(type, id),
        java.util.Objects.requireNonNull(field),
        null,
        null,
        ours,
        theirs,
        null,
        min(merger.ours.pathOf(id).orElseThrow(), merger.theirs.pathOf(id).orElseThrow()),
        "",
        mine,
        other);
  }

  private static int rank(Change.Add add) {
    MetaType<?> owner = add.field().owner();
    return Metamodel.types().indexOf(owner) * 100 + owner.fields().indexOf(add.field());
  }

  private String addedPointer(Change.Add add) {
    return Values.pointer(merger.base, add.owner())
        .map(owner -> Values.fieldPath(owner, add.field(), null))
        .orElse(add.path());
  }

  private static String min(String a, String b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /**
   * The changes of one side against the removals of the other ({@code remover}): conflicts, or
   * shadows for the changes the removals make moot.
   */
  void removals(
      Map<String, Merger.Entry> removedIds,
      Map<Locator, Merger.Entry> removedNodes,
      Function<Change, Merger.@Nullable Entry> removedItem,
      List<Merger.Entry> changes,
      Side remover) {
    for (Merger.Entry entry : changes) {
      if (entry.unit.members.size() > 1) {
        continue; // both sides made this change
      }
      Change change = entry.change;
      List<Merger.Entry> removals = removersOf(change, removedIds, removedNodes);
      Merger.Entry item = removedItem.apply(change); // a moved id or text the other side removed
      if (item != null && !removals.contains(item)) {
        removals.add(item);
      }
      if (!removals.isEmpty()) {
        if (change instanceof Change.Remove || change.isPresentational()) {
          entry.shadow = removals.get(0);
        } else {
          removals.forEach(removal -> changedRemoved(entry, removal, remover));
        }
      }
      for (String id : Merger.introduced(change)) {
        Merger.Entry removing = removedIds.get(id);
        if (removing != null) {
          removedReferenced(entry, removing, remover, id);
        }
      }
    }
  }

  /**
   * The other side's removals of what a change touches: the element it changes or moves, the
   * element it adds into or moves to or from, a part it changes or is inside of.
   */
  private static List<Merger.Entry> removersOf(
      Change change,
      Map<String, Merger.Entry> removedIds,
      Map<Locator, Merger.Entry> removedNodes) {
    Set<Merger.Entry> found = new LinkedHashSet<>();
    id(removedIds, change.owner().elementId(), found);
    if (change instanceof Change.Move move) {
      id(removedIds, move.from().owner().elementId(), found);
    }
    if (!(change instanceof Change.Edit) && Values.holdsElements(change.field())) {
      id(removedIds, (String) Merger.key(change).values().get(0), found);
    }
    for (Locator at = change.owner(); at != null; at = at.parent().orElse(null)) {
      add(removedNodes.get(at), found);
    }
    Locator item = Merger.item(change);
    if (item != null) {
      add(removedNodes.get(item), found);
    }
    return new ArrayList<>(found);
  }

  private static void id(
      Map<String, Merger.Entry> removedIds, @Nullable String id, Set<Merger.Entry> found) {
    if (id != null) {
      add(removedIds.get(id), found);
    }
  }

  private static void add(Merger.@Nullable Entry entry, Set<Merger.Entry> found) {
    if (entry != null) {
      found.add(entry);
    }
  }

  private void changedRemoved(Merger.Entry changer, Merger.Entry removal, Side remover) {
    Change change = changer.change;
    Locator place;
    String entry = null;
    Object base;
    Object value;
    String pointer;
    if (change instanceof Change.Edit edit) {
      place = edit.owner();
      entry = edit.entry();
      base = edit.oldValue();
      value = edit.newValue();
      pointer = edit.beforePath();
    } else if (change instanceof Change.Add add) {
      place = add.owner();
      base = null;
      value = add.value();
      pointer = addedPointer(add);
    } else {
      Change.Move move = (Change.Move) change;
      Locator item = Merger.item(move);
      place = item == null ? move.from().owner() : item;
      base = move.from();
      value = move.to();
      pointer = move.beforePath();
    }
    boolean ours = changer.side == Side.OURS;
    add(
        Conflict.Kind.CHANGED_REMOVED,
        place,
        change.field(),
        entry,
        base,
        ours ? value : null,
        ours ? null : value,
        remover,
        pointer,
        "",
        ours ? changer : removal,
        ours ? removal : changer);
  }

  private void removedReferenced(
      Merger.Entry referrer, Merger.Entry removal, Side remover, String id) {
    Change change = referrer.change;
    Locator place;
    MetaField<?> field = change.field();
    String entry = null;
    Object base = null;
    Object value = id;
    String pointer;
    if (change instanceof Change.Edit edit) {
      place = edit.owner();
      entry = edit.entry();
      base = edit.oldValue();
      value = edit.newValue();
      pointer = edit.beforePath();
    } else {
      Change.Add add = (Change.Add) change;
      Locator item = Merger.item(add);
      Reference named =
          item == null ? null : naming(item.type(), add.value(), item, add.path(), id);
      if (named != null) {
        place = named.place();
        field = named.field();
        pointer = named.pointer();
      } else {
        place = add.owner();
        pointer = addedPointer(add);
      }
    }
    boolean ours = referrer.side == Side.OURS;
    add(
        Conflict.Kind.REMOVED_REFERENCED,
        place,
        field,
        entry,
        base,
        ours ? value : base,
        ours ? base : value,
        remover,
        pointer,
        id,
        ours ? referrer : removal,
        ours ? removal : referrer);
  }

  /** Where an added value refers to an id: the value (itself or nested), its field, the pointer. */
  private record Reference(Locator place, MetaField<?> field, String pointer) {}

  /** The first reference field in a value, or in what it holds, that names {@code id}. */
  private static @Nullable Reference naming(
      MetaType<?> type, Object value, Locator here, String path, String id) {
    for (MetaField<?> field : type.fields()) {
      if ((field.type() == FieldType.REFERENCE && id.equals(Values.get(field, value)))
          || (field.type() == FieldType.REFERENCES && Values.list(field, value).contains(id))) {
        return new Reference(here, field, Values.fieldPath(path, field, null));
      }
    }
    for (MetaField<?> field : type.fields()) {
      Reference found = null;
      if (field.type() == FieldType.OBJECT && Values.get(field, value) != null) {
        found =
            naming(
                field.itemType().orElseThrow(),
                java.util.Objects.requireNonNull(Values.get(field, value)),
                here.child(field, Key.none()),
                path + "/" + field.name(),
                id);
      } else if (field.type() == FieldType.OBJECTS) {
        MetaType<?> item = field.itemType().orElseThrow();
        List<?> items = Values.list(field, value);
        Key[] keys = Values.keys(field, items);
        for (int i = 0; i < keys.length && found == null; i++) {
          Locator at =
              Values.holdsElements(field)
                  ? Locator.element(item, ((Element) items.get(i)).id())
                  : here.child(field, keys[i]);
          found = naming(item, items.get(i), at, path + "/" + field.name() + "/" + i, id);
        }
      }
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private void add(
      Conflict.Kind kind,
      Locator place,
      MetaField<?> field,
      @Nullable String entry,
      @Nullable Object base,
      @Nullable Object ours,
      @Nullable Object theirs,
      @Nullable Side removedBy,
      String pointer,
      String detail,
      Merger.Entry oursEntry,
      Merger.Entry theirsEntry) {
    merger.add(
        new Merger.Draft(
            kind,
            place,
            field,
            entry,
            base,
            ours,
            theirs,
            removedBy,
            pointer,
            detail,
            List.of(oursEntry, theirsEntry)));
  }
}
