package dev.itom.render;

import static dev.itom.render.MapLayout.CHEVRON_GAP;
import static dev.itom.render.MapLayout.CHEVRON_WIDTH;
import static dev.itom.render.MapLayout.GUTTER;
import static dev.itom.render.MapLayout.POINT;

import com.google.common.collect.ImmutableList;
import dev.itom.model.Alignment;
import dev.itom.model.OperatingModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where the alignments' arrows run, decided from the columns alone, before any row is placed: every
 * arrow is orthogonal and never crosses a stage it does not join.
 *
 * <p>Gutter <i>g</i> is the space above row <i>g</i>. An arrow leaves its stage's top or bottom
 * edge into a gutter, runs there along a horizontal <i>track</i> and enters the other stage from
 * the gutter next to it: within a row through the gutter above it; between adjacent rows through
 * the gutter between them; across rows in between, down or up one of the gaps between two columns
 * (or left of the first, or right of the last), the gap nearest to its two ends that no other arrow
 * takes over the same rows, with a track in the gutter at each end. The ends on the two edges that
 * face each other across a gutter in one column are spread along the chevrons' straight edges
 * together, ordered by where each arrow goes, so no two share an x. Within a gutter the runs that
 * would come near each other (or near each other's labels) get different tracks; arrows within a
 * row take the tracks nearest to it. Each gutter is as high as its tracks need.
 */
final class AlignmentRoutes {
  /** The distance from a gutter's edge to its outermost track. */
  static final double TRACK_EDGE = 22;

  /** The distance between two tracks of a gutter. */
  static final double TRACK_PITCH = 20;

  /** The least length of a track's run: room for a label. */
  static final double LABEL_ROOM = 72;

  /** The least space between two runs on one track. */
  private static final double RUN_GAP = 8;

  /**
   * One horizontal run of an arrow, in a gutter, on a track.
   *
   * @param gutter the gutter
   * @param xa where the run starts, in the arrow's direction
   * @param xb where the run ends
   * @param track the track, 0 the topmost
   */
  record Run(int gutter, double xa, double xb, int track) {}

  /**
   * The route of one alignment.
   *
   * @param alignment the alignment
   * @param from the cell of the stage it leaves
   * @param to the cell of the stage it enters
   * @param x1 the x where it leaves
   * @param x2 the x where it enters
   * @param fromGutter the gutter it leaves into
   * @param toGutter the gutter it enters from
   * @param runs its horizontal runs in path order: one, or two for an arrow across rows
   */
  record Route(
      Alignment alignment,
      MapGrid.Cell from,
      MapGrid.Cell to,
      double x1,
      double x2,
      int fromGutter,
      int toGutter,
      ImmutableList<Run> runs) {}

  /** An arrow's end at a stage edge facing a gutter, or both ends of an arrow straight down one. */
  private record End(int route, boolean from, boolean both, double towards) {}

  /** A run before its track is known. */
  private record Pending(int route, int order, int gutter, double xa, double xb, boolean arc) {
    double low() {
      double middle = (xa + xb) / 2;
      return Math.min(Math.min(xa, xb), middle - LABEL_ROOM / 2);
    }

    double high() {
      double middle = (xa + xb) / 2;
      return Math.max(Math.max(xa, xb), middle + LABEL_ROOM / 2);
    }
  }

  private final ImmutableList<Route> routes;
  private final int[] tracks;

  private AlignmentRoutes(ImmutableList<Route> routes, int[] tracks) {
    this.routes = routes;
    this.tracks = tracks;
  }

  /** The routes of every alignment whose two stages are on the map, in model order. */
  ImmutableList<Route> routes() {
    return routes;
  }

  /** The height of gutter {@code g}: at least {@link MapLayout#GUTTER}, more for many tracks. */
  double gutterHeight(int g) {
    return Math.max(GUTTER, 2 * TRACK_EDGE + (tracks[g] - 1) * TRACK_PITCH);
  }

  /** The y of a track of gutter {@code g}, whose bottom edge is at {@code bottom}. */
  double trackY(int g, int track, double bottom) {
    double middle = bottom - gutterHeight(g) / 2;
    return middle - (tracks[g] - 1) * TRACK_PITCH / 2 + track * TRACK_PITCH;
  }

  /**
   * The x of the gap left of column {@code j}; {@code j} equal to the columns is after the last.
   */
  static double gapX(MapGrid grid, int j) {
    return j < grid.columns()
        ? grid.columnX(j) - CHEVRON_GAP / 2
        : (grid.columnX(j) - CHEVRON_GAP + grid.outcomeX()) / 2;
  }

  /** Plans the routes of a model's alignments over its grid. */
  static AlignmentRoutes plan(OperatingModel model, MapGrid grid) {
    List<Alignment> alignments = new ArrayList<>();
    List<MapGrid.Cell[]> cells = new ArrayList<>();
    for (Alignment a : model.alignments()) {
      MapGrid.Cell from = grid.cellOf(a.from());
      MapGrid.Cell to = grid.cellOf(a.to());
      if (from != null && to != null) {
        alignments.add(a);
        cells.add(new MapGrid.Cell[] {from, to});
      }
    }
    int n = alignments.size();
    int[] fromGutter = new int[n];
    int[] toGutter = new int[n];
    double[] gap = new double[n];
    List<List<int[]>> takenGaps = new ArrayList<>();
    for (int j = 0; j <= grid.columns(); j++) {
      takenGaps.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      MapGrid.Cell from = cells.get(i)[0];
      MapGrid.Cell to = cells.get(i)[1];
      if (from.row() == to.row()) {
        fromGutter[i] = from.row();
        toGutter[i] = from.row();
      } else if (from.row() < to.row()) {
        fromGutter[i] = from.row() + 1;
        toGutter[i] = to.row();
      } else {
        fromGutter[i] = from.row();
        toGutter[i] = to.row() + 1;
      }
      gap[i] = Double.NaN;
      if (fromGutter[i] != toGutter[i]) {
        gap[i] = gap(grid, from, to, fromGutter[i], toGutter[i], takenGaps);
      }
    }
    double[] x1 = new double[n];
    double[] x2 = new double[n];
    spreadEnds(grid, cells, fromGutter, toGutter, gap, x1, x2);

    List<Pending> pending = new ArrayList<>();
    int[] firstPending = new int[n + 1];
    for (int i = 0; i < n; i++) {
      firstPending[i] = pending.size();
      boolean arc = cells.get(i)[0].row() == cells.get(i)[1].row();
      if (Double.isNaN(gap[i])) {
        pending.add(new Pending(i, 0, fromGutter[i], x1[i], x2[i], arc));
      } else {
        pending.add(new Pending(i, 0, fromGutter[i], x1[i], gap[i], false));
        pending.add(new Pending(i, 1, toGutter[i], gap[i], x2[i], false));
      }
    }
    firstPending[n] = pending.size();
    int[] tracks = new int[grid.rows().size()];
    Map<Pending, Integer> trackOf = assignTracks(pending, tracks);

    ImmutableList.Builder<Route> routes = ImmutableList.builder();
    for (int i = 0; i < n; i++) {
      ImmutableList.Builder<Run> runs = ImmutableList.builder();
      for (Pending p : pending.subList(firstPending[i], firstPending[i + 1])) {
        int track = Objects.requireNonNull(trackOf.get(p), "track");
        runs.add(new Run(p.gutter(), p.xa(), p.xb(), track));
      }
      routes.add(
          new Route(
              alignments.get(i),
              cells.get(i)[0],
              cells.get(i)[1],
              x1[i],
              x2[i],
              fromGutter[i],
              toGutter[i],
              runs.build()));
    }
    return new AlignmentRoutes(routes.build(), tracks);
  }

  /**
   * The gap an arrow across rows runs through: the one nearest to the middles of its two stages'
   * columns that no other arrow takes over an overlapping range of gutters; the nearest one if all
   * are taken. {@code taken} holds, per gap, the ranges of gutters of the arrows already in it.
   */
  private static double gap(
      MapGrid grid,
      MapGrid.Cell from,
      MapGrid.Cell to,
      int fromGutter,
      int toGutter,
      List<List<int[]>> taken) {
    int low = Math.min(fromGutter, toGutter);
    int high = Math.max(fromGutter, toGutter);
    double a = grid.columnX(from.column()) + CHEVRON_WIDTH / 2;
    double b = grid.columnX(to.column()) + CHEVRON_WIDTH / 2;
    int best = -1;
    int fallback = -1;
    for (int j = 0; j <= grid.columns(); j++) {
      double x = gapX(grid, j);
      double cost = Math.abs(x - a) + Math.abs(x - b);
      if (fallback < 0 || cost < cost(grid, fallback, a, b)) {
        fallback = j;
      }
      boolean free = true;
      for (int[] other : taken.get(j)) {
        if (other[0] <= high && low <= other[1]) {
          free = false;
          break;
        }
      }
      if (free && (best < 0 || cost < cost(grid, best, a, b))) {
        best = j;
      }
    }
    int chosen = best >= 0 ? best : fallback;
    taken.get(chosen).add(new int[] {low, high});
    return gapX(grid, chosen);
  }

  private static double cost(MapGrid grid, int j, double a, double b) {
    double x = gapX(grid, j);
    return Math.abs(x - a) + Math.abs(x - b);
  }

  /**
   * Spreads the ends of the arrows along the chevrons' straight edges: per gutter and column, the
   * ends on the upper stage's bottom edge and the lower stage's top edge together, ordered by the x
   * each arrow heads for, then model order. An arrow straight down between two stages of one column
   * and adjacent rows takes a single place for both its ends.
   */
  private static void spreadEnds(
      MapGrid grid,
      List<MapGrid.Cell[]> cells,
      int[] fromGutter,
      int[] toGutter,
      double[] gap,
      double[] x1,
      double[] x2) {
    Map<List<Integer>, List<End>> groups = new HashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      MapGrid.Cell from = cells.get(i)[0];
      MapGrid.Cell to = cells.get(i)[1];
      double fromMiddle = grid.columnX(from.column()) + CHEVRON_WIDTH / 2;
      double toMiddle = grid.columnX(to.column()) + CHEVRON_WIDTH / 2;
      boolean far = !Double.isNaN(gap[i]);
      if (!far && from.row() != to.row() && from.column() == to.column()) {
        groups
            .computeIfAbsent(List.of(fromGutter[i], from.column()), k -> new ArrayList<>())
            .add(new End(i, true, true, fromMiddle));
        continue;
      }
      groups
          .computeIfAbsent(List.of(fromGutter[i], from.column()), k -> new ArrayList<>())
          .add(new End(i, true, false, far ? gap[i] : toMiddle));
      groups
          .computeIfAbsent(List.of(toGutter[i], to.column()), k -> new ArrayList<>())
          .add(new End(i, false, false, far ? gap[i] : fromMiddle));
    }
    for (Map.Entry<List<Integer>, List<End>> group : groups.entrySet()) {
      List<End> ends = group.getValue();
      ends.sort(
          Comparator.comparingDouble(End::towards)
              .thenComparingInt(End::route)
              .thenComparing(End::from));
      double left = grid.columnX(group.getKey().get(1)) + POINT + 10;
      double span = CHEVRON_WIDTH - 2 * POINT - 20;
      for (int k = 0; k < ends.size(); k++) {
        End end = ends.get(k);
        double x = left + span * (k + 1) / (ends.size() + 1);
        if (end.both() || end.from()) {
          x1[end.route()] = x;
        }
        if (end.both() || !end.from()) {
          x2[end.route()] = x;
        }
      }
    }
  }

  /**
   * Gives each run a track of its gutter: runs within a row first, from the bottom track up, then
   * the others from the top down; a run takes the first track where it keeps {@link #RUN_GAP} from
   * every run there, each run counted at least {@link #LABEL_ROOM} long.
   */
  private static Map<Pending, Integer> assignTracks(List<Pending> pending, int[] tracks) {
    Map<Pending, Integer> trackOf = new HashMap<>();
    List<List<Pending>> byGutter = new ArrayList<>(tracks.length);
    for (int g = 0; g < tracks.length; g++) {
      byGutter.add(new ArrayList<>());
    }
    for (Pending p : pending) {
      byGutter.get(p.gutter()).add(p);
    }
    for (int g = 0; g < tracks.length; g++) {
      List<Lane> arcs = new ArrayList<>();
      List<Lane> others = new ArrayList<>();
      List<Pending> runs = byGutter.get(g);
      runs.sort(Comparator.comparingDouble(Pending::low).thenComparingInt(Pending::route));
      for (Pending p : runs) {
        List<Lane> lanes = p.arc() ? arcs : others;
        int t = 0;
        while (t < lanes.size() && !lanes.get(t).fits(p)) {
          t++;
        }
        if (t == lanes.size()) {
          lanes.add(new Lane());
        }
        lanes.get(t).add(p);
      }
      tracks[g] = Math.max(1, arcs.size() + others.size());
      for (int t = 0; t < others.size(); t++) {
        for (Pending p : others.get(t).runs) {
          trackOf.put(p, t);
        }
      }
      for (int t = 0; t < arcs.size(); t++) {
        for (Pending p : arcs.get(t).runs) {
          trackOf.put(p, tracks[g] - 1 - t);
        }
      }
    }
    return trackOf;
  }

  /**
   * The runs of one track, taken in the order of their {@link Pending#low}: a run keeps {@link
   * #RUN_GAP} from all of them if it starts that far beyond the end that reaches furthest, as none
   * of them starts after it.
   */
  private static final class Lane {
    final List<Pending> runs = new ArrayList<>();
    private double reach = Double.NEGATIVE_INFINITY;

    boolean fits(Pending run) {
      return !(run.low() < reach);
    }

    void add(Pending run) {
      runs.add(run);
      reach = Math.max(reach, run.high() + RUN_GAP);
    }
  }
}
