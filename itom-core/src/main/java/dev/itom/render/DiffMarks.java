package dev.itom.render;

import com.google.common.collect.ImmutableList;
import dev.itom.diff.Change;
import dev.itom.diff.DiffText;
import dev.itom.diff.Locator;
import dev.itom.diff.ModelDiff;
import dev.itom.model.Alignment;
import dev.itom.model.AlignmentKind;
import dev.itom.model.Kpi;
import dev.itom.model.Metamodel;
import dev.itom.model.OperatingModel;
import dev.itom.model.Stage;
import dev.itom.model.SupportProcess;
import dev.itom.model.ValueChain;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a diff shows on the map of the newer model: the marks on the elements the map draws (added,
 * changed, moved), the removed elements to draw as ghosts, and the lines of the text report about
 * everything the map does not draw. Built from the text report's {@linkplain DiffText#lines lines},
 * so the picture and the text group the changes alike.
 */
final class DiffMarks {
  /** How an element changed, each with the glyph and word that say so without colour. */
  enum Mark {
    ADDED("+", "added", "#1b7f3b"),
    CHANGED("~", "changed", "#6a3d9a"),
    MOVED("\u2194", "moved", "#3d3d3d"),
    REMOVED("\u2212", "removed", "#b3261e");

    final String glyph;
    final String word;
    final String colour;

    Mark(String glyph, String word, String colour) {
      this.glyph = glyph;
      this.word = word;
      this.colour = colour;
    }

    /** The glyph and the word, such as {@code + added}. */
    String label() {
      return glyph + " " + word;
    }

    static Mark of(Change.Kind kind) {
      return switch (kind) {
        case ADD -> ADDED;
        case CHANGE -> CHANGED;
        case MOVE -> MOVED;
        case REMOVE -> REMOVED;
      };
    }

    /** The marks of a line of the text report. */
    static EnumSet<Mark> of(DiffText.Line line) {
      EnumSet<Mark> marks = EnumSet.noneOf(Mark.class);
      for (Change.Kind kind : line.kinds()) {
        marks.add(of(kind));
      }
      return marks;
    }
  }

  /**
   * Something the map draws: a stage, chain, process or KPI by its id, an alignment by {@code from
   * to kind}, or the model (its title) by the empty id.
   */
  record Target(String kind, String id) {
    static Target of(Alignment a) {
      return new Target("alignment", a.from() + " " + a.to() + " " + a.kind().code());
    }
  }

  /** The marks of one element on the map, and the text report's line about it. */
  record Marked(EnumSet<Mark> marks, String note) {}

  /**
   * A removed element, drawn as it was.
   *
   * @param target what it was
   * @param element the stage, chain, process, KPI or alignment as the older model had it
   * @param chain for a stage, the chain it was in
   * @param note the text report's line about it
   */
  record Ghost(Target target, Object element, @Nullable ValueChain chain, String note) {}

  final Map<Target, Marked> marks = new LinkedHashMap<>();
  final List<Ghost> ghosts = new ArrayList<>();
  final List<DiffText.Line> elsewhere = new ArrayList<>();
  final int presentational;
  final int changes;

  DiffMarks(OperatingModel before, MapLayout after, ModelDiff diff) {
    Set<Target> drawn = drawn(after);
    int order = 0;
    for (DiffText.Line line : DiffText.lines(diff)) {
      if (line.presentational()) {
        order++;
        continue;
      }
      Target target = target(line.subject());
      if (line.kinds().contains(Change.Kind.REMOVE)) {
        Ghost ghost = target == null ? null : ghost(before, target, line);
        if (ghost == null) {
          elsewhere.add(line);
        } else {
          ghosts.add(ghost);
        }
        continue;
      }
      if (target == null || !drawn.contains(target)) {
        elsewhere.add(line);
        continue;
      }
      for (Mark mark : Mark.of(line)) {
        mark(target, mark, line.text());
      }
      if (target.kind().equals("chain")) {
        markNewStages(line);
      }
    }
    this.presentational = order;
    this.changes = diff.changes().size();
  }

  /** Returns the marks of a target, or null where it is unchanged. */
  @Nullable Marked of(Target target) {
    return marks.get(target);
  }

  private void mark(Target target, Mark mark, String note) {
    marks
        .computeIfAbsent(target, t -> new Marked(EnumSet.noneOf(Mark.class), note))
        .marks
        .add(mark);
  }

  /** The stages of an added chain are added with it, but for those moved into it. */
  private void markNewStages(DiffText.Line line) {
    for (Change change : line.changes()) {
      if (change instanceof Change.Add add && add.value() instanceof ValueChain chain) {
        for (Stage stage : chain.stages()) {
          mark(
              new Target("stage", stage.id()),
              Mark.ADDED,
              "stage " + stage.id() + ": added with " + line.label());
        }
      }
    }
  }

  /** What the map of a layout draws. */
  private static Set<Target> drawn(MapLayout layout) {
    Set<Target> drawn = new HashSet<>();
    drawn.add(new Target("model", ""));
    for (RowLayout row : layout.rows()) {
      drawn.add(new Target("chain", row.chain().id()));
      for (StageLayout stage : row.stages()) {
        drawn.add(new Target("stage", stage.stage().id()));
      }
      for (OutcomeLayout.KpiLine line : row.outcome().kpiLines()) {
        if (line.kind() == OutcomeLayout.KpiLineKind.KPI) {
          drawn.add(new Target("kpi", line.kpiId()));
        }
      }
    }
    for (BandLayout band : layout.bands()) {
      for (ProcessBar bar : band.bars()) {
        drawn.add(new Target("process", bar.process().id()));
      }
    }
    for (AlignmentLayout arrow : layout.alignments()) {
      drawn.add(Target.of(arrow.alignment()));
    }
    return drawn;
  }

  /** The map's target a line is about, or null for a line about something the map never draws. */
  private static @Nullable Target target(Locator subject) {
    if (subject.isModel()) {
      return new Target("model", "");
    }
    String id = subject.elementId();
    if (id != null && subject.steps().isEmpty()) {
      if (subject.elementType() == Metamodel.STAGE) {
        return new Target("stage", id);
      }
      if (subject.elementType() == Metamodel.VALUE_CHAIN) {
        return new Target("chain", id);
      }
      if (subject.elementType() == Metamodel.PROCESS) {
        return new Target("process", id);
      }
      if (subject.elementType() == Metamodel.KPI) {
        return new Target("kpi", id);
      }
      return null;
    }
    if (id == null
        && subject.steps().size() == 1
        && subject.steps().get(0).field().itemType().orElse(null) == Metamodel.ALIGNMENT) {
      ImmutableList<Object> key = subject.steps().get(0).key().values();
      Object kind = key.get(2);
      return new Target(
          "alignment",
          key.get(0)
              + " "
              + key.get(1)
              + " "
              + (kind instanceof AlignmentKind k ? k.code() : String.valueOf(kind)));
    }
    return null;
  }

  /** The ghost of a removed stage, chain, process, KPI or alignment; null for anything else. */
  private static @Nullable Ghost ghost(OperatingModel before, Target target, DiffText.Line line) {
    for (Change change : line.changes()) {
      if (!(change instanceof Change.Remove remove)) {
        continue;
      }
      Object value = remove.value();
      String note = line.text();
      if (value instanceof Stage stage) {
        ValueChain chain =
            before.valueChain(String.valueOf(remove.at().owner().elementId())).orElse(null);
        return new Ghost(target, stage, chain, note);
      }
      if (value instanceof ValueChain || value instanceof SupportProcess || value instanceof Kpi) {
        return new Ghost(target, value, null, note);
      }
      if (value instanceof Alignment alignment) {
        return new Ghost(Target.of(alignment), alignment, null, note);
      }
    }
    return null;
  }
}
