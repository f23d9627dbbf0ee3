package dev.itom.diff;

import dev.itom.model.FieldType;
import dev.itom.model.MetaField;
import dev.itom.model.MetaType;
import dev.itom.model.Metamodel;
import java.util.List;
import java.util.Map;
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
      if (move.isPresentational() && theirs.isPresentational()) {
        other.shadow = mine; // a presentational order is never a conflict: ours wins
        return;
      }
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
      List<Merger.Entry> changes,
      Side remover) {
    for (Merger.Entry entry : changes) {
      if (entry.unit.members.size() > 1) {
        continue; // both sides made this change
      }
      Change change = entry.change;
      Merger.Entry removal = removerOf(change, removedIds, removedNodes);
      if (removal != null) {
        if (change instanceof Change.Remove || change.isPresentational()) {
          entry.shadow = removal;
        } else {
          changedRemoved(entry, removal, remover);
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

  private static Merger.@Nullable Entry removerOf(
      Change change,
      Map<String, Merger.Entry> removedIds,
      Map<Locator, Merger.Entry> removedNodes) {
    Merger.Entry found = id(removedIds, change.owner().elementId());
    if (found == null && change instanceof Change.Move move) {
      found = id(removedIds, move.from().owner().elementId());
    }
    if (found == null && !(change instanceof Change.Edit) && Values.holdsElements(change.field())) {
      found = id(removedIds, (String) Merger.key(change).values().get(0));
    }
    for (Locator at = change.owner(); found == null && at != null; at = at.parent().orElse(null)) {
      found = removedNodes.get(at);
    }
    Locator item = Merger.item(change);
    if (found == null && item != null) {
      found = removedNodes.get(item);
    }
    return found;
  }

  private static Merger.@Nullable Entry id(
      Map<String, Merger.Entry> removedIds, @Nullable String id) {
    return id == null ? null : removedIds.get(id);
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
      MetaField<?> named = item == null ? null : naming(item.type(), add.value(), id);
      if (item != null && named != null) {
        place = item;
        field = named;
        pointer = Values.fieldPath(add.path(), named, null);
      } else {
        place = add.owner();
        value = item == null ? id : add.value();
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

  /** The first reference field of a value that names {@code id}, or null. */
  private static @Nullable MetaField<?> naming(MetaType<?> type, Object value, String id) {
    for (MetaField<?> field : type.fields()) {
      if ((field.type() == FieldType.REFERENCE && id.equals(Values.get(field, value)))
          || (field.type() == FieldType.REFERENCES && Values.list(field, value).contains(id))) {
        return field;
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
