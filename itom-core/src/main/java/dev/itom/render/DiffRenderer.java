package dev.itom.render;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.itom.diff.DiffText;
import dev.itom.diff.ModelDiff;
import dev.itom.model.OperatingModel;
import java.io.IOException;

/**
 * Draws what changed between two versions of an operating model: the {@linkplain SvgRenderer
 * value-chain map} of the newer version with every change marked, as an SVG document, or that
 * picture in a self-contained HTML report with every change listed.
 *
 * <p>The picture is the map of {@code after}, laid out exactly as {@link SvgRenderer} lays it out.
 * Each added, changed or moved stage, chain, support process and alignment has an outline in its
 * mark's colour and a pill that says what happened in a glyph and a word ({@code + added}, {@code ~
 * changed}, {@code ↔ moved}); a KPI has the glyph over its bullet, the model's own fields a pill
 * after the title; nothing rests on colour alone. Stages count as moved when they moved within
 * their chain or to another chain; reorders of lists whose order means nothing are not drawn but
 * counted. Below the map's legend: the count of changes, the key of the marks, a ghost area that
 * draws the removed stages (by the chain they were in), chains, processes, KPIs and alignments as
 * they were in {@code before}, faded, with a dashed outline and a {@code − removed} pill, and the
 * changes of what the map never draws (roles, artifacts, offerings...) as lines of the {@linkplain
 * DiffText text report}. Marks and ghosts carry {@code data-change} ({@code added}, {@code
 * changed}, {@code moved}, {@code removed}), {@code data-target} (such as {@code stage}) and {@code
 * data-id} attributes, and the text report's line as their tooltip.
 *
 * <p>The HTML report holds the picture and the changes grouped by element as in the text report,
 * those that change what the model says apart from the reorders that only change presentation. Like
 * {@link HtmlReport}, it needs nothing else, runs no script, forbids loading anything by its
 * Content-Security-Policy, and escapes every model string; the SVG holds no script, no link and no
 * external reference. The same models always give the same characters.
 *
 * @since 0.1
 */
public final class DiffRenderer {
  private DiffRenderer() {}

  /**
   * Returns the picture of the changes from {@code before} to {@code after} as an SVG document.
   *
   * @param before the older version
   * @param after the newer version, whose map is drawn
   * @return the SVG document, starting with an XML declaration
   * @throws NullPointerException if an argument is null
   */
  public static String svg(OperatingModel before, OperatingModel after) {
    checkNotNull(before, "before");
    checkNotNull(after, "after");
    return svg(before, after, ModelDiff.between(before, after));
  }

  /**
   * Returns the picture of a diff already computed as an SVG document.
   *
   * @param before the older version
   * @param after the newer version, whose map is drawn
   * @param diff the changes from {@code before} to {@code after}, as {@link ModelDiff#between}
   *     gives them; a change about an element that {@code after} does not draw is listed below the
   *     map
   * @return the SVG document, starting with an XML declaration
   * @throws NullPointerException if an argument is null
   */
  public static String svg(OperatingModel before, OperatingModel after, ModelDiff diff) {
    return InMemory.render(65_536, out -> svg(before, after, diff, out));
  }

  /**
   * Writes the picture of the changes from {@code before} to {@code after} as an SVG document.
   *
   * @param before the older version
   * @param after the newer version, whose map is drawn
   * @param out where to write the document
   * @throws NullPointerException if an argument is null
   * @throws IOException if {@code out} fails
   */
  public static void svg(OperatingModel before, OperatingModel after, Appendable out)
      throws IOException {
    checkNotNull(before, "before");
    checkNotNull(after, "after");
    svg(before, after, ModelDiff.between(before, after), out);
  }

  /**
   * Writes the picture of a diff already computed as an SVG document.
   *
   * @param before the older version
   * @param after the newer version, whose map is drawn
   * @param diff the changes from {@code before} to {@code after}
   * @param out where to write the document
   * @throws NullPointerException if an argument is null
   * @throws IOException if {@code out} fails
   */
  public static void svg(
      OperatingModel before, OperatingModel after, ModelDiff diff, Appendable out)
      throws IOException {
    checkNotNull(before, "before");
    checkNotNull(after, "after");
    checkNotNull(diff, "diff");
    checkNotNull(out, "out");
    Markup markup = new Markup(out, false);
    markup.constant("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    svgInline(before, after, diff, markup);
    markup.newline();
    markup.finish();
  }

  /**
   * Returns the HTML report of the changes from {@code before} to {@code after}.
   *
   * @param before the older version
   * @param after the newer version
   * @return the HTML document
   * @throws NullPointerException if an argument is null
   */
  public static String html(OperatingModel before, OperatingModel after) {
    checkNotNull(before, "before");
    checkNotNull(after, "after");
    return html(before, after, ModelDiff.between(before, after));
  }

  /**
   * Returns the HTML report of a diff already computed.
   *
   * @param before the older version
   * @param after the newer version
   * @param diff the changes from {@code before} to {@code after}
   * @return the HTML document
   * @throws NullPointerException if an argument is null
   */
  public static String html(OperatingModel before, OperatingModel after, ModelDiff diff) {
    return InMemory.render(98_304, out -> html(before, after, diff, out));
  }

  /**
   * Writes the HTML report of the changes from {@code before} to {@code after}.
   *
   * @param before the older version
   * @param after the newer version
   * @param out where to write the document
   * @throws NullPointerException if an argument is null
   * @throws IOException if {@code out} fails
   */
  public static void html(OperatingModel before, OperatingModel after, Appendable out)
      throws IOException {
    checkNotNull(before, "before");
    checkNotNull(after, "after");
    html(before, after, ModelDiff.between(before, after), out);
  }

  /**
   * Writes the HTML report of a diff already computed.
   *
   * @param before the older version
   * @param after the newer version
   * @param diff the changes from {@code before} to {@code after}
   * @param out where to write the document
   * @throws NullPointerException if an argument is null
   * @throws IOException if {@code out} fails
   */
  public static void html(
      OperatingModel before, OperatingModel after, ModelDiff diff, Appendable out)
      throws IOException {
    checkNotNull(before, "before");
    checkNotNull(after, "after");
    checkNotNull(diff, "diff");
    checkNotNull(out, "out");
    Markup m = new Markup(out, true);
    new DiffReport(before, after, diff, m).write();
    m.finish();
  }

  /** Writes the picture as an {@code svg} element into a document being written. */
  static void svgInline(OperatingModel before, OperatingModel after, ModelDiff diff, Markup m)
      throws IOException {
    MapLayout layout = MapLayout.of(after);
    DiffMarks marks = new DiffMarks(before, layout, diff);
    MapPainter.paint(after, layout, m, new DiffOverlay(before, layout, marks));
  }
}
