package dev.itom.diff;

import com.google.common.collect.ImmutableList;
import dev.itom.model.FieldType;
import dev.itom.model.MetaField;
import dev.itom.model.OperatingModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The analysis of a three-way merge: the two sides' diffs from the base, the requirements between
 * the changes of one side (a reference to an element needs the change that adds it; removing an
 * element needs the changes that drop the references to it; a stage moved into a new chain needs
 * the chain), the changes both sides made alike (applied once), and the conflicts.
 *
 * <p>Each requirement and each pair of alike changes joins changes into {@link Unit units} that are
 * applied or held back together, so that a held-back change never leaves the model invalid.
 */
final class Merger {
  final OperatingModel base;
  final OperatingModel ours;
  final OperatingModel theirs;
  final ModelDiff oursDiff;
  final ModelDiff theirsDiff;
  final List<Entry> entries = new ArrayList<>();
  final List<Draft> drafts = new ArrayList<>();
  private final SideIndex oursIndex;
  private final SideIndex theirsIndex;

  /** One change of one side. */
  static final class Entry {
    final Side side;
    final Change change;
    final int order;
    Unit unit;

    /** The change of the other side that makes this one moot when applied. */
    @Nullable Entry shadow;

    /** A value given to resolve a conflict, not a change of either side. */
    boolean given;

    Entry(Side side, Change change, int order) {
      this.side = side;
      this.change = change;
      this.order = order;
      this.unit = new Unit(this);
    }
  }

  /** Changes applied or held back together: one change, or the same change made by both sides. */
  static final class Unit {
    final List<Entry> members = new ArrayList<>(2);
    final Set<Unit> requiredBy = new LinkedHashSet<>();

    Unit(Entry entry) {
      members.add(entry);
    }
  }

  /** A conflict as found: what the public {@link Conflict} says, and its direct changes. */
  static final class Draft {
    final Conflict.Kind kind;
    final Locator place;
    final MetaField<?> field;
    final @Nullable String entry;
    final @Nullable Object base;
    final @Nullable Object ours;
    final @Nullable Object theirs;
    final @Nullable Side removedBy;
    final String pointer;
    final String detail;
    final List<Entry> direct;

    Draft(
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
        List<Entry> direct) {
      this.kind = kind;
      this.place = place;
      this.field = field;
      this.entry = entry;
      this.base = base;
      this.ours = ours;
      this.theirs = theirs;
      this.removedBy = removedBy;
      this.pointer = pointer;
      this.detail = detail;
      this.direct = direct;
    }

    /** The public conflict: its direct changes, then every change that needs one of them. */
    Conflict conflict() {
      Set<Unit> reached = new LinkedHashSet<>();
      ArrayDeque<Unit> queue = new ArrayDeque<>();
      for (Entry entry : direct) {
        if (reached.add(entry.unit)) {
          queue.add(entry.unit);
        }
      }
      while (!queue.isEmpty()) {
        for (Unit next : queue.remove().requiredBy) {
          if (reached.add(next)) {
            queue.add(next);
          }
        }
      }
      Set<Entry> all = new LinkedHashSet<>(direct);
      List<Entry> dependents = new ArrayList<>();
      reached.forEach(unit -> dependents.addAll(unit.members));
      dependents.sort((a, b) -> Integer.compare(a.order, b.order));
      all.addAll(dependents);
      ImmutableList.Builder<Change> oursChanges = ImmutableList.builder();
      ImmutableList.Builder<Change> theirsChanges = ImmutableList.builder();
      for (Entry entry : all) {
        (entry.side == Side.OURS ? oursChanges : theirsChanges).add(entry.change);
      }
      return new Conflict(
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
          oursChanges.build(),
          theirsChanges.build());
    }
  }

  /** What identifies the target of an edit, or the item an add, remove or move is about. */
  private record Subject(Object owner, @Nullable Object field, @Nullable Object key) {}

  private static Subject subject(Change change) {
    if (change instanceof Change.Edit edit) {
      return new Subject(edit.owner(), edit.field(), edit.entry());
    }
    Key key = key(change);
    if (Values.holdsElements(change.field())) {
      return new Subject(key.values().get(0), null, null);
    }
    Locator owner = change instanceof Change.Move move ? move.from().owner() : change.owner();
    return new Subject(owner, change.field(), key);
  }

  static Key key(Change change) {
    if (change instanceof Change.Add add) {
      return add.key();
    }
    if (change instanceof Change.Remove remove) {
      return remove.key();
    }
    if (change instanceof Change.Move move) {
      return move.key();
    }
    throw new IllegalArgumentException("an edit has no item key");
  }

  /** The locator of the item an add, remove or move is about; null for ids and texts. */
  static @Nullable Locator item(Change change) {
    if (change instanceof Change.Edit || change.field().type() != FieldType.OBJECTS) {
      return null;
    }
    Key key = key(change);
    if (Values.holdsElements(change.field())) {
      return Locator.element(change.field().itemType().orElseThrow(), (String) key.values().get(0));
    }
    Locator owner = change instanceof Change.Move move ? move.from().owner() : change.owner();
    return owner.child(change.field(), key);
  }

  /** The ids a change makes the model refer to anew. */
  static List<String> introduced(Change change) {
    List<String> ids = new ArrayList<>();
    if (change instanceof Change.Add add) {
      refs(add.field(), add.value(), ids);
    } else if (change instanceof Change.Edit edit && edit.newValue() != null) {
      refs(edit.field(), edit.newValue(), ids);
    }
    return ids;
  }

  /** The ids a change drops a reference to. */
  private static List<String> dropped(Change change) {
    List<String> ids = new ArrayList<>();
    if (change instanceof Change.Remove remove) {
      refs(remove.field(), remove.value(), ids);
    } else if (change instanceof Change.Edit edit && edit.oldValue() != null) {
      refs(edit.field(), edit.oldValue(), ids);
    }
    return ids;
  }

  private static void refs(MetaField<?> field, Object value, List<String> ids) {
    switch (field.type()) {
      case REFERENCE, REFERENCES -> ids.add((String) value);
      case OBJECT, OBJECTS -> Values.references(field.itemType().orElseThrow(), value, ids::add);
      default -> {}
    }
  }

  /** The ids of the elements an add adds or a remove removes, nested ones included. */
  private static List<String> elements(Change change, Object value) {
    List<String> ids = new ArrayList<>();
    if (Values.holdsElements(change.field())) {
      Values.elements(change.field().itemType().orElseThrow(), value, ids::add);
    }
    return ids;
  }

  /** One side's changes, indexed for the detection of conflicts and requirements. */
  private final class SideIndex {
    final List<Entry> changes = new ArrayList<>();
    final Map<Subject, Entry> edits = new HashMap<>();
    final Map<Subject, Entry> adds = new HashMap<>();
    final Map<Subject, Entry> removes = new HashMap<>();
    final Map<Subject, Entry> moves = new HashMap<>();
    final Map<String, Entry> addedIds = new HashMap<>();
    final Map<String, Entry> removedIds = new HashMap<>();
    final Map<Locator, Entry> removedNodes = new HashMap<>();
    final Map<String, List<Entry>> droppers = new HashMap<>();
    final Map<String, List<Entry>> movesOutOf = new HashMap<>();

    SideIndex(Side side, ModelDiff diff) {
      for (Change change : diff.changes()) {
        Entry entry = new Entry(side, change, entries.size());
        entries.add(entry);
        changes.add(entry);
        Subject subject = subject(change);
        if (change instanceof Change.Edit edit) {
          edits.put(subject, entry);
          if (edit.field().type() == FieldType.OBJECT && edit.newValue() == null) {
            removedNodes.put(edit.owner().child(edit.field(), Key.none()), entry);
          }
        } else if (change instanceof Change.Add add) {
          adds.put(subject, entry);
          elements(add, add.value()).forEach(id -> addedIds.put(id, entry));
        } else if (change instanceof Change.Remove remove) {
          removes.put(subject, entry);
          elements(remove, remove.value()).forEach(id -> removedIds.put(id, entry));
          Locator item = item(remove);
          if (item != null && !item.steps().isEmpty()) {
            removedNodes.put(item, entry);
          }
        } else if (change instanceof Change.Move move) {
          moves.put(subject, entry);
          String from = move.from().owner().elementId();
          if (from != null) {
            movesOutOf.computeIfAbsent(from, k -> new ArrayList<>()).add(entry);
          }
        }
        for (String id : dropped(change)) {
          droppers.computeIfAbsent(id, k -> new ArrayList<>()).add(entry);
        }
      }
    }

    /**
     * Binds each removal and the changes it needs that exist for its sake (dropping the references
     * to what it removes, moving out what lives on) both ways, so that they are applied or held
     * back together: a held-back removal never applies in part. A change the other side made too
     * stays free: it is the other side's own change as well.
     */
    void bindToRemovals() {
      for (Entry entry : changes) {
        if (entry.change instanceof Change.Remove remove) {
          for (String id : elements(remove, remove.value())) {
            List<Entry> made = new ArrayList<>(droppers.getOrDefault(id, List.of()));
            made.addAll(movesOutOf.getOrDefault(id, List.of()));
            for (Entry dependent : made) {
              if (dependent.unit != entry.unit && dependent.unit.members.size() == 1) {
                entry.unit.requiredBy.add(dependent.unit);
              }
            }
          }
        }
      }
    }

    /** The changes of this side that {@code entry} needs. */
    List<Entry> requirements(Entry entry) {
      List<Entry> needs = new ArrayList<>();
      Change change = entry.change;
      for (String id : introduced(change)) {
        needs.add(addedIds.get(id));
      }
      String owner = change.owner().elementId();
      if (owner != null) {
        needs.add(addedIds.get(owner));
      }
      if (change instanceof Change.Add add) {
        for (String id : elements(add, add.value())) {
          needs.add(removedIds.get(id)); // an id reused for another kind of element
        }
      }
      if (change instanceof Change.Remove remove) {
        for (String id : elements(remove, remove.value())) {
          needs.addAll(droppers.getOrDefault(id, List.of()));
          needs.addAll(movesOutOf.getOrDefault(id, List.of()));
        }
      }
      Placement to =
          change instanceof Change.Add add
              ? add.at()
              : change instanceof Change.Move move ? move.to() : null;
      if (to != null
          && to.field().ordered()
          && to.after() != null
          && Values.holdsElements(to.field())) {
        needs.add(addedIds.get((String) to.after().values().get(0)));
      }
      needs.removeIf(need -> need == null || need == entry);
      return needs;
    }
  }

  Merger(OperatingModel base, OperatingModel ours, OperatingModel theirs) {
    this.base = base;
    this.ours = ours;
    this.theirs = theirs;
    this.oursDiff = ModelDiff.between(base, ours);
    this.theirsDiff = ModelDiff.between(base, theirs);
    this.oursIndex = new SideIndex(Side.OURS, oursDiff);
    this.theirsIndex = new SideIndex(Side.THEIRS, theirsDiff);
    Map<Entry, List<Entry>> needs = new HashMap<>();
    for (SideIndex index : List.of(oursIndex, theirsIndex)) {
      index.changes.forEach(entry -> needs.put(entry, index.requirements(entry)));
    }
    pairs();
    for (Map.Entry<Entry, List<Entry>> need : needs.entrySet()) {
      Unit unit = need.getKey().unit;
      for (Entry required : need.getValue()) {
        if (required.unit != unit) {
          required.unit.requiredBy.add(unit);
        }
      }
    }
    oursIndex.bindToRemovals();
    theirsIndex.bindToRemovals();
    for (SideIndex remover : List.of(oursIndex, theirsIndex)) {
      SideIndex changer = remover == oursIndex ? theirsIndex : oursIndex;
      new Detector(this)
          .removals(
              remover.removedIds,
              remover.removedNodes,
              change -> change instanceof Change.Move ? remover.removes.get(subject(change)) : null,
              changer.changes,
              remover == oursIndex ? Side.OURS : Side.THEIRS);
    }
  }

  /** The changes both sides made to one thing: alike (one unit) or a conflict. */
  private void pairs() {
    Detector detector = new Detector(this);
    for (Entry mine : oursIndex.changes) {
      Change change = mine.change;
      Subject subject = subject(change);
      Entry other =
          (change instanceof Change.Edit
                  ? theirsIndex.edits
                  : change instanceof Change.Add
                      ? theirsIndex.adds
                      : change instanceof Change.Remove ? theirsIndex.removes : theirsIndex.moves)
              .get(subject);
      if (other == null) {
        continue;
      }
      if (alike(change, other.change)) {
        join(mine, other);
      } else {
        detector.pair(mine, other);
      }
    }
    // an id both sides add, nested in different adds (a stage in a new chain, a process)
    Set<List<Entry>> pairs = new HashSet<>();
    for (Entry mine : oursIndex.changes) {
      if (mine.change instanceof Change.Add add) {
        for (String id : elements(add, add.value())) {
          Entry other = theirsIndex.addedIds.get(id);
          if (other != null
              && other.unit != mine.unit
              && !subject(mine.change).equals(subject(other.change))
              && pairs.add(List.of(mine, other))) {
            detector.bothAdded(mine, other, id);
          }
        }
      }
    }
  }

  private static boolean alike(Change mine, Change other) {
    if (mine instanceof Change.Edit a && other instanceof Change.Edit b) {
      return Objects.equals(a.newValue(), b.newValue());
    }
    if (mine instanceof Change.Add a && other instanceof Change.Add b) {
      // in a list whose order carries meaning, the place is part of the change
      return a.value().equals(b.value())
          && a.at().owner().equals(b.at().owner())
          && a.field() == b.field()
          && (!a.field().ordered() || Objects.equals(a.at().after(), b.at().after()));
    }
    if (mine instanceof Change.Move a && other instanceof Change.Move b) {
      return a.to().owner().equals(b.to().owner())
          && Objects.equals(a.to().after(), b.to().after());
    }
    return mine instanceof Change.Remove && other instanceof Change.Remove;
  }

  private static void join(Entry mine, Entry other) {
    Unit unit = mine.unit;
    unit.members.add(other);
    other.unit = unit;
  }

  /** Adds a conflict found after the analysis (an invariant two sides break together). */
  void add(Draft draft) {
    drafts.add(draft);
  }
}
