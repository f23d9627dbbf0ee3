package dev.itom.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Things of the map bucketed by the cells of a uniform grid that their bounding rectangles meet, so
 * that the question "does anything near this rectangle ...?" looks at the things in the cells the
 * rectangle meets, not at all of them. Only cells that hold something exist.
 *
 * <p>A thing that meets a rectangle (even only touching it) shares a cell with it, so a query that
 * tests every thing of the rectangle's cells answers as a test of every thing would.
 *
 * @param <T> what is bucketed
 */
final class SpatialGrid<T> {
  private static final double LIMIT = 1 << 30;

  private final double cellWidth;
  private final double cellHeight;
  private final Map<Long, List<T>> cells = new HashMap<>();

  /** An empty grid of cells {@code cellWidth} by {@code cellHeight}. */
  SpatialGrid(double cellWidth, double cellHeight) {
    this.cellWidth = cellWidth;
    this.cellHeight = cellHeight;
  }

  /** Adds a thing whose bounding rectangle spans {@code left} to {@code right}, top to bottom. */
  void add(double left, double top, double right, double bottom, T thing) {
    int c2 = cell(right, cellWidth);
    int r2 = cell(bottom, cellHeight);
    for (int c = cell(left, cellWidth); c <= c2; c++) {
      for (int r = cell(top, cellHeight); r <= r2; r++) {
        cells.computeIfAbsent(key(c, r), k -> new ArrayList<>(4)).add(thing);
      }
    }
  }

  /** Adds a box. */
  void add(Box box, T thing) {
    add(box.x(), box.y(), box.x() + box.width(), box.y() + box.height(), thing);
  }

  /**
   * Whether a thing in a cell that the rectangle meets passes the test; a thing in several of those
   * cells may be tested more than once.
   */
  boolean any(double left, double top, double right, double bottom, Predicate<? super T> test) {
    int c2 = cell(right, cellWidth);
    int r2 = cell(bottom, cellHeight);
    for (int c = cell(left, cellWidth); c <= c2; c++) {
      for (int r = cell(top, cellHeight); r <= r2; r++) {
        List<T> things = cells.get(key(c, r));
        if (things == null) {
          continue;
        }
        for (int i = 0; i < things.size(); i++) {
          if (test.test(things.get(i))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether a thing in a cell that a box, grown by {@code pad} on every side, meets passes. */
  boolean any(Box box, double pad, Predicate<? super T> test) {
    return any(
        box.x() - pad,
        box.y() - pad,
        box.x() + box.width() + pad,
        box.y() + box.height() + pad,
        test);
  }

  /** The cell of a coordinate, kept far from int overflow so that loops over cells end. */
  private static int cell(double v, double size) {
    return (int) Math.max(-LIMIT, Math.min(LIMIT, Math.floor(v / size)));
  }

  private static long key(int column, int row) {
    return ((long) column << 32) | (row & 0xffffffffL);
  }
}
