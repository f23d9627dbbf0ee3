package dev.itom.render;

import static dev.itom.render.MapLayout.BAR_HEIGHT;
import static dev.itom.render.MapLayout.CHEVRON_WIDTH;
import static dev.itom.render.MapLayout.MARGIN;
import static dev.itom.render.MapLayout.POINT;

import com.google.common.collect.ImmutableList;
import dev.itom.model.OperatingModel;
import dev.itom.model.Stage;
import dev.itom.model.SupportProcess;
import dev.itom.model.ValueChain;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A support process in its band: the bar, its whole name and owner, and a marker under the bar for
 * each chain and stage it supports.
 *
 * <p>The bar spans the columns of what the process supports, and is made wider, to the right, where
 * its name and owner need more room on one line. Where even the rest of the band is too narrow, the
 * name wraps onto up to three lines with the owner on the lines below, and the bar grows higher;
 * only a name longer than that ends with an ellipsis.
 *
 * @param process the process
 * @param bar the bar
 * @param attached whether the process supports any stage or non-empty chain; if not, the bar sits
 *     over the outcome column and its name says "(supports nothing)"
 * @param name the lines of the name
 * @param owner the lines of the owner's name, after the name on its line or on lines below it;
 *     empty if the process has no owner
 * @param markers a strip per supported chain and a triangle per supported stage, in the order of
 *     the process's {@code supports}
 */
record ProcessBar(
    SupportProcess process,
    Box bar,
    boolean attached,
    ImmutableList<TextLine> name,
    ImmutableList<TextLine> owner,
    ImmutableList<SupportMarker> markers) {

  /** The distance from one strip to the next, room for a chain number each. */
  static final double STRIP_PITCH = 9;

  /** The width and the height of a triangle marker. */
  static final double TRIANGLE = 12;

  /** How far the markers reach below the bar. */
  double depth() {
    double bottom = bar.y() + bar.height();
    double lowest = bottom;
    for (SupportMarker marker : markers) {
      Box box = marker.bounds();
      lowest = Math.max(lowest, box.y() + box.height());
    }
    return lowest - bottom;
  }

  /**
   * Lays out a process whose supported columns span {@code x1} to {@code x2}, with the bar's top at
   * {@code y}.
   */
  static ProcessBar of(
      OperatingModel model,
      MapGrid grid,
      SupportProcess process,
      double x1,
      double x2,
      boolean attached,
      double y) {
    String name = Text.oneLine(attached ? process.name() : process.name() + " (supports nothing)");
    String owner = Text.oneLine(process.owner().flatMap(model::role).map(r -> r.name()).orElse(""));
    double room = grid.width() - MARGIN - 8 - x1 - 18;
    double nameWidth = Text.width(name, 12, true);
    double oneLine = nameWidth + (owner.isEmpty() ? 0 : 14 + Text.width(owner, 11, false));
    ImmutableList.Builder<TextLine> nameLines = ImmutableList.builder();
    ImmutableList.Builder<TextLine> ownerLines = ImmutableList.builder();
    double width;
    double height;
    double span = x2 - x1 - 18;
    boolean stacked =
        oneLine > span
            && !owner.isEmpty()
            && nameWidth <= span
            && Text.width(owner, 11, false) <= span;
    if (stacked) {
      width = x2 - x1;
      height = BAR_HEIGHT + 14;
      nameLines.add(new TextLine(name, x1 + 9, y + 17));
      ownerLines.add(new TextLine(owner, x1 + 9, y + 31));
    } else if (oneLine <= room) {
      width = Math.max(x2 - x1, oneLine + 18);
      height = BAR_HEIGHT;
      nameLines.add(new TextLine(name, x1 + 9, y + 17));
      if (!owner.isEmpty()) {
        ownerLines.add(new TextLine(owner, x1 + 9 + nameWidth + 14, y + 17));
      }
    } else {
      double widest = 0;
      double baseline = y + 17;
      for (String line : Text.wrap(name, room, 12, true, 3).lines) {
        widest = Math.max(widest, Text.width(line, 12, true));
        nameLines.add(new TextLine(line, x1 + 9, baseline));
        baseline += 15;
      }
      baseline -= 15;
      if (!owner.isEmpty()) {
        for (String line : Text.wrap(owner, room, 11, false, 2).lines) {
          baseline += 14;
          widest = Math.max(widest, Text.width(line, 11, false));
          ownerLines.add(new TextLine(line, x1 + 9, baseline));
        }
      }
      width = Math.max(x2 - x1, widest + 18);
      height = baseline - y + 9;
    }
    Box bar = new Box(x1, y, width, height);
    return new ProcessBar(
        process,
        bar,
        attached,
        nameLines.build(),
        ownerLines.build(),
        markers(grid, process, y + height));
  }

  /**
   * The markers below a bar whose bottom is at {@code base}: strips stacked {@link #STRIP_PITCH}
   * apart in row order, each with its chain's number before it, then the triangles below the last
   * strip; the triangles of one column stand side by side, in row order, each with its chain's
   * number.
   */
  private static ImmutableList<SupportMarker> markers(
      MapGrid grid, SupportProcess process, double base) {
    List<Integer> stripRows = new ArrayList<>();
    Map<Integer, List<MapGrid.Cell>> byColumn = new TreeMap<>();
    for (String id : process.supports()) {
      Integer row = grid.rowOf(id);
      if (row != null && !grid.rows().get(row).stages().isEmpty() && !stripRows.contains(row)) {
        stripRows.add(row);
      }
      MapGrid.Cell cell = grid.cellOf(id);
      if (cell != null) {
        byColumn.computeIfAbsent(cell.column(), k -> new ArrayList<>()).add(cell);
      }
    }
    stripRows.sort(Comparator.naturalOrder());
    double top = base + STRIP_PITCH * stripRows.size() + (stripRows.isEmpty() ? 0 : 1);
    ImmutableList.Builder<SupportMarker> markers = ImmutableList.builder();
    for (String id : process.supports()) {
      Integer row = grid.rowOf(id);
      if (row != null && !grid.rows().get(row).stages().isEmpty()) {
        ValueChain chain = grid.rows().get(row);
        double x = grid.columnX(0) + POINT / 2;
        double y = base + 2 + STRIP_PITCH * stripRows.indexOf(row);
        double end = grid.columnX(chain.stages().size() - 1) + CHEVRON_WIDTH - POINT / 2;
        Box strip = new Box(x, y, end - x, 4);
        markers.add(
            new SupportMarker.Strip(id, chain, strip, new TextLine(number(row), x - 3, y + 5.6)));
      }
      MapGrid.Cell cell = grid.cellOf(id);
      if (cell != null) {
        ValueChain chain = grid.rows().get(cell.row());
        Stage stage = chain.stages().get(cell.column());
        double cx = triangleX(grid, cell, byColumn.get(cell.column()));
        ImmutableList<Point> corners =
            ImmutableList.of(
                new Point(cx - TRIANGLE / 2, top),
                new Point(cx + TRIANGLE / 2, top),
                new Point(cx, top + 8));
        markers.add(
            new SupportMarker.Triangle(
                id,
                chain,
                stage,
                corners,
                new TextLine(number(cell.row()), cx + TRIANGLE / 2 + 1.5, top + 8)));
      }
    }
    return markers.build();
  }

  /**
   * The middle of a stage's triangle: the middle of its column, or, where the process supports
   * stages of several rows in that column, one of a row of triangles centred on it, in row order,
   * spaced so that each one's number stands clear of the next triangle.
   */
  private static double triangleX(
      MapGrid grid, MapGrid.Cell cell, @Nullable List<MapGrid.Cell> column) {
    double middle = grid.columnX(cell.column()) + CHEVRON_WIDTH / 2;
    if (column == null || column.size() < 2) {
      return middle;
    }
    List<Integer> rows = new ArrayList<>();
    for (MapGrid.Cell other : column) {
      if (!rows.contains(other.row())) {
        rows.add(other.row());
      }
    }
    rows.sort(Comparator.naturalOrder());
    double widest = Text.width(number(rows.get(rows.size() - 1)), SupportMarker.NUMBER_SIZE, true);
    double room = CHEVRON_WIDTH - 2 * POINT - TRIANGLE;
    double step = Math.min(TRIANGLE + widest + 6, room / Math.max(1, rows.size() - 1));
    return middle + (rows.indexOf(cell.row()) - (rows.size() - 1) / 2.0) * step;
  }

  /** The number of the chain in {@code row}: its row, counted from 1. */
  static String number(int row) {
    return Integer.toString(row + 1);
  }
}
