package dev.itom.render;

import static dev.itom.render.MapPainter.text;

import dev.itom.model.ProcessCategory;
import dev.itom.model.SupportProcess;
import java.io.IOException;

/**
 * Draws a {@link BandLayout}: the band with its label (or its note that it is empty), then each
 * process bar with its name, owner and support markers, each marker with its chain's number, in the
 * category's colours.
 */
final class BandPainter {
  private BandPainter() {}

  static void paint(Markup m, BandLayout band, MapTooltips tooltips) throws IOException {
    ProcessCategory category = band.category();
    Box box = band.box();
    m.open("g").attr("data-kind", "band").attr("data-category", category.code());
    m.open("rect")
        .attr("x", box.x())
        .attr("y", box.y())
        .attr("width", box.width())
        .attr("height", box.height())
        .attr("rx", 4)
        .attr("fill", Palette.bandFill(category))
        .attr("stroke", Palette.stroke(category))
        .attr("stroke-width", 0.8)
        .close();
    for (TextLine line : band.label()) {
      text(m, line)
          .attr("font-size", 12)
          .attr("font-weight", "bold")
          .attr("fill", Palette.stroke(category))
          .text(line.text())
          .close();
    }
    TextLine note = band.emptyNote();
    if (note != null) {
      text(m, note)
          .attr("font-size", 11.5)
          .attr("font-style", "italic")
          .attr("fill", Palette.MUTED)
          .text(note.text())
          .close();
    }
    m.close().newline();
    for (ProcessBar bar : band.bars()) {
      process(m, category, bar, tooltips);
    }
  }

  private static void process(
      Markup m, ProcessCategory category, ProcessBar bar, MapTooltips tooltips) throws IOException {
    SupportProcess process = bar.process();
    Box box = bar.bar();
    m.open("g").attr("data-kind", "process").attr("data-id", process.id());
    m.element("title", tooltips.process(process));
    m.open("rect")
        .attr("x", box.x())
        .attr("y", box.y())
        .attr("width", box.width())
        .attr("height", box.height())
        .attr("rx", 5)
        .attr("fill", Palette.fill(category))
        .attr("stroke", Palette.stroke(category))
        .attr("stroke-width", 1.2);
    if (!bar.attached()) {
      m.attr("stroke-dasharray", "4 3");
    }
    m.close();
    for (TextLine line : bar.name()) {
      text(m, line)
          .attr("font-size", 12)
          .attr("font-weight", "bold")
          .attr("fill", Palette.INK)
          .text(line.text())
          .close();
    }
    for (TextLine line : bar.owner()) {
      text(m, line)
          .attr("data-kind", "owner")
          .attr("font-size", 11)
          .attr("font-style", "italic")
          .attr("fill", Palette.MUTED)
          .text(line.text())
          .close();
    }
    for (SupportMarker marker : bar.markers()) {
      marker(m, marker);
    }
    m.close().newline();
  }

  /**
   * A strip for a chain or a triangle for a stage, in the chain's colour, with the chain's number
   * beside it and a tooltip.
   */
  private static void marker(Markup m, SupportMarker marker) throws IOException {
    m.open("g").attr("data-kind", "marker").attr("data-supports", marker.supports());
    if (marker instanceof SupportMarker.Strip strip) {
      m.open("title").text(MapTooltips.strip(strip)).close();
      Box box = strip.box();
      m.open("rect")
          .attr("x", box.x())
          .attr("y", box.y())
          .attr("width", box.width())
          .attr("height", box.height())
          .attr("fill", Palette.stroke(strip.chain().kind()))
          .close();
      number(m, strip.number(), "end");
    } else if (marker instanceof SupportMarker.Triangle triangle) {
      m.open("title").text(MapTooltips.triangle(triangle)).close();
      Point left = triangle.corners().get(0);
      Point right = triangle.corners().get(1);
      Point tip = triangle.corners().get(2);
      m.open("path")
          .attr(
              "d",
              new PathData()
                  .move(left.x(), left.y())
                  .line(right.x(), right.y())
                  .line(tip.x(), tip.y())
                  .close()
                  .toString())
          .attr("fill", Palette.stroke(triangle.chain().kind()))
          .close();
      number(m, triangle.number(), "start");
    }
    m.close();
  }

  /** A marker's chain number, dark on the band, anchored at its {@code anchor} end. */
  static void number(Markup m, TextLine number, String anchor) throws IOException {
    text(m, number)
        .attr("text-anchor", anchor)
        .attr("font-size", SupportMarker.NUMBER_SIZE)
        .attr("font-weight", "bold")
        .attr("fill", Palette.INK)
        .text(number.text())
        .close();
  }
}
