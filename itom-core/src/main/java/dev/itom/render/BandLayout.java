package dev.itom.render;

import static dev.itom.render.MapLayout.CHEVRON_WIDTH;
import static dev.itom.render.MapLayout.LABEL_WIDTH;
import static dev.itom.render.MapLayout.LANE_HEIGHT;
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
 * into further lanes; a process that supports nothing sits over the outcome column.
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

  /** A bar's horizontal extent and lane, before it is laid out. */
  private record Span(SupportProcess process, double x1, double x2, boolean attached, int lane) {}

  /** Lays out the band of {@code category} with its top at {@code top}. */
  static BandLayout of(OperatingModel model, MapGrid grid, ProcessCategory category, double top) {
    List<Span> spans = place(grid, model.processes(category));
    int lanes = 1;
    for (Span span : spans) {
      lanes = Math.max(lanes, span.lane() + 1);
    }
    double h = lanes * LANE_HEIGHT + 10;
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
    for (Span span : spans) {
      bars.add(
          ProcessBar.of(
              model,
              grid,
              span.process(),
              span.x1(),
              span.x2(),
              span.attached(),
              top + 6 + span.lane() * LANE_HEIGHT));
    }
    return new BandLayout(category, box, label.build(), emptyNote, bars.build());
  }

  /** Places processes over the columns they support, each in the first lane where it fits. */
  private static List<Span> place(MapGrid grid, List<SupportProcess> processes) {
    List<Span> placed = new ArrayList<>();
    List<List<Span>> lanes = new ArrayList<>();
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
      int lane = 0;
      while (lane < lanes.size() && collides(lanes.get(lane), x1, x2)) {
        lane++;
      }
      if (lane == lanes.size()) {
        lanes.add(new ArrayList<>());
      }
      Span span = new Span(process, x1, x2, max >= 0, lane);
      lanes.get(lane).add(span);
      placed.add(span);
    }
    return placed;
  }

  /** Whether a bar from {@code x1} to {@code x2} comes within 6 px of a bar of the lane. */
  private static boolean collides(List<Span> lane, double x1, double x2) {
    for (Span other : lane) {
      if (x1 < other.x2() + 6 && other.x1() < x2 + 6) {
        return true;
      }
    }
    return false;
  }
}
