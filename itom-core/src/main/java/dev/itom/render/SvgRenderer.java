package dev.itom.render;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.itom.model.OperatingModel;
import java.io.IOException;

/**
 * Draws the value-chain map of an operating model as a standalone SVG document, in the convention
 * of Porter's value chain.
 *
 * <p>Each value chain is a row of chevrons, stages left to right in order, each with its name and
 * owner; the Requirement-to-Value chains come first, then Order to Cash, then custom chains, and
 * each row carries its chain's number. Each row closes on a block with what it realizes: the value
 * (Requirement to Value), the cash or IT benefit (Order to Cash), and the KPIs that measure the
 * chain or its stages. Above the rows, one band per process category (governing, enabling,
 * supporting) holds the support processes, each with its whole name and owner, placed over the
 * stages or chains it supports, with a marker at each one that carries the number of the chain it
 * points at. Alignments between stages are orthogonal arrows that go around the stages they do not
 * join: handoffs solid, feedback dashed, alignments dotted, each labelled with its kind, or with a
 * number that the legend explains where a kind label finds no room. A legend closes the map; the
 * model's name and version are its title.
 *
 * <p>The layout is computed from the model: stage names wrap and are shortened with an ellipsis
 * when they do not fit, the full text being in each element's {@code <title>} tooltip; every stage,
 * chain, process, KPI and alignment carries {@code data-kind} and {@code data-id} (or {@code
 * data-from}, {@code data-to}) attributes. The same model always gives the same characters. All
 * model text is escaped; the document holds no script, no link and no external reference.
 *
 * <p>Drawing takes two steps: {@code MapLayout} computes where everything goes, as numbers, and
 * {@code MapPainter} writes the SVG elements from that layout.
 *
 * @since 0.1
 */
public final class SvgRenderer {
  private SvgRenderer() {}

  /**
   * Returns the value-chain map of a model as an SVG document.
   *
   * @param model the model to draw
   * @return the SVG document, starting with an XML declaration
   * @throws NullPointerException if {@code model} is null
   */
  public static String render(OperatingModel model) {
    return InMemory.render(32_768, out -> render(model, out));
  }

  /**
   * Writes the value-chain map of a model as an SVG document.
   *
   * @param model the model to draw
   * @param out where to write the document
   * @throws NullPointerException if an argument is null
   * @throws IOException if {@code out} fails
   */
  public static void render(OperatingModel model, Appendable out) throws IOException {
    checkNotNull(model, "model");
    checkNotNull(out, "out");
    Markup markup = new Markup(out, false);
    markup.constant("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    renderInline(model, markup);
    markup.newline();
    markup.finish();
  }

  /** Writes the map as an {@code svg} element into an HTML document being written. */
  static void renderInline(OperatingModel model, Markup markup) throws IOException {
    MapPainter.paint(model, MapLayout.of(model), markup);
  }
}
