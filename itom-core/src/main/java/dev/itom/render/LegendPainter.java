package dev.itom.render;

import static dev.itom.render.MapPainter.text;

import dev.itom.model.AlignmentKind;
import dev.itom.model.ValueChainKind;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * Draws the {@link LegendLayout}: the rule, the heading, each item's shape (drawn around the item's
 * position) and label, and the numbered arrows, each with its number as on the map.
 */
final class LegendPainter {
  private LegendPainter() {}

  static void paint(Markup m, LegendLayout legend) throws IOException {
    m.open("g").attr("data-kind", "legend");
    Line rule = legend.rule();
    m.open("line")
        .attr("x1", rule.x1())
        .attr("y1", rule.y1())
        .attr("x2", rule.x2())
        .attr("y2", rule.y2())
        .attr("stroke", Palette.RULE)
        .attr("stroke-width", 1)
        .close();
    text(m, legend.title())
        .attr("font-size", 11.5)
        .attr("font-weight", "bold")
        .attr("fill", Palette.INK)
        .text(legend.title().text())
        .close();
    for (LegendLayout.Item item : legend.items()) {
      shape(m, item);
      text(m, item.label())
          .attr("font-size", 11)
          .attr("fill", Palette.INK)
          .text(item.label().text())
          .close();
    }
    for (LegendLayout.Note note : legend.notes()) {
      m.open("g").attr("data-kind", "alignment-note");
      AlignmentPainter.pill(m, note.tag(), note.number(), true);
      text(m, note.text())
          .attr("font-size", 11)
          .attr("fill", Palette.INK)
          .text(note.text().text())
          .close();
      m.close();
    }
    m.close().newline();
  }

  private static void shape(Markup m, LegendLayout.Item item) throws IOException {
    double x = item.x();
    double mid = item.middle();
    switch (item.shape()) {
      case CHEVRON -> {
        ValueChainKind kind = Objects.requireNonNull(item.chainKind(), "chain kind");
        m.open("polygon")
            .attr(
                "points",
                PathData.points(
                    List.of(
                        new Point(x, mid - 7),
                        new Point(x + 24, mid - 7),
                        new Point(x + 30, mid),
                        new Point(x + 24, mid + 7),
                        new Point(x, mid + 7),
                        new Point(x + 6, mid))))
            .attr("fill", Palette.fill(kind))
            .attr("stroke", Palette.stroke(kind))
            .attr("stroke-width", 1.2)
            .close();
      }
      case LINE -> {
        AlignmentKind kind = Objects.requireNonNull(item.alignmentKind(), "alignment kind");
        m.open("path")
            .attr("d", new PathData().move(x, mid).line(x + 28, mid).toString())
            .attr("stroke", "#333333")
            .attr("stroke-width", Palette.strokeWidth(kind))
            .attr("stroke-linecap", "round")
            .attr("marker-end", "url(#itom-arrow)");
        if (!Palette.dash(kind).isEmpty()) {
          m.attr("stroke-dasharray", Palette.dash(kind));
        }
        m.close();
      }
      case BADGE ->
          RowPainter.badge(m, Badge.of(1, x + 15, mid), ValueChainKind.REQUIREMENT_TO_VALUE);
      case TRIANGLE -> {
        m.open("path")
            .attr(
                "d",
                new PathData()
                    .move(x + 6, mid - 4)
                    .line(x + 18, mid - 4)
                    .line(x + 12, mid + 4)
                    .close()
                    .toString())
            .attr("fill", Palette.MUTED)
            .close();
        BandPainter.number(m, new TextLine("1", x + 19.5, mid + 4), "start");
      }
      case STRIP -> {
        m.open("rect")
            .attr("x", x + 10)
            .attr("y", mid - 2)
            .attr("width", 22)
            .attr("height", 4)
            .attr("fill", Palette.MUTED)
            .close();
        BandPainter.number(m, new TextLine("1", x + 7, mid + 3.6), "end");
      }
    }
  }
}
