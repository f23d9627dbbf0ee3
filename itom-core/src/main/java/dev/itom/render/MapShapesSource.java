package dev.itom.render;

import com.google.common.collect.ImmutableList;
import dev.itom.model.Alignment;
import dev.itom.model.OperatingModel;
import dev.itom.render.internal.MapShapes;
import java.util.IdentityHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Hands the map layout to {@link MapShapes}, for exporters outside this package that draw the map
 * in another format: the same layout the SVG map is painted from, read, never recomputed.
 */
final class MapShapesSource {
  static {
    MapShapes.provide(MapShapesSource::shapes);
  }

  private MapShapesSource() {}

  static MapShapes shapes(OperatingModel model) {
    MapLayout layout = MapLayout.of(model);
    ImmutableList.Builder<MapShapes.Band> bands = ImmutableList.builder();
    for (BandLayout band : layout.bands()) {
      ImmutableList.Builder<MapShapes.Placed> bars = ImmutableList.builder();
      for (ProcessBar bar : band.bars()) {
        bars.add(new MapShapes.Placed(bar.process().id(), bounds(bar.bar())));
      }
      bands.add(
          new MapShapes.Band(Palette.label(band.category()), bounds(band.box()), bars.build()));
    }
    ImmutableList.Builder<MapShapes.Row> rows = ImmutableList.builder();
    for (RowLayout row : layout.rows()) {
      ImmutableList.Builder<MapShapes.Placed> stages = ImmutableList.builder();
      for (StageLayout stage : row.stages()) {
        stages.add(new MapShapes.Placed(stage.stage().id(), bounds(stage.box())));
      }
      OutcomeLayout outcome = row.outcome();
      double x = outcome.block().get(0).x();
      MapShapes.Bounds block =
          new MapShapes.Bounds(x, row.top(), MapLayout.OUTCOME_WIDTH, row.height());
      rows.add(
          new MapShapes.Row(
              row.chain().id(),
              bounds(row.background()),
              stages.build(),
              outcome.title().text(),
              block,
              kpis(outcome, x)));
    }
    IdentityHashMap<Alignment, Integer> index = new IdentityHashMap<>();
    for (int i = 0; i < model.alignments().size(); i++) {
      index.put(model.alignments().get(i), i);
    }
    ImmutableList.Builder<MapShapes.Route> routes = ImmutableList.builder();
    for (AlignmentLayout arrow : layout.alignments()) {
      Integer i = index.get(arrow.alignment());
      if (i != null) {
        ImmutableList.Builder<MapShapes.Point> points = ImmutableList.builder();
        for (Point p : arrow.path()) {
          points.add(new MapShapes.Point(p.x(), p.y()));
        }
        routes.add(new MapShapes.Route(i, points.build()));
      }
    }
    return new MapShapes(
        layout.width(),
        layout.height(),
        MapLayout.title(model),
        bands.build(),
        rows.build(),
        routes.build());
  }

  /** Each listed KPI from its first line down to its last continuation line. */
  private static ImmutableList<MapShapes.Placed> kpis(OutcomeLayout outcome, double x) {
    ImmutableList.Builder<MapShapes.Placed> kpis = ImmutableList.builder();
    @Nullable String id = null;
    double top = 0;
    double bottom = 0;
    for (OutcomeLayout.KpiLine line : outcome.kpiLines()) {
      if (line.kind() == OutcomeLayout.KpiLineKind.CONTINUATION && id != null) {
        bottom = line.line().y() + 3;
        continue;
      }
      if (id != null) {
        kpis.add(kpi(id, x, top, bottom));
      }
      id = line.kind() == OutcomeLayout.KpiLineKind.KPI ? line.kpiId() : null;
      top = line.line().y() - 11;
      bottom = line.line().y() + 3;
    }
    if (id != null) {
      kpis.add(kpi(id, x, top, bottom));
    }
    return kpis.build();
  }

  private static MapShapes.Placed kpi(String id, double x, double top, double bottom) {
    double width = MapLayout.OUTCOME_WIDTH - MapLayout.POINT - 20;
    return new MapShapes.Placed(id, new MapShapes.Bounds(x + 8, top, width, bottom - top));
  }

  private static MapShapes.Bounds bounds(Box box) {
    return new MapShapes.Bounds(box.x(), box.y(), box.width(), box.height());
  }
}
