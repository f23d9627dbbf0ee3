package dev.itom.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itom.model.FieldType;
import dev.itom.model.MetaField;
import dev.itom.model.Metamodel;
import dev.itom.model.OperatingModel;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a merged model must show of each side: every change that no open conflict holds back is in
 * it, read from the merged model itself (not from the merge's bookkeeping). An edit's field holds
 * the new value; an added item is in its list; a removed one is gone; a moved or added item of a
 * list of parts or elements sits after the neighbour it names, with only items that either side
 * inserted there in between (when the other side moved that neighbour away, the item stays where
 * the neighbour was). A change is excused only where the other side made it moot: moving or
 * removing an item the other side removed, or that is inside what the other side removed.
 */
final class MergeChecks {
  private MergeChecks() {}

  /** Checks that every change of the given sides not held back shows in the merged model. */
  static void nothingDropped(ModelMerge merge, Side... sides) {
    OperatingModel model = merge.model();
    for (Side side : sides) {
      Set<Change> held = new HashSet<>();
      merge.conflicts().forEach(conflict -> held.addAll(conflict.changes(side)));
      List<Change> others = merge.changes(side.other()).changes();
      OperatingModel otherModel = merge.changes(side.other()).applyTo(merge.base());
      Set<List<Object>> inserted = new HashSet<>();
      for (Side any : Side.values()) {
        for (Change change : merge.changes(any).changes()) {
          if (change instanceof Change.Add || change instanceof Change.Move) {
            inserted.add(List.of(change.owner(), change.field(), Merger.key(change)));
          }
        }
      }
      for (Change change : merge.changes(side).changes()) {
        if (!held.contains(change)) {
          String what = side.code() + " " + ModelDiffTest.describe(change);
          reflected(model, otherModel, change, others, inserted, what);
        }
      }
    }
  }

  private static void reflected(
      OperatingModel model,
      OperatingModel otherModel,
      Change change,
      List<Change> others,
      Set<List<Object>> inserted,
      String what) {
    if (change instanceof Change.Edit edit) {
      Optional<Object> owner = Values.find(model, edit.owner());
      assertThat(owner).as("%s: its owner is in the merged model", what).isPresent();
      Object value = Values.get(edit.field(), owner.get());
      if (edit.entry() != null) {
        value = ((Map<?, ?>) Objects.requireNonNull(value)).get(edit.entry());
      }
      assertThat(value).as("%s applied", what).isEqualTo(edit.newValue());
      return;
    }
    Key key = Merger.key(change);
    Optional<Object> owner = Values.find(model, change.owner());
    boolean removedByOther = others.stream().anyMatch(other -> sameItemRemoved(change, other));
    if (change instanceof Change.Remove) {
      if (owner.isEmpty()) {
        return; // what held it is gone too
      }
      boolean addedByOther =
          others.stream()
              .anyMatch(other -> other instanceof Change.Add && Merger.key(other).equals(key));
      if (Values.holdsElements(change.field())) {
        String id = (String) key.values().get(0);
        assertThat(model.element(id).isEmpty() || addedByOther).as("%s applied", what).isTrue();
      } else if (change.field().type() == FieldType.OBJECTS && key.occurrence() == 0) {
        assertThat(indexOf(change.field(), owner.get(), key) < 0 || addedByOther)
            .as("%s applied", what)
            .isTrue();
      }
      return;
    }
    if (change instanceof Change.Move
        && !positioned(model, change)
        && (removedByOther || Values.find(otherModel, change.owner()).isEmpty())) {
      return; // moot: the other side removed the item, or what holds it
    }
    assertThat(owner).as("%s: the list's owner is in the merged model", what).isPresent();
    MetaField<?> field = change.field();
    if (field.type() != FieldType.OBJECTS) {
      Object value = change instanceof Change.Add add ? add.value() : key.values().get(0);
      assertThat(Values.list(field, owner.get()).contains(value)).as("%s applied", what).isTrue();
      return;
    }
    List<?> items = Values.list(field, owner.get());
    Key[] keys = Values.keys(field, items);
    int at = Arrays.asList(keys).indexOf(key);
    assertThat(at).as("%s: the item is in its list", what).isNotNegative();
    Key after =
        change instanceof Change.Add add ? add.at().after() : ((Change.Move) change).to().after();
    boolean anchorMoved =
        others.stream().anyMatch(o -> o instanceof Change.Move m && m.key().equals(after));
    if (after != null && (anchorMoved || !Arrays.asList(keys).contains(after))) {
      return; // the neighbour is gone or moved away: the item stays where the neighbour was
    }
    for (int j = at - 1; ; j--) {
      if (j < 0) {
        assertThat(after).as("%s: first in its list", what).isNull();
        return;
      }
      if (keys[j].equals(after)) {
        return;
      }
      assertThat(inserted.contains(List.of(change.owner(), field, keys[j])))
          .as("%s: %s, which no side inserted, stands between it and %s", what, keys[j], after)
          .isTrue();
    }
  }

  /** Whether {@code other} removes the item that {@code change} moves or removes. */
  private static boolean sameItemRemoved(Change change, Change other) {
    if (!(other instanceof Change.Remove remove) || !remove.key().equals(Merger.key(change))) {
      return false;
    }
    Locator from = change instanceof Change.Move move ? move.from().owner() : change.owner();
    return Values.holdsElements(change.field()) || remove.owner().equals(from);
  }

  /** Whether a moved item is in the list it was moved to. */
  private static boolean positioned(OperatingModel model, Change change) {
    return Values.find(model, change.owner())
        .map(owner -> indexOf(change.field(), owner, Merger.key(change)) >= 0)
        .orElse(false);
  }

  private static int indexOf(MetaField<?> field, Object owner, Key key) {
    return Arrays.asList(Values.keys(field, Values.list(field, owner))).indexOf(key);
  }

  /**
   * Checks the invariants of a merged model again, independently of how the merge built it: the
   * model made anew from its own fields through the metamodel, which checks every invariant.
   */
  static void valid(OperatingModel model) {
    assertThat(Values.create(Metamodel.MODEL, field -> Values.get(field, model)))
        .as("the merged model built anew")
        .isEqualTo(model);
  }
}
