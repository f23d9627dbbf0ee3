package dev.itom.render;

import static dev.itom.render.MapLayout.BAR_HEIGHT;
import static dev.itom.render.MapLayout.CHEVRON_WIDTH;
import static dev.itom.render.MapLayout.POINT;

import com.google.common.collect.ImmutableList;
import dev.itom.model.OperatingModel;
import dev.itom.model.Stage;
import dev.itom.model.SupportProcess;
import dev.itom.model.ValueChain;
import org.jspecify.annotations.Nullable;

/**
 * A support process in its band: the bar, its name (shortened to fit), its owner where the bar has
 * room for both, and a marker under the bar for each chain and stage it supports.
 *
 * @param process the process
 * @param bar the bar
 * @param attached whether the process supports any stage or non-empty chain; if not, the bar sits
 *     over the outcome column and its name says "(supports nothing)"
 * @param name the name line, shortened with an ellipsis if the bar is too narrow
 * @param owner the owner's name after the process name, or null if there is no room or no owner
 * @param markers a strip per supported chain and a triangle per supported stage, in the order of
 *     the process's {@code supports}
 */
record ProcessBar(
    SupportProcess process,
    Box bar,
    boolean attached,
    TextLine name,
    @Nullable TextLine owner,
    ImmutableList<SupportMarker> markers) {

  /** Lays out a process whose bar spans {@code x1} to {@code x2} with its top at {@code y}. */
  static ProcessBar of(
      OperatingModel model,
      MapGrid grid,
      SupportProcess process,
      double x1,
      double x2,
      boolean attached,
      double y) {
    double w = x2 - x1;
    Box bar = new Box(x1, y, w, BAR_HEIGHT);
    String name = attached ? process.name() : process.name() + " (supports nothing)";
    String shown = Text.fit(name, w - 18, 12, true);
    TextLine nameLine = new TextLine(shown, x1 + 9, y + 17);
    TextLine ownerLine = null;
    // The owner follows the name where the bar has room for all of it.
    if (process.owner().isPresent() && shown.equals(Text.oneLine(name))) {
      String owner = process.owner().flatMap(model::role).map(r -> r.name()).orElse("");
      double used = Text.width(shown, 12, true) + 14;
      if (!owner.isEmpty() && used + Text.width(Text.oneLine(owner), 11, false) <= w - 18) {
        ownerLine = new TextLine(Text.oneLine(owner), x1 + 9 + used, y + 17);
      }
    }
    return new ProcessBar(
        process, bar, attached, nameLine, ownerLine, markers(grid, process, y + BAR_HEIGHT));
  }

  /**
   * The markers below a bar whose bottom is at {@code base}: strips stacked 5 px apart, then the
   * triangles below the last strip.
   */
  private static ImmutableList<SupportMarker> markers(
      MapGrid grid, SupportProcess process, double base) {
    int chains = 0;
    for (String id : process.supports()) {
      Integer row = grid.rowOf(id);
      if (row != null && !grid.rows().get(row).stages().isEmpty()) {
        chains++;
      }
    }
    double tip = base + 5 * chains;
    int strips = 0;
    ImmutableList.Builder<SupportMarker> markers = ImmutableList.builder();
    for (String id : process.supports()) {
      Integer row = grid.rowOf(id);
      if (row != null && !grid.rows().get(row).stages().isEmpty()) {
        ValueChain chain = grid.rows().get(row);
        Box strip =
            new Box(
                grid.columnX(0) + POINT / 2,
                base + 1 + 5 * strips++,
                grid.columnX(chain.stages().size() - 1) + CHEVRON_WIDTH - POINT - grid.columnX(0),
                4);
        markers.add(new SupportMarker.Strip(id, chain, strip));
      }
      MapGrid.Cell cell = grid.cellOf(id);
      if (cell != null) {
        ValueChain chain = grid.rows().get(cell.row());
        Stage stage = chain.stages().get(cell.column());
        double cx = grid.columnX(cell.column()) + CHEVRON_WIDTH / 2;
        ImmutableList<Point> corners =
            ImmutableList.of(
                new Point(cx - 6, tip), new Point(cx + 6, tip), new Point(cx, tip + 8));
        markers.add(new SupportMarker.Triangle(id, chain, stage, corners));
      }
    }
    return markers.build();
  }
}
