package dev.itom.render;

import dev.itom.model.OperatingModel;
import dev.itom.rules.Report;
import java.io.IOException;

/**
 * Turns an operating model, and the findings of the rules over it, into the text of one picture
 * format. {@link Format#renderer()} gives the renderer of each built-in format.
 *
 * <p>A renderer treats every string of the model and the report as untrusted text and escapes it
 * for its format, and gives the same characters for the same model and report. Formats that show no
 * findings (SVG, Mermaid, DOT) ignore the report, but still reject a null one. The built-in
 * renderers are stateless and may be shared between threads.
 *
 * @since 0.1
 */
public interface Renderer {
  /**
   * Writes a model in this renderer's format to {@code out}.
   *
   * @param model the model
   * @param report the findings over the model; formats that show no findings ignore it
   * @param out where to write
   * @throws NullPointerException if an argument is null
   * @throws IOException if {@code out} fails
   */
  void render(OperatingModel model, Report report, Appendable out) throws IOException;

  /**
   * Returns a model in this renderer's format.
   *
   * <p>The default writes {@link #render(OperatingModel, Report, Appendable)} to a string.
   *
   * @param model the model
   * @param report the findings over the model; formats that show no findings ignore it
   * @return the rendered text
   * @throws NullPointerException if an argument is null
   */
  default String render(OperatingModel model, Report report) {
    return InMemory.render(16_384, out -> render(model, report, out));
  }
}
