package dev.itom.render;

import static dev.itom.render.MapLayout.CHEVRON_WIDTH;
import static dev.itom.render.MapLayout.GUTTER;
import static dev.itom.render.MapLayout.POINT;

import com.google.common.collect.ImmutableList;
import dev.itom.model.Alignment;
import dev.itom.model.OperatingModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An alignment's arrow between two stages, as a cubic Bézier curve, and its label. Between two rows
 * the arrow leaves the bottom of the upper stage and enters the top of the lower one; within a row
 * it arcs above the row, higher the further apart the stages are. The ends of all arrows at one
 * side of a stage are spread along the chevron's straight edge, in model order. The label, the
 * alignment's kind, is shown only where it overlaps no other label and no stage.
 *
 * @param alignment the alignment
 * @param start where the arrow leaves the {@code from} stage
 * @param control1 the curve's first control point
 * @param control2 the curve's second control point
 * @param end where the arrow enters the {@code to} stage
 * @param label the label, or null where it would overlap a stage or another label
 */
record AlignmentLayout(
    Alignment alignment,
    Point start,
    Point control1,
    Point control2,
    Point end,
    @Nullable Label label) {

  /**
   * An arrow's label: a rounded box with the text centred in it.
   *
   * @param box the box
   * @param text the text and its anchor, the middle of its baseline
   */
  record Label(Box box, TextLine text) {}

  /** One side of a stage where arrows end: its top or its bottom edge. */
  private record Side(String stage, boolean bottom) {}

  /** Lays out the arrows of every alignment whose two stages are on the map, in model order. */
  static ImmutableList<AlignmentLayout> of(
      OperatingModel model, MapGrid grid, List<RowLayout> rows) {
    List<Alignment> alignments = model.alignments();
    // Endpoints per stage side, in model order: alignment i leaves as i and arrives as -i - 1.
    Map<Side, List<Integer>> slots = new HashMap<>();
    for (int i = 0; i < alignments.size(); i++) {
      Alignment a = alignments.get(i);
      MapGrid.Cell from = grid.cellOf(a.from());
      MapGrid.Cell to = grid.cellOf(a.to());
      if (from == null || to == null) {
        continue;
      }
      slots
          .computeIfAbsent(new Side(a.from(), from.row() < to.row()), k -> new ArrayList<>())
          .add(i);
      slots
          .computeIfAbsent(new Side(a.to(), from.row() > to.row()), k -> new ArrayList<>())
          .add(-i - 1);
    }
    List<Box> taken = new ArrayList<>();
    for (RowLayout row : rows) {
      for (StageLayout stage : row.stages()) {
        taken.add(stage.box());
      }
    }
    ImmutableList.Builder<AlignmentLayout> layouts = ImmutableList.builder();
    for (int i = 0; i < alignments.size(); i++) {
      Alignment a = alignments.get(i);
      MapGrid.Cell from = grid.cellOf(a.from());
      MapGrid.Cell to = grid.cellOf(a.to());
      if (from == null || to == null) {
        continue;
      }
      boolean fromBottom = from.row() < to.row();
      boolean toBottom = from.row() > to.row();
      RowLayout fromRow = rows.get(from.row());
      RowLayout toRow = rows.get(to.row());
      double x1 = slotX(grid, from, slot(slots, a.from(), fromBottom), i);
      double y1 = fromBottom ? fromRow.top() + fromRow.height() : fromRow.top();
      double x2 = slotX(grid, to, slot(slots, a.to(), toBottom), -i - 1);
      double y2 = toBottom ? toRow.top() + toRow.height() : toRow.top();
      Point control1;
      Point control2;
      double lx;
      double ly;
      if (from.row() == to.row()) {
        double depth = Math.min(GUTTER - 14, 20 + 7 * Math.abs(from.column() - to.column()));
        control1 = new Point(x1, y1 - depth * 4 / 3);
        control2 = new Point(x2, y2 - depth * 4 / 3);
        lx = (x1 + x2) / 2;
        ly = y1 - depth;
      } else {
        double bend = (y2 - y1) / 2;
        control1 = new Point(x1, y1 + bend);
        control2 = new Point(x2, y2 - bend);
        lx = (x1 + x2) / 2;
        ly = (y1 + y2) / 2;
      }
      layouts.add(
          new AlignmentLayout(
              a,
              new Point(x1, y1),
              control1,
              control2,
              new Point(x2, y2),
              label(a, lx, ly, taken)));
    }
    return layouts.build();
  }

  private static List<Integer> slot(Map<Side, List<Integer>> slots, String stage, boolean bottom) {
    return Objects.requireNonNull(slots.get(new Side(stage, bottom)), "slot");
  }

  /** The x of an arrow's end: the ends of one side spread evenly along the straight edge. */
  private static double slotX(MapGrid grid, MapGrid.Cell cell, List<Integer> slot, int key) {
    int index = slot.indexOf(key);
    double left = grid.columnX(cell.column()) + POINT + 10;
    double span = CHEVRON_WIDTH - 2 * POINT - 20;
    return left + span * (index + 1) / (slot.size() + 1);
  }

  /**
   * The label centred at ({@code x}, {@code y}), or null if it would overlap a box already {@code
   * taken} (stages and earlier labels); a label that is placed is taken too.
   */
  private static @Nullable Label label(Alignment a, double x, double y, List<Box> taken) {
    String text = a.kind().code();
    double w = Text.width(text, 10.5, false) + 10;
    Box box = new Box(x - w / 2, y - 9, w, 16);
    for (Box other : taken) {
      if (box.overlaps(other)) {
        return null;
      }
    }
    taken.add(box);
    return new Label(box, new TextLine(text, x, y + 3));
  }
}
