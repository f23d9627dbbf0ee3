package dev.itom.render;

import static dev.itom.render.MapLayout.CHEVRON_WIDTH;
import static dev.itom.render.MapLayout.LABEL_WIDTH;
import static dev.itom.render.MapLayout.MARGIN;
import static dev.itom.render.MapLayout.OUTCOME_WIDTH;
import static dev.itom.render.MapLayout.POINT;

import com.google.common.collect.ImmutableList;
import dev.itom.model.OperatingModel;
import dev.itom.model.ProcessCategory;
import dev.itom.model.SupportProcess;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One band of support processes across the map: its box and label, and a bar for each process of
 * its category, placed over the columns of what the process supports. Bars that would overlap go
 * into further lanes; each lane is as high as its highest bar with its markers; a process that
 * supports nothing sits over the outcome column.
 *
 * @param category the category of the band's processes
 * @param box the band, across the map
 * @param label the lines of the band's label, at its left
 * @param emptyNote the note that the band has no process, or null if it has one
 * @param bars one bar per process, in model order
 */
record BandLayout(
    ProcessCategory category,
    Box box,
    ImmutableList<TextLine> label,
    @Nullable TextLine emptyNote,
    ImmutableList<ProcessBar> bars) {

  /** The least height of a band. */
  static final double MIN_HEIGHT = 44;

  /** The space above the first lane, below the last one and between two lanes. */
  static final double LANE_GAP = 8;

  /** A bar's supported columns, its extent once measured, and its lane. */
  private record Span(
      SupportProcess process, double x1, double x2, boolean attached, ProcessBar measured) {}

  /** Lays out the band of {@code category} with its top at {@code top}. */
  static BandLayout of(OperatingModel model, MapGrid grid, ProcessCategory category, double top) {
    List<Span> spans = spans(model, grid, model.processes(category));
    int[] laneOf = new int[spans.size()];
    List<List<Span>> lanes = lanes(spans, laneOf);
    List<Double> laneTops = new ArrayList<>();
    double y = top + LANE_GAP;
    for (List<Span> lane : lanes) {
      laneTops.add(y);
      double content = 0;
      for (Span span : lane) {
        content = Math.max(content, span.measured().bar().height() + span.measured().depth());
      }
      y += content + LANE_GAP;
    }
    double h = Math.max(MIN_HEIGHT, y - top);
    Box box = new Box(MARGIN, top, grid.width() - 2 * MARGIN, h);

    Text.Wrapped wrapped = Text.wrap(Palette.label(category), LABEL_WIDTH - 20, 12, true, 2);
    ImmutableList.Builder<TextLine> label = ImmutableList.builder();
    double ly = top + h / 2 - (wrapped.lines.size() - 1) * 7.5 + 4;
    for (String line : wrapped.lines) {
      label.add(new TextLine(line, MARGIN + 10, ly));
      ly += 15;
    }
    TextLine emptyNote =
        spans.isEmpty()
            ? new TextLine(
                "No " + category.code() + " process in this model.",
                grid.columnX(0) + 8,
                top + h / 2 + 4)
            : null;

    ImmutableList.Builder<ProcessBar> bars = ImmutableList.builder();
    for (int i = 0; i < spans.size(); i++) {
      Span span = spans.get(i);
      int lane = laneOf[i];
      bars.add(
          ProcessBar.of(
              model,
              grid,
              span.process(),
              span.x1(),
              span.x2(),
              span.attached(),
              laneTops.get(lane)));
    }
    return new BandLayout(category, box, label.build(), emptyNote, bars.build());
  }

  /** Each process's supported columns, and its bar measured there. */
  private static List<Span> spans(
      OperatingModel model, MapGrid grid, List<SupportProcess> processes) {
    List<Span> spans = new ArrayList<>();
    for (SupportProcess process : processes) {
      int min = Integer.MAX_VALUE;
      int max = -1;
      for (String id : process.supports()) {
        Integer row = grid.rowOf(id);
        if (row != null) {
          int size = grid.rows().get(row).stages().size();
          if (size > 0) {
            min = Math.min(min, 0);
            max = Math.max(max, size - 1);
          }
        }
        MapGrid.Cell cell = grid.cellOf(id);
        if (cell != null) {
          min = Math.min(min, cell.column());
          max = Math.max(max, cell.column());
        }
      }
      double x1;
      double x2;
      if (max < 0) {
        x1 = grid.outcomeX();
        x2 = grid.outcomeX() + OUTCOME_WIDTH - POINT;
      } else {
        x1 = grid.columnX(min) + POINT / 2;
        x2 = grid.columnX(max) + CHEVRON_WIDTH - POINT / 2;
      }
      ProcessBar measured = ProcessBar.of(model, grid, process, x1, x2, max >= 0, 0);
      spans.add(new Span(process, x1, x2, max >= 0, measured));
    }
    return spans;
  }

  /** Puts each bar, in model order, into the first lane where it fits; notes each one's lane. */
  private static List<List<Span>> lanes(List<Span> spans, int[] laneOf) {
    List<List<Span>> lanes = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      Span span = spans.get(i);
      int lane = 0;
      while (lane < lanes.size() && collides(lanes.get(lane), span)) {
        lane++;
      }
      if (lane == lanes.size()) {
        lanes.add(new ArrayList<>());
      }
      lanes.get(lane).add(span);
      laneOf[i] = lane;
    }
    return lanes;
  }

  /** Whether a bar comes within 6 px of a bar of the lane. */
  private static boolean collides(List<Span> lane, Span span) {
    Box bar = span.measured().bar();
    for (Span other : lane) {
      Box taken = other.measured().bar();
      if (bar.x() < taken.x() + taken.width() + 6 && taken.x() < bar.x() + bar.width() + 6) {
        return true;
      }
    }
    return false;
  }
}
