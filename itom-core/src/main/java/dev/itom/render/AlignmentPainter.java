package dev.itom.render;

import static dev.itom.render.MapPainter.text;

import dev.itom.model.Alignment;
import java.io.IOException;
import java.util.List;

/**
 * Draws the {@link AlignmentLayout}s: every arrow first, its corners rounded, each over a white
 * halo that keeps it readable where it crosses another, in its kind's line pattern; then the
 * labels, so that no arrow is drawn over a label.
 */
final class AlignmentPainter {
  /** The radius of an arrow's rounded corners. */
  static final double CORNER = 5;

  private AlignmentPainter() {}

  static void paint(Markup m, List<AlignmentLayout> alignments, MapTooltips tooltips)
      throws IOException {
    m.open("g").attr("data-kind", "alignments").attr("fill", "none");
    for (AlignmentLayout layout : alignments) {
      Alignment a = layout.alignment();
      String d = PathData.rounded(layout.path(), CORNER);
      m.open("g")
          .attr("data-kind", "alignment")
          .attr("data-from", a.from())
          .attr("data-to", a.to())
          .attr("data-alignment", a.kind().code());
      m.element("title", tooltips.alignment(a));
      m.open("path")
          .attr("d", d)
          .attr("stroke", "#ffffff")
          .attr("stroke-width", 5)
          .attr("stroke-opacity", 0.8)
          .close();
      m.open("path")
          .attr("d", d)
          .attr("stroke", "#333333")
          .attr("stroke-width", Palette.strokeWidth(a.kind()))
          .attr("stroke-linecap", "round")
          .attr("marker-end", "url(#itom-arrow)");
      if (!Palette.dash(a.kind()).isEmpty()) {
        m.attr("stroke-dasharray", Palette.dash(a.kind()));
      }
      m.close();
      m.close().newline();
    }
    m.close().newline();
    m.open("g").attr("data-kind", "alignment-labels");
    for (AlignmentLayout layout : alignments) {
      AlignmentLayout.Label label = layout.label();
      m.open("g")
          .attr("data-kind", "alignment-label")
          .attr("data-from", layout.alignment().from())
          .attr("data-to", layout.alignment().to());
      if (label.number() > 0) {
        m.attr("data-number", label.number());
      }
      pill(m, label.box(), label.text(), label.number() > 0);
      m.close().newline();
    }
    m.close().newline();
  }

  /** A label's rounded box with its text, bold for a number; the legend's notes use it too. */
  static void pill(Markup m, Box box, TextLine text, boolean bold) throws IOException {
    m.open("rect")
        .attr("x", box.x())
        .attr("y", box.y())
        .attr("width", box.width())
        .attr("height", box.height())
        .attr("rx", 8)
        .attr("fill", "#ffffff")
        .attr("stroke", "#333333")
        .attr("stroke-width", 0.8)
        .close();
    text(m, text).attr("text-anchor", "middle").attr("font-size", AlignmentLayout.LABEL_SIZE);
    if (bold) {
      m.attr("font-weight", "bold");
    }
    m.attr("fill", Palette.INK).text(text.text()).close();
  }
}
