package dev.itom.diff;

import com.google.common.base.VerifyException;
import dev.itom.model.InvalidModelException;
import dev.itom.model.MetaField;
import dev.itom.model.OperatingModel;
import dev.itom.model.Violation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Builds the merged model for a set of resolutions: every change that no unresolved conflict holds
 * back and whose requirements are applied, ours first, then theirs. If the result breaks an
 * invariant that no conflict foresaw (two valid changes of one value that are invalid together),
 * the changes at that place become a {@code breaks-invariant} conflict and the model is built
 * again, until it is valid.
 */
final class Assembly {
  private Assembly() {}

  /** A value given to resolve a conflict, and the edit that sets it (null to keep the base's). */
  record Given(@Nullable Object value, Merger.@Nullable Entry edit) {}

  /** The merged model, and every conflict found on the way. */
  record Result(OperatingModel model, List<Merger.Draft> drafts) {}

  static Result run(
      Merger merger, List<Merger.Draft> drafts, Map<Merger.Draft, Object> resolutions) {
    List<Merger.Draft> all = new ArrayList<>(drafts);
    if (all.isEmpty() && merger.theirsDiff.isEmpty()) {
      return new Result(merger.ours, all); // nothing of theirs: ours is the merge, unchanged
    }
    if (all.isEmpty() && merger.oursDiff.isEmpty()) {
      return new Result(merger.theirs, all);
    }
    while (true) {
      Set<Merger.Entry> blocked = new HashSet<>();
      List<Merger.Entry> given = new ArrayList<>();
      for (Merger.Draft draft : all) {
        Object resolution = resolutions.get(draft);
        for (Merger.Entry entry : draft.direct) {
          if (resolution != entry.side) {
            blocked.add(entry);
          }
        }
        if (resolution instanceof Given value && value.edit() != null) {
          given.add(value.edit());
        }
      }
      Set<Merger.Unit> dead = dead(blocked);
      List<Change> ours = new ArrayList<>();
      List<Change> theirs = new ArrayList<>();
      List<Merger.Entry> applied = new ArrayList<>();
      for (Merger.Entry entry : merger.entries) {
        boolean skip =
            dead.contains(entry.unit)
                || entry.unit.members.get(0) != entry
                || (entry.shadow != null && !dead.contains(entry.shadow.unit));
        if (!skip) {
          (entry.side == Side.OURS ? ours : theirs).add(entry.change);
          applied.add(entry);
        }
      }
      for (Merger.Entry entry : given) {
        ours.add(entry.change);
        applied.add(entry);
      }
      Patcher patcher = Patcher.merge(merger.base, List.of(ours, theirs));
      try {
        return new Result(patcher.build(), all);
      } catch (InvalidModelException invalid) {
        List<Merger.Draft> found = new ArrayList<>();
        for (Violation violation : invalid.violations()) {
          Merger.Draft draft = invariant(merger, patcher, violation, applied, invalid);
          if (found.stream().noneMatch(d -> d.direct.equals(draft.direct))) {
            found.add(draft);
          }
        }
        all.addAll(found);
      }
    }
  }

  /** The units that are not applied: the blocked ones and every unit that needs one of them. */
  private static Set<Merger.Unit> dead(Set<Merger.Entry> blocked) {
    Set<Merger.Unit> dead = new HashSet<>();
    ArrayDeque<Merger.Unit> queue = new ArrayDeque<>();
    for (Merger.Entry entry : blocked) {
      if (dead.add(entry.unit)) {
        queue.add(entry.unit);
      }
    }
    while (!queue.isEmpty()) {
      for (Merger.Unit next : queue.remove().requiredBy) {
        if (dead.add(next)) {
          queue.add(next);
        }
      }
    }
    return dead;
  }

  /** The conflict of the applied changes at the place of a violation. */
  private static Merger.Draft invariant(
      Merger merger,
      Patcher patcher,
      Violation violation,
      List<Merger.Entry> applied,
      InvalidModelException invalid) {
    Patcher.Located located = patcher.resolve(violation.pointer());
    Locator place = located.locator();
    MetaField<?> field = located.field();
    if (field == null) {
      Optional<Locator> parent = place.parent();
      if (parent.isPresent()) {
        field = place.steps().get(place.steps().size() - 1).field();
        place = parent.get();
      } else {
        field = place.type().fields().get(0);
      }
    }
    List<Merger.Entry> touching = new ArrayList<>();
    for (Merger.Entry entry : applied) {
      if (touches(entry.change, place)) {
        if (entry.given) {
          throw invalid; // the value given to resolve a conflict breaks the invariant
        }
        touching.add(entry);
      }
    }
    if (touching.isEmpty()) {
      throw new VerifyException(
          "a merge broke an invariant no change explains: " + violation, invalid);
    }
    Locator at = place;
    MetaField<?> named = field;
    // in the base if it has the place, else in the side (the smaller pointer if both have it)
    Optional<String> ours = Values.pointer(merger.ours, at);
    Optional<String> theirs = Values.pointer(merger.theirs, at);
    Optional<String> side =
        ours.isPresent() && theirs.isPresent()
            ? Optional.of(ours.get().compareTo(theirs.get()) <= 0 ? ours.get() : theirs.get())
            : ours.or(() -> theirs);
    String pointer =
        Values.pointer(merger.base, at)
            .or(() -> side)
            .map(path -> Values.fieldPath(path, named, null))
            .orElse(violation.pointer());
    return new Merger.Draft(
        Conflict.Kind.BREAKS_INVARIANT,
        place,
        field,
        null,
        value(merger.base, place, field),
        value(merger.ours, place, field),
        value(merger.theirs, place, field),
        null,
        pointer,
        violation.message(),
        touching);
  }

  /** Whether a change is at or inside the value at {@code place}, or adds or moves it. */
  private static boolean touches(Change change, Locator place) {
    if (place.contains(change.owner()) || place.equals(Merger.item(change))) {
      return true;
    }
    return change instanceof Change.Edit edit
        && edit.field().itemType().isPresent()
        && place.equals(edit.owner().child(edit.field(), Key.none()));
  }

  private static @Nullable Object value(OperatingModel model, Locator place, MetaField<?> field) {
    return Values.find(model, place).map(value -> Values.get(field, value)).orElse(null);
  }
}
