package dev.itom.render;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.itom.model.OperatingModel;
import dev.itom.rules.Report;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * The picture formats of an operating model, each with its renderer.
 *
 * @since 0.1
 */
public enum Format {
  /** The value-chain map as a standalone SVG document ({@link SvgRenderer}). */
  SVG("svg", "image/svg+xml"),
  /** A Mermaid flowchart ({@link MermaidRenderer}). */
  MERMAID("mmd", "text/vnd.mermaid"),
  /** A Graphviz DOT graph ({@link DotRenderer}). */
  DOT("dot", "text/vnd.graphviz"),
  /** The self-contained HTML report, with the map and the findings ({@link HtmlReport}). */
  HTML("html", "text/html");

  private final String extension;
  private final String mediaType;

  Format(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  /**
   * Returns the external spelling of this format: {@code svg}, {@code mermaid}, {@code dot} or
   * {@code html}.
   *
   * @return the code
   */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the usual file extension of this format, without the dot.
   *
   * @return the extension, for example {@code svg} or {@code mmd}
   */
  public String fileExtension() {
    return extension;
  }

  /**
   * Returns the media type of this format's output (all of it is UTF-8 text).
   *
   * @return the media type, for example {@code image/svg+xml}
   */
  public String mediaType() {
    return mediaType;
  }

  /**
   * Returns the format spelled {@code code}, ignoring case.
   *
   * @param code {@code svg}, {@code mermaid}, {@code dot} or {@code html}
   * @return the format, or empty if {@code code} names none
   * @throws NullPointerException if {@code code} is null
   */
  public static Optional<Format> fromCode(String code) {
    checkNotNull(code, "code");
    for (Format format : values()) {
      if (format.code().equalsIgnoreCase(code.trim())) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns every code, separated by a comma and a space, for error messages.
   *
   * @return {@code svg, mermaid, dot, html}
   */
  public static String allowedCodes() {
    StringBuilder codes = new StringBuilder();
    for (Format format : values()) {
      codes.append(codes.length() == 0 ? "" : ", ").append(format.code());
    }
    return codes.toString();
  }

  /**
   * Returns the renderer of this format.
   *
   * @return the renderer; the same, stateless instance on every call
   */
  public Renderer renderer() {
    // No default branch: a new format does not compile until it has its renderer.
    return switch (this) {
      case SVG -> Renderers.SVG;
      case MERMAID -> Renderers.MERMAID;
      case DOT -> Renderers.DOT;
      case HTML -> Renderers.HTML;
    };
  }

  /**
   * Renders a model in this format; the same as {@code renderer().render(model, report)}.
   *
   * @param model the model
   * @param report the findings over the model; only the {@link #HTML} report shows them
   * @return the rendered text
   * @throws NullPointerException if an argument is null
   */
  public String render(OperatingModel model, Report report) {
    return renderer().render(model, report);
  }

  /**
   * Renders a model in this format to {@code out}; the same as {@code renderer().render(model,
   * report, out)}.
   *
   * @param model the model
   * @param report the findings over the model; only the {@link #HTML} report shows them
   * @param out where to write
   * @throws NullPointerException if an argument is null
   * @throws IOException if {@code out} fails
   */
  public void render(OperatingModel model, Report report, Appendable out) throws IOException {
    renderer().render(model, report, out);
  }
}
