package dev.itom.render;

import static dev.itom.render.MapPainter.text;

import dev.itom.model.ValueChain;
import dev.itom.model.ValueChainKind;
import java.io.IOException;

/**
 * Draws a {@link RowLayout}: the row's background with the chain's number, name and kind, the track
 * to the outcome, a chevron per stage with its name and owner, and the outcome block with its KPIs,
 * in the chain kind's colours.
 */
final class RowPainter {
  private RowPainter() {}

  static void paint(Markup m, RowLayout row, MapTooltips tooltips) throws IOException {
    ValueChain chain = row.chain();
    m.open("g").attr("data-kind", "chain").attr("data-id", chain.id());
    m.element("title", MapTooltips.chain(chain));
    rect(m, row.background()).attr("rx", 6).attr("fill", Palette.ROW).close();
    rect(m, row.accent()).attr("fill", Palette.stroke(chain.kind())).close();
    badge(m, row.badge(), chain.kind());
    for (TextLine line : row.name()) {
      text(m, line)
          .attr("font-size", 13.5)
          .attr("font-weight", "bold")
          .attr("fill", Palette.INK)
          .text(line.text())
          .close();
    }
    for (TextLine line : row.kind()) {
      text(m, line).attr("font-size", 10.5).attr("fill", Palette.MUTED).text(line.text()).close();
    }
    m.close().newline();
    Line track = row.track();
    if (track != null) {
      m.open("line")
          .attr("x1", track.x1())
          .attr("y1", track.y1())
          .attr("x2", track.x2())
          .attr("y2", track.y2())
          .attr("stroke", Palette.stroke(chain.kind()))
          .attr("stroke-width", 2)
          .attr("stroke-opacity", 0.35)
          .close();
    }
    for (StageLayout stage : row.stages()) {
      stage(m, chain, stage, tooltips);
    }
    outcome(m, row.outcome());
  }

  /**
   * A chain's number, white in a circle (a fully rounded square) of the chain kind's dark outcome
   * colour, with a white ring.
   */
  static void badge(Markup m, Badge badge, ValueChainKind kind) throws IOException {
    double r = badge.radius();
    m.open("rect")
        .attr("data-kind", "chain-number")
        .attr("x", badge.centre().x() - r)
        .attr("y", badge.centre().y() - r)
        .attr("width", 2 * r)
        .attr("height", 2 * r)
        .attr("rx", r)
        .attr("fill", Palette.outcome(kind))
        .attr("stroke", "#ffffff")
        .attr("stroke-width", 1.5)
        .close();
    text(m, badge.number())
        .attr("text-anchor", "middle")
        .attr("font-size", 10.5)
        .attr("font-weight", "bold")
        .attr("fill", "#ffffff")
        .text(badge.number().text())
        .close();
  }

  private static Markup rect(Markup m, Box box) throws IOException {
    return m.open("rect")
        .attr("x", box.x())
        .attr("y", box.y())
        .attr("width", box.width())
        .attr("height", box.height());
  }

  private static void stage(Markup m, ValueChain chain, StageLayout stage, MapTooltips tooltips)
      throws IOException {
    stage(m, chain, stage, tooltips, "stage");
  }

  /** Draws a stage's chevron in a group of the given {@code data-kind}. */
  static void stage(
      Markup m, ValueChain chain, StageLayout stage, MapTooltips tooltips, String dataKind)
      throws IOException {
    m.open("g").attr("data-kind", dataKind).attr("data-id", stage.stage().id());
    m.element("title", tooltips.stage(stage.stage()));
    m.open("polygon")
        .attr("points", PathData.points(stage.chevron()))
        .attr("fill", Palette.fill(chain.kind()))
        .attr("stroke", Palette.stroke(chain.kind()))
        .attr("stroke-width", 1.5)
        .attr("stroke-linejoin", "round")
        .close();
    for (TextLine line : stage.name()) {
      text(m, line)
          .attr("text-anchor", "middle")
          .attr("font-size", 12.5)
          .attr("font-weight", "bold")
          .attr("fill", Palette.INK)
          .text(line.text())
          .close();
    }
    String ownerColour = stage.stage().owner().isPresent() ? Palette.MUTED : "#a33000";
    for (TextLine line : stage.owner()) {
      text(m, line)
          .attr("text-anchor", "middle")
          .attr("font-size", 11)
          .attr("font-style", "italic")
          .attr("fill", ownerColour)
          .text(line.text())
          .close();
    }
    m.close().newline();
  }

  private static void outcome(Markup m, OutcomeLayout outcome) throws IOException {
    ValueChain chain = outcome.chain();
    m.open("g").attr("data-kind", "outcome").attr("data-chain", chain.id());
    m.element("title", MapTooltips.outcome(chain, outcome.kpis()));
    m.open("polygon")
        .attr("points", PathData.points(outcome.block()))
        .attr("fill", Palette.outcome(chain.kind()))
        .attr("stroke", Palette.outcome(chain.kind()))
        .attr("stroke-width", 1.5)
        .attr("stroke-linejoin", "round")
        .close();
    text(m, outcome.title())
        .attr("font-size", 13)
        .attr("font-weight", "bold")
        .attr("fill", "#ffffff")
        .text(outcome.title().text())
        .close();
    TextLine noKpi = outcome.noKpi();
    if (noKpi != null) {
      text(m, noKpi)
          .attr("font-size", 11)
          .attr("font-style", "italic")
          .attr("fill", "#ffffff")
          .text(noKpi.text())
          .close();
    }
    for (OutcomeLayout.KpiLine line : outcome.kpiLines()) {
      m.open("text").attr("data-kind", dataKind(line.kind()));
      if (!line.kpiId().isEmpty()) {
        m.attr("data-id", line.kpiId());
      }
      m.attr("x", line.line().x())
          .attr("y", line.line().y())
          .attr("font-size", 11)
          .attr("fill", "#ffffff")
          .text(line.line().text())
          .close();
    }
    m.close().newline();
  }

  private static String dataKind(OutcomeLayout.KpiLineKind kind) {
    return switch (kind) {
      case KPI -> "kpi";
      case CONTINUATION -> "kpi-line";
      case MORE -> "kpi-more";
      case CATALOG -> "catalog";
    };
  }
}
