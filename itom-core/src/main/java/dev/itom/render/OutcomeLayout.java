package dev.itom.render;

import static dev.itom.render.MapLayout.MAX_KPI_LINES;
import static dev.itom.render.MapLayout.OUTCOME_WIDTH;
import static dev.itom.render.MapLayout.POINT;

import com.google.common.collect.ImmutableList;
import dev.itom.model.Kpi;
import dev.itom.model.OperatingModel;
import dev.itom.model.ValueChain;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The dark pointed block that closes a row: its title (what the chain realizes) and the KPIs that
 * measure the chain or one of its stages, each wrapped to two lines at most, up to {@link
 * MapLayout#MAX_KPI_LINES} lines, the rest counted in a last line.
 *
 * @param chain the chain the block closes
 * @param kpis the KPIs that measure the chain or one of its stages, in model order
 * @param block the corners of the block: top left, top right, the point, bottom right, bottom left
 * @param title the block's title
 * @param noKpi the note that no KPI measures the chain, or null if one does
 * @param kpiLines the lines of the KPI list, top to bottom
 */
record OutcomeLayout(
    ValueChain chain,
    ImmutableList<Kpi> kpis,
    ImmutableList<Point> block,
    TextLine title,
    @Nullable TextLine noKpi,
    ImmutableList<KpiLine> kpiLines) {

  /** What a line of the KPI list is. */
  enum KpiLineKind {
    /** The first line of a KPI. */
    KPI,
    /** A further line of a KPI that needs two. */
    CONTINUATION,
    /** The count of the KPIs that found no room. */
    MORE,
    /** A line of the service catalog at a glance, above the KPIs of an Order-to-Cash chain. */
    CATALOG
  }

  /**
   * The text of a line of the KPI list, before it is placed.
   *
   * @param kind what the line is
   * @param kpiId the KPI's id for its first line, otherwise empty
   * @param text the text
   */
  record KpiText(KpiLineKind kind, String kpiId, String text) {}

  /**
   * A placed line of the KPI list.
   *
   * @param kind what the line is
   * @param kpiId the KPI's id for its first line, otherwise empty
   * @param line the text and where it goes
   */
  record KpiLine(KpiLineKind kind, String kpiId, TextLine line) {}

  /** Lays out the block at ({@code x}, {@code y}), as high as its row. */
  static OutcomeLayout of(
      ValueChain chain,
      ImmutableList<Kpi> kpis,
      List<KpiText> kpiTexts,
      double x,
      double y,
      double h) {
    ImmutableList<Point> block =
        ImmutableList.of(
            new Point(x, y),
            new Point(x + OUTCOME_WIDTH - POINT - 6, y),
            new Point(x + OUTCOME_WIDTH, y + h / 2),
            new Point(x + OUTCOME_WIDTH - POINT - 6, y + h),
            new Point(x, y + h));
    double ty = y + 22;
    TextLine title = new TextLine(Palette.outcomeTitle(chain.kind()), x + 12, ty);
    ty += 19;
    ImmutableList.Builder<KpiLine> lines = ImmutableList.builder();
    for (KpiText text : kpiTexts) {
      lines.add(new KpiLine(text.kind(), text.kpiId(), new TextLine(text.text(), x + 12, ty)));
      ty += 14;
    }
    TextLine noKpi = kpis.isEmpty() ? new TextLine("no KPI measures this chain", x + 12, ty) : null;
    return new OutcomeLayout(chain, kpis, block, title, noKpi, lines.build());
  }

  /**
   * For each row of the grid, the KPIs that measure its chain or one of its stages, in model order:
   * the model's KPIs walked once, each added to the rows of what it measures.
   */
  static List<ImmutableList<Kpi>> kpisByRow(OperatingModel model, MapGrid grid) {
    List<List<Kpi>> rows = new ArrayList<>(grid.rows().size());
    for (int r = 0; r < grid.rows().size(); r++) {
      rows.add(new ArrayList<>());
    }
    for (Kpi kpi : model.kpis()) {
      for (String id : kpi.measures()) {
        Integer row = grid.rowOf(id);
        MapGrid.Cell cell = grid.cellOf(id);
        int r = row != null ? row : cell != null ? cell.row() : -1;
        if (r < 0) {
          continue;
        }
        List<Kpi> kpis = rows.get(r);
        if (kpis.isEmpty() || kpis.get(kpis.size() - 1) != kpi) {
          kpis.add(kpi);
        }
      }
    }
    List<ImmutableList<Kpi>> lists = new ArrayList<>(rows.size());
    for (List<Kpi> kpis : rows) {
      lists.add(ImmutableList.copyOf(kpis));
    }
    return lists;
  }

  /**
   * The lines of the KPI list: the catalog glance first (a line for each of its clauses; none when
   * {@code catalog} is empty), then each KPI wrapped to two lines at most, up to {@link
   * MapLayout#MAX_KPI_LINES} lines of KPIs, the last saying how many more KPIs there are if not all
   * fit.
   */
  static ImmutableList<KpiText> kpiTexts(List<Kpi> kpis, String catalog) {
    double inner = OUTCOME_WIDTH - POINT - 34;
    ImmutableList.Builder<KpiText> lines = ImmutableList.builder();
    if (!catalog.isEmpty()) {
      String[] clauses = catalog.split(", ", -1);
      for (int i = 0; i < clauses.length; i++) {
        String line = Text.wrap(clauses[i], inner - 12, 11, false, 1).lines.get(0);
        lines.add(new KpiText(KpiLineKind.CATALOG, "", (i == 0 ? "\u25c6 " : "   ") + line));
      }
    }
    int count = 0;
    for (int i = 0; i < kpis.size(); i++) {
      Kpi kpi = kpis.get(i);
      Text.Wrapped wrapped = Text.wrap("\u25b8 " + Text.kpiLine(kpi), inner, 11, false, 2);
      int left = kpis.size() - i;
      if (count + wrapped.lines.size() > MAX_KPI_LINES - (left > 1 ? 1 : 0)) {
        lines.add(new KpiText(KpiLineKind.MORE, "", "+ " + left + " more KPIs (see the report)"));
        break;
      }
      for (int l = 0; l < wrapped.lines.size(); l++) {
        lines.add(
            l == 0
                ? new KpiText(KpiLineKind.KPI, kpi.id(), wrapped.lines.get(l))
                : new KpiText(KpiLineKind.CONTINUATION, "", "   " + wrapped.lines.get(l)));
        count++;
      }
    }
    return lines.build();
  }
}
