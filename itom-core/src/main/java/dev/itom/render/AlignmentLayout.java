package dev.itom.render;

import com.google.common.collect.ImmutableList;
import dev.itom.model.Alignment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An alignment's arrow between two stages, as an orthogonal path that {@link AlignmentRoutes}
 * routed around every stage it does not join, and its label.
 *
 * <p>Every arrow has a label. It names the alignment's kind and sits on one of the arrow's
 * horizontal runs, as near its middle as it can without touching a stage, another label or another
 * arrow. Where no such place exists, the label is the arrow's number instead, placed the same way
 * on any part of the arrow within a gutter, and the legend lists the numbered arrows; only where
 * even a number finds no free place does it go on another arrow's line (never on a stage or a
 * label), and as a last resort over the middle of its run.
 *
 * @param alignment the alignment
 * @param path the corners of the arrow, from the {@code from} stage's edge to the {@code to}
 *     stage's edge; every segment is horizontal or vertical
 * @param label the label
 */
record AlignmentLayout(Alignment alignment, ImmutableList<Point> path, Label label) {

  /**
   * An arrow's label: a rounded box with the text centred in it.
   *
   * @param box the box
   * @param text the text and its anchor, the middle of its baseline
   * @param number the arrow's number in the legend, or 0 where the label names the kind
   */
  record Label(Box box, TextLine text, int number) {}

  /** The height of a label's box. */
  static final double LABEL_HEIGHT = 16;

  /** The font size of a label. */
  static final double LABEL_SIZE = 10.5;

  /** Where the arrow leaves the {@code from} stage. */
  Point start() {
    return path.get(0);
  }

  /** Where the arrow enters the {@code to} stage. */
  Point end() {
    return path.get(path.size() - 1);
  }

  /** A horizontal run of a path, with its y, as a candidate place for a label. */
  private record Run(double x1, double x2, double y) {
    double length() {
      return Math.abs(x2 - x1);
    }
  }

  /** Lays out the arrows of the planned routes over the placed rows, in model order. */
  static ImmutableList<AlignmentLayout> of(AlignmentRoutes routes, List<RowLayout> rows) {
    List<ImmutableList<Point>> paths = new ArrayList<>();
    List<List<Run>> runs = new ArrayList<>();
    for (AlignmentRoutes.Route route : routes.routes()) {
      List<Point> points = new ArrayList<>();
      points.add(new Point(route.x1(), edge(rows, route.from(), route.fromGutter())));
      List<Run> own = new ArrayList<>();
      for (AlignmentRoutes.Run run : route.runs()) {
        double y = routes.trackY(run.gutter(), run.track(), rows.get(run.gutter()).top());
        points.add(new Point(run.xa(), y));
        points.add(new Point(run.xb(), y));
        own.add(new Run(run.xa(), run.xb(), y));
      }
      points.add(new Point(route.x2(), edge(rows, route.to(), route.toGutter())));
      paths.add(simplify(points));
      own.sort(Comparator.comparingDouble(Run::length).reversed());
      runs.add(own);
    }
    List<Box> stages = new ArrayList<>();
    for (RowLayout row : rows) {
      for (StageLayout stage : row.stages()) {
        stages.add(stage.box());
      }
    }
    List<double[]> gutters = new ArrayList<>();
    for (int g = 0; g < rows.size(); g++) {
      double bottom = rows.get(g).top();
      gutters.add(new double[] {bottom - routes.gutterHeight(g), bottom});
    }
    Placer placer = new Placer(paths, stages, gutters);
    ImmutableList.Builder<AlignmentLayout> layouts = ImmutableList.builder();
    for (int i = 0; i < paths.size(); i++) {
      Alignment alignment = routes.routes().get(i).alignment();
      layouts.add(
          new AlignmentLayout(alignment, paths.get(i), placer.label(i, alignment, runs.get(i))));
    }
    return layouts.build();
  }

  /** The y of a stage's edge that faces {@code gutter}: its top, or its bottom for the next one. */
  private static double edge(List<RowLayout> rows, MapGrid.Cell cell, int gutter) {
    RowLayout row = rows.get(cell.row());
    return gutter == cell.row() ? row.top() : row.top() + row.height();
  }

  /** The corners without repeated points and without points on a straight line. */
  private static ImmutableList<Point> simplify(List<Point> points) {
    List<Point> kept = new ArrayList<>();
    for (Point p : points) {
      if (!kept.isEmpty() && kept.get(kept.size() - 1).equals(p)) {
        continue;
      }
      if (kept.size() >= 2) {
        Point a = kept.get(kept.size() - 2);
        Point b = kept.get(kept.size() - 1);
        if ((a.x() == b.x() && b.x() == p.x()) || (a.y() == b.y() && b.y() == p.y())) {
          kept.set(kept.size() - 1, p);
          continue;
        }
      }
      kept.add(p);
    }
    return ImmutableList.copyOf(kept);
  }

  /** Whether a horizontal or vertical segment comes within {@code pad} of a box. */
  static boolean crosses(Point a, Point b, Box box, double pad) {
    double left = Math.min(a.x(), b.x());
    double right = Math.max(a.x(), b.x());
    double top = Math.min(a.y(), b.y());
    double bottom = Math.max(a.y(), b.y());
    return left < box.x() + box.width() + pad
        && box.x() - pad < right
        && top < box.y() + box.height() + pad
        && box.y() - pad < bottom;
  }

  /** Whether two boxes come within {@code pad} of each other. */
  static boolean near(Box a, Box b, double pad) {
    return a.x() < b.x() + b.width() + pad
        && b.x() < a.x() + a.width() + pad
        && a.y() < b.y() + b.height() + pad
        && b.y() < a.y() + a.height() + pad;
  }

  /** Places the labels one arrow after the other, each clear of what is already there. */
  private static final class Placer {
    private static final double STEP = 4;

    /** How far a label keeps from another arrow. */
    private static final double CLEARANCE = 4;

    /** The cells of the grids: a chevron column wide, a gutter high. */
    private static final double CELL_WIDTH = MapLayout.STEP;

    private static final double CELL_HEIGHT = MapLayout.GUTTER;

    /** A segment of an arrow, with the index of its arrow. */
    private record Segment(int path, Point a, Point b) {}

    private final List<ImmutableList<Point>> paths;
    private final List<double[]> gutters;
    private final SpatialGrid<Box> stages = new SpatialGrid<>(CELL_WIDTH, CELL_HEIGHT);
    private final SpatialGrid<Box> labels = new SpatialGrid<>(CELL_WIDTH, CELL_HEIGHT);
    private final SpatialGrid<Segment> segments = new SpatialGrid<>(CELL_WIDTH, CELL_HEIGHT);
    private int numbered;

    Placer(List<ImmutableList<Point>> paths, List<Box> stages, List<double[]> gutters) {
      this.paths = paths;
      this.gutters = gutters;
      for (Box stage : stages) {
        this.stages.add(stage, stage);
      }
      for (int p = 0; p < paths.size(); p++) {
        ImmutableList<Point> path = paths.get(p);
        for (int s = 0; s + 1 < path.size(); s++) {
          Point a = path.get(s);
          Point b = path.get(s + 1);
          segments.add(
              Math.min(a.x(), b.x()),
              Math.min(a.y(), b.y()),
              Math.max(a.x(), b.x()),
              Math.max(a.y(), b.y()),
              new Segment(p, a, b));
        }
      }
    }

    Label label(int index, Alignment alignment, List<Run> runs) {
      String kind = alignment.kind().code();
      Box box = onRuns(index, runs, width(kind, false), true);
      if (box != null) {
        return take(box, kind, 0);
      }
      String number = Integer.toString(numbered + 1);
      double w = width(number, true);
      box = onRuns(index, runs, w, true);
      if (box == null) {
        box = onVerticals(index, w, true);
      }
      if (box == null) {
        box = onRuns(index, runs, w, false);
      }
      if (box == null) {
        box = onVerticals(index, w, false);
      }
      if (box == null) {
        Run run = runs.get(0);
        double x = (run.x1() + run.x2()) / 2;
        box = new Box(x - w / 2, run.y() - LABEL_HEIGHT / 2, w, LABEL_HEIGHT);
      }
      numbered++;
      return take(box, number, numbered);
    }

    private Label take(Box box, String text, int number) {
      labels.add(box, box);
      TextLine line = new TextLine(text, box.x() + box.width() / 2, box.y() + 11.5);
      return new Label(box, line, number);
    }

    private static double width(String text, boolean bold) {
      return Text.width(text, LABEL_SIZE, bold) + 10;
    }

    /** The free place on a run nearest to its middle, runs tried longest first; or null. */
    private @Nullable Box onRuns(int index, List<Run> runs, double w, boolean clearOfArrows) {
      for (Run run : runs) {
        double low = Math.min(run.x1(), run.x2()) - w / 2 + 4;
        double high = Math.max(run.x1(), run.x2()) + w / 2 - 4;
        double middle = (run.x1() + run.x2()) / 2;
        for (int k = 0; middle - k * STEP >= low || middle + k * STEP <= high; k++) {
          for (double x : new double[] {middle - k * STEP, middle + k * STEP}) {
            if (x < low || x > high) {
              continue;
            }
            Box box = new Box(x - w / 2, run.y() - LABEL_HEIGHT / 2, w, LABEL_HEIGHT);
            if (free(index, box, clearOfArrows)) {
              return box;
            }
          }
        }
      }
      return null;
    }

    /** The free place on a vertical part of the arrow within a gutter, nearest its middle. */
    private @Nullable Box onVerticals(int index, double w, boolean clearOfArrows) {
      ImmutableList<Point> path = paths.get(index);
      for (int s = 0; s + 1 < path.size(); s++) {
        Point a = path.get(s);
        Point b = path.get(s + 1);
        if (a.x() != b.x()) {
          continue;
        }
        double top = Math.min(a.y(), b.y());
        double bottom = Math.max(a.y(), b.y());
        for (int g = firstGutterBelow(top);
            g < gutters.size() && gutters.get(g)[0] <= bottom;
            g++) {
          double[] gutter = gutters.get(g);
          double low = Math.max(top, gutter[0] + 12) + LABEL_HEIGHT / 2;
          double high = Math.min(bottom, gutter[1] - 12) - LABEL_HEIGHT / 2;
          double middle = (low + high) / 2;
          for (int k = 0; middle - k * STEP >= low; k++) {
            for (double y : new double[] {middle - k * STEP, middle + k * STEP}) {
              Box box = new Box(a.x() - w / 2, y - LABEL_HEIGHT / 2, w, LABEL_HEIGHT);
              if (free(index, box, clearOfArrows)) {
                return box;
              }
            }
          }
        }
      }
      return null;
    }

    /**
     * The first gutter whose bottom is at or below {@code y}: the gutters run down the map, and one
     * that ends above a vertical segment holds no place on it.
     */
    private int firstGutterBelow(double y) {
      int low = 0;
      int high = gutters.size();
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (gutters.get(mid)[1] < y) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      return low;
    }

    /**
     * Whether a label box overlaps no stage, no label and, if asked, no other arrow; only the
     * things in the grid cells near the box are looked at.
     */
    private boolean free(int index, Box box, boolean clearOfArrows) {
      if (stages.any(box, 0, box::overlaps)) {
        return false;
      }
      if (labels.any(box, 2, label -> near(label, box, 2))) {
        return false;
      }
      return !clearOfArrows
          || !segments.any(
              box, CLEARANCE, s -> s.path() != index && crosses(s.a(), s.b(), box, CLEARANCE));
    }
  }
}
