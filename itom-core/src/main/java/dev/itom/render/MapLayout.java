package dev.itom.render;

import com.google.common.collect.ImmutableList;
import dev.itom.model.Alignment;
import dev.itom.model.Kpi;
import dev.itom.model.OperatingModel;
import dev.itom.model.ProcessCategory;
import dev.itom.model.ValueChainKind;
import java.util.List;

/**
 * The geometry of a model's value-chain map, as numbers: where the title, each band with its
 * process bars and markers, each chain row with its stages and outcome block, each alignment with
 * its label and the legend go, and what text each line holds once wrapped to fit. Nothing here
 * writes SVG; {@link MapPainter} draws a layout.
 *
 * <p>From top to bottom: the title and description; one band per process category (governing,
 * enabling, supporting); the chain rows, each below a gutter that holds the arrows' tracks, as high
 * as they need ({@link AlignmentRoutes}); the legend, which lists the arrows that are labelled with
 * a number. The columns are shared by all rows ({@link MapGrid}); nothing is placed by hand.
 *
 * @param width the width of the map
 * @param height the height of the map
 * @param title the lines of the title: the model's name and version
 * @param description the lines of the model's description, if it has one
 * @param bands one band per process category, top to bottom
 * @param rows one row per chain, top to bottom
 * @param alignments one arrow per alignment between two stages, in model order, each labelled
 * @param legend the legend below the rows
 */
record MapLayout(
    double width,
    double height,
    ImmutableList<TextLine> title,
    ImmutableList<TextLine> description,
    ImmutableList<BandLayout> bands,
    ImmutableList<RowLayout> rows,
    ImmutableList<AlignmentLayout> alignments,
    LegendLayout legend) {
  /** The space around the map's content. */
  static final double MARGIN = 24;

  /** The width of the row labels (chain names) and band labels, left of the first column. */
  static final double LABEL_WIDTH = 172;

  /** The width of a stage's chevron. */
  static final double CHEVRON_WIDTH = 184;

  /** The space between two chevrons of a row. */
  static final double CHEVRON_GAP = 6;

  /** How far a chevron's point (and notch) reaches. */
  static final double POINT = 16;

  /** The distance from one column to the next. */
  static final double STEP = CHEVRON_WIDTH + CHEVRON_GAP;

  /** The width of the block that closes each row. */
  static final double OUTCOME_WIDTH = 268;

  /** The least height of a chain row. */
  static final double MIN_ROW_HEIGHT = 88;

  /** The least height of the space above each row, where the arrows run. */
  static final double GUTTER = 64;

  /** The height of a process bar. */
  static final double BAR_HEIGHT = 26;

  /** The least width of the map. */
  static final double MIN_WIDTH = 980;

  /** The most lines of KPIs an outcome block lists. */
  static final int MAX_KPI_LINES = 6;

  /** Computes the layout of a model's map. */
  static MapLayout of(OperatingModel model) {
    MapGrid grid = MapGrid.of(model);
    double width = grid.width();
    Text.Wrapped title = Text.wrap(title(model), width - 2 * MARGIN, 22, true, 2);
    Text.Wrapped description =
        Text.wrap(model.description().orElse(""), width - 2 * MARGIN, 13, false, 2);
    double y = MARGIN + title.lines.size() * 28 + description.lines.size() * 18 + 12;

    ImmutableList.Builder<BandLayout> bands = ImmutableList.builder();
    for (ProcessCategory category : ProcessCategory.values()) {
      BandLayout band = BandLayout.of(model, grid, category, y);
      bands.add(band);
      y += band.box().height() + 6;
    }

    AlignmentRoutes routes = AlignmentRoutes.plan(model, grid);
    List<ImmutableList<Kpi>> kpis = OutcomeLayout.kpisByRow(model, grid);
    String catalog =
        model.valueChains(ValueChainKind.ORDER_TO_CASH).isEmpty()
            ? ""
            : CatalogGlance.of(model).orElse("");
    ImmutableList.Builder<RowLayout> rowsBuilder = ImmutableList.builder();
    for (int r = 0; r < grid.rows().size(); r++) {
      y += routes.gutterHeight(r);
      RowLayout row = RowLayout.of(model, grid, grid.rows().get(r), r + 1, y, kpis.get(r), catalog);
      rowsBuilder.add(row);
      y += row.height();
    }
    ImmutableList<RowLayout> rows = rowsBuilder.build();
    ImmutableList<AlignmentLayout> alignments = AlignmentLayout.of(routes, rows);
    y += rows.isEmpty() ? 24 : GUTTER * 0.6;
    LegendLayout legend = LegendLayout.of(y, width, notes(model, alignments));

    return new MapLayout(
        width,
        y + legend.height() + MARGIN,
        titleLines(title),
        descriptionLines(title, description),
        bands.build(),
        rows,
        alignments,
        legend);
  }

  /** What the legend says of each arrow whose label is its number: its kind and its stages. */
  private static ImmutableList<String> notes(
      OperatingModel model, List<AlignmentLayout> alignments) {
    ImmutableList.Builder<String> notes = ImmutableList.builder();
    for (AlignmentLayout arrow : alignments) {
      if (arrow.label().number() > 0) {
        Alignment a = arrow.alignment();
        notes.add(
            a.kind().code()
                + ": "
                + model.stage(a.from()).map(s -> s.name()).orElse(a.from())
                + " \u2192 "
                + model.stage(a.to()).map(s -> s.name()).orElse(a.to()));
      }
    }
    return notes.build();
  }

  /** The model's name, and its version if it has one. */
  static String title(OperatingModel model) {
    return model.name() + model.version().map(v -> " \u00b7 version " + v).orElse("");
  }

  private static ImmutableList<TextLine> titleLines(Text.Wrapped title) {
    ImmutableList.Builder<TextLine> lines = ImmutableList.builder();
    double y = MARGIN + 22;
    for (String line : title.lines) {
      lines.add(new TextLine(line, MARGIN, y));
      y += 28;
    }
    return lines.build();
  }

  /** The description, 22 px below the last title line's baseline. */
  private static ImmutableList<TextLine> descriptionLines(
      Text.Wrapped title, Text.Wrapped description) {
    double y = MARGIN + 22 + title.lines.size() * 28 - 6;
    ImmutableList.Builder<TextLine> lines = ImmutableList.builder();
    for (String line : description.lines) {
      lines.add(new TextLine(line, MARGIN, y));
      y += 18;
    }
    return lines.build();
  }
}
