package dev.itom.render;

import dev.itom.model.OperatingModel;
import java.io.IOException;

/**
 * Draws a {@link MapLayout} as an {@code svg} element: the document's title and description for
 * assistive technology, the arrow-head definition, a white background and the title lines, then the
 * bands ({@link BandPainter}), the rows ({@link RowPainter}), the arrows ({@link AlignmentPainter})
 * and the legend ({@link LegendPainter}), in that order, so that arrows are drawn over the stages.
 */
final class MapPainter {
  /** Maps up to this wide may be scaled down to the page; wider ones scroll at full size. */
  static final double FIT_WIDTH = 2400;

  private MapPainter() {}

  /**
   * What a picture drawn on top of the map adds: its name, its own definitions, what it draws over
   * the map and in the space it needs below it.
   */
  interface Overlay {
    /** The overlay of the plain map: nothing. */
    Overlay NONE =
        new Overlay() {
          @Override
          public double extraHeight() {
            return 0;
          }

          @Override
          public void paint(Markup m) {}
        };

    /** The height added below the map. */
    double extraHeight();

    /** The {@code data-kind} of the picture's root. */
    default String kind() {
      return "value-chain-map";
    }

    /** The picture's title for assistive technology, before the map's title. */
    default String title() {
      return "Value-chain map: ";
    }

    /** Writes definitions into the map's {@code defs}. */
    default void defs(Markup m) throws IOException {}

    /** Draws over the map and below it, after everything of the map. */
    void paint(Markup m) throws IOException;
  }

  /** Writes the {@code svg} element of a model's map. */
  static void paint(OperatingModel model, MapLayout layout, Markup m) throws IOException {
    paint(model, layout, m, Overlay.NONE);
  }

  /** Writes the {@code svg} element of a model's map with an overlay drawn over and below it. */
  static void paint(OperatingModel model, MapLayout layout, Markup m, Overlay overlay)
      throws IOException {
    double width = layout.width();
    double height = layout.height() + overlay.extraHeight();
    m.open("svg")
        .attr("xmlns", "http://www.w3.org/2000/svg")
        .attr("width", width)
        .attr("height", height)
        .attr("viewBox", "0 0 " + Text.num(width) + " " + Text.num(height))
        .attr("role", "img")
        .attr("aria-labelledby", "itom-map-title")
        .attr("font-family", Palette.FONT)
        .attr("class", width <= FIT_WIDTH ? "itom-map fit" : "itom-map")
        .attr("data-kind", overlay.kind())
        .attr("data-id", model.id());
    m.newline();
    m.open("title").attr("id", "itom-map-title").text(overlay.title() + MapLayout.title(model));
    m.close().newline();
    if (model.description().isPresent()) {
      m.element("desc", model.description().get()).newline();
    }
    defs(m, overlay);
    m.open("rect")
        .attr("x", 0)
        .attr("y", 0)
        .attr("width", width)
        .attr("height", height)
        .attr("fill", "#ffffff")
        .close()
        .newline();
    header(m, layout);
    MapTooltips tooltips = new MapTooltips(model);
    for (BandLayout band : layout.bands()) {
      BandPainter.paint(m, band, tooltips);
    }
    for (RowLayout row : layout.rows()) {
      RowPainter.paint(m, row, tooltips);
    }
    AlignmentPainter.paint(m, layout.alignments(), tooltips);
    LegendPainter.paint(m, layout.legend());
    overlay.paint(m);
    m.close();
  }

  /** Opens a {@code text} element at a line's position; the caller adds the rest. */
  static Markup text(Markup m, TextLine line) throws IOException {
    return m.open("text").attr("x", line.x()).attr("y", line.y());
  }

  /** The arrow head every alignment line ends with. */
  private static void defs(Markup m, Overlay overlay) throws IOException {
    m.open("defs");
    m.open("marker")
        .attr("id", "itom-arrow")
        .attr("viewBox", "0 0 10 10")
        .attr("refX", 9)
        .attr("refY", 5)
        .attr("markerWidth", 4.5)
        .attr("markerHeight", 4.5)
        .attr("markerUnits", "strokeWidth")
        .attr("orient", "auto");
    m.open("path").attr("d", "M 0 0 L 10 5 L 0 10 z").attr("fill", "#333333").close();
    m.close();
    overlay.defs(m);
    m.close().newline();
  }

  private static void header(Markup m, MapLayout layout) throws IOException {
    m.open("g").attr("data-kind", "title");
    for (TextLine line : layout.title()) {
      text(m, line)
          .attr("font-size", 22)
          .attr("font-weight", "bold")
          .attr("fill", Palette.INK)
          .text(line.text())
          .close();
    }
    for (TextLine line : layout.description()) {
      text(m, line).attr("font-size", 13).attr("fill", Palette.MUTED).text(line.text()).close();
    }
    m.close().newline();
  }
}
