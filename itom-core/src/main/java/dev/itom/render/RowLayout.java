package dev.itom.render;

import static dev.itom.render.MapLayout.CHEVRON_GAP;
import static dev.itom.render.MapLayout.CHEVRON_WIDTH;
import static dev.itom.render.MapLayout.LABEL_WIDTH;
import static dev.itom.render.MapLayout.MARGIN;
import static dev.itom.render.MapLayout.MIN_ROW_HEIGHT;

import com.google.common.collect.ImmutableList;
import dev.itom.model.Kpi;
import dev.itom.model.OperatingModel;
import dev.itom.model.ValueChain;
import dev.itom.model.ValueChainKind;
import org.jspecify.annotations.Nullable;

/**
 * One value chain's row: a background with the chain's name and kind at its left, a chevron per
 * stage in the grid's columns, and the outcome block at the right. The row is as high as its
 * outcome block's KPI list needs, and never lower than {@link MapLayout#MIN_ROW_HEIGHT}.
 *
 * @param chain the chain
 * @param top the top of the chevrons
 * @param height the height of the chevrons and the outcome block
 * @param background the row's background, 8 px beyond the chevrons above and below
 * @param accent the coloured edge at the left of the background
 * @param name the lines of the chain's name
 * @param kind the lines saying which kind of chain it is, below the name
 * @param badge the chain's number on the coloured edge, repeated by the support markers
 * @param track the faint line from the last stage to the outcome block, or null where they are
 *     adjacent or the chain has no stage
 * @param stages one chevron per stage, left to right
 * @param outcome the block that closes the row
 */
record RowLayout(
    ValueChain chain,
    double top,
    double height,
    Box background,
    Box accent,
    ImmutableList<TextLine> name,
    ImmutableList<TextLine> kind,
    Badge badge,
    @Nullable Line track,
    ImmutableList<StageLayout> stages,
    OutcomeLayout outcome) {

  /**
   * Lays out the row of {@code chain} with its chevrons' top at {@code top}: its outcome block
   * lists {@code kpis}, those that measure the chain or one of its stages in model order, after
   * {@code catalog}, the service catalog at a glance, on an Order-to-Cash chain.
   */
  static RowLayout of(
      OperatingModel model,
      MapGrid grid,
      ValueChain chain,
      int number,
      double top,
      ImmutableList<Kpi> kpis,
      String catalog) {
    ImmutableList<OutcomeLayout.KpiText> kpiTexts =
        OutcomeLayout.kpiTexts(kpis, chain.kind() == ValueChainKind.ORDER_TO_CASH ? catalog : "");
    int kpiLines = Math.max(1, kpiTexts.size() + (kpis.isEmpty() ? 1 : 0));
    double h = Math.max(MIN_ROW_HEIGHT, 34 + kpiLines * 14 + 10);
    double width = grid.width();
    Box background = new Box(MARGIN, top - 8, width - 2 * MARGIN, h + 16);
    Box accent = new Box(MARGIN, top - 8, 5, h + 16);

    Text.Wrapped name = Text.wrap(chain.name(), LABEL_WIDTH - 24, 13.5, true, 3);
    String kindLabel =
        chain.kind() != ValueChainKind.CUSTOM
                && Text.oneLine(chain.name()).equalsIgnoreCase(Palette.kindName(chain.kind()))
            ? "core chain"
            : Palette.kindLabel(chain.kind());
    Text.Wrapped kind = Text.wrap(kindLabel, LABEL_WIDTH - 24, 10.5, false, 2);
    double ly = top + h / 2 - (name.lines.size() * 17 + kind.lines.size() * 13) / 2.0 + 13;
    ImmutableList.Builder<TextLine> nameLines = ImmutableList.builder();
    for (String line : name.lines) {
      nameLines.add(new TextLine(line, MARGIN + 14, ly));
      ly += 17;
    }
    ImmutableList.Builder<TextLine> kindLines = ImmutableList.builder();
    for (String line : kind.lines) {
      kindLines.add(new TextLine(line, MARGIN + 14, ly + 1));
      ly += 13;
    }

    Line track = null;
    if (!chain.stages().isEmpty()) {
      // A faint track from the last stage to the outcome, so a short chain still closes on it.
      double lastEnd = grid.columnX(chain.stages().size() - 1) + CHEVRON_WIDTH;
      if (lastEnd + CHEVRON_GAP < grid.outcomeX()) {
        track = new Line(lastEnd + 2, top + h / 2, grid.outcomeX() - 2, top + h / 2);
      }
    }
    ImmutableList.Builder<StageLayout> stages = ImmutableList.builder();
    for (int c = 0; c < chain.stages().size(); c++) {
      stages.add(StageLayout.of(model, chain.stages().get(c), grid.columnX(c), top, h));
    }
    OutcomeLayout outcome = OutcomeLayout.of(chain, kpis, kpiTexts, grid.outcomeX(), top, h);
    return new RowLayout(
        chain,
        top,
        h,
        background,
        accent,
        nameLines.build(),
        kindLines.build(),
        Badge.of(number, MARGIN + 2.5, top + h / 2),
        track,
        stages.build(),
        outcome);
  }
}
