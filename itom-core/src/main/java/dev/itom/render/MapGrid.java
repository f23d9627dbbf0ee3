package dev.itom.render;

import static dev.itom.render.MapLayout.LABEL_WIDTH;
import static dev.itom.render.MapLayout.MARGIN;
import static dev.itom.render.MapLayout.MIN_WIDTH;
import static dev.itom.render.MapLayout.OUTCOME_WIDTH;
import static dev.itom.render.MapLayout.STEP;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.itom.model.OperatingModel;
import dev.itom.model.ValueChain;
import org.jspecify.annotations.Nullable;

/**
 * The columns of the map: which row each chain is and which cell each stage is in, and where each
 * column starts. Column <i>n</i> holds the <i>n</i>-th stage of every row, so rows line up; the
 * outcome column follows the longest chain.
 */
final class MapGrid {
  /** Where a stage sits: its chain's row and its column. */
  record Cell(int row, int column) {}

  private final ImmutableList<ValueChain> rows;
  private final ImmutableMap<String, Integer> rowOfChain;
  private final ImmutableMap<String, Cell> cellOfStage;
  private final int columns;

  private MapGrid(
      ImmutableList<ValueChain> rows,
      ImmutableMap<String, Integer> rowOfChain,
      ImmutableMap<String, Cell> cellOfStage,
      int columns) {
    this.rows = rows;
    this.rowOfChain = rowOfChain;
    this.cellOfStage = cellOfStage;
    this.columns = columns;
  }

  static MapGrid of(OperatingModel model) {
    ImmutableList<ValueChain> rows = ImmutableList.copyOf(ChainOrder.of(model));
    ImmutableMap.Builder<String, Integer> rowOfChain = ImmutableMap.builder();
    ImmutableMap.Builder<String, Cell> cellOfStage = ImmutableMap.builder();
    int maxStages = 0;
    for (int r = 0; r < rows.size(); r++) {
      ValueChain chain = rows.get(r);
      rowOfChain.put(chain.id(), r);
      for (int c = 0; c < chain.stages().size(); c++) {
        cellOfStage.put(chain.stages().get(c).id(), new Cell(r, c));
      }
      maxStages = Math.max(maxStages, chain.stages().size());
    }
    return new MapGrid(rows, rowOfChain.buildOrThrow(), cellOfStage.buildOrThrow(), maxStages);
  }

  /** The chains, one per row, in drawing order. */
  ImmutableList<ValueChain> rows() {
    return rows;
  }

  /** The row of a chain, or null if {@code id} names no chain. */
  @Nullable Integer rowOf(String id) {
    return rowOfChain.get(id);
  }

  /** The cell of a stage, or null if {@code id} names no stage. */
  @Nullable Cell cellOf(String id) {
    return cellOfStage.get(id);
  }

  /** The number of stage columns: the length of the longest chain. */
  int columns() {
    return columns;
  }

  /** The left edge of a stage column. */
  double columnX(int column) {
    return MARGIN + LABEL_WIDTH + column * STEP;
  }

  /** The left edge of the outcome column, after the last stage column. */
  double outcomeX() {
    return columnX(columns) + 8;
  }

  /** The width of the whole map: the columns and the outcome, never less than a minimum. */
  double width() {
    return Math.max(MIN_WIDTH, outcomeX() + OUTCOME_WIDTH + MARGIN);
  }
}
