package dev.itom.render;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.itom.model.OperatingModel;
import dev.itom.rules.Report;
import java.io.IOException;

/**
 * The {@link Renderer} of each {@link Format}: adapters from the renderers' static methods. The
 * SVG, Mermaid and DOT renderers draw the model alone; they check the report for null, then ignore
 * it.
 */
final class Renderers {
  static final Renderer SVG = new ModelOnly(32_768, SvgRenderer::render);
  static final Renderer MERMAID = new ModelOnly(4096, MermaidRenderer::render);
  static final Renderer DOT = new ModelOnly(4096, DotRenderer::render);
  static final Renderer HTML = new Html();

  private Renderers() {}

  /** A renderer's static method that writes a model to an {@link Appendable}. */
  @FunctionalInterface
  interface ModelWriter {
    void render(OperatingModel model, Appendable out) throws IOException;
  }

  /** A format that shows the model and no findings. */
  private static final class ModelOnly implements Renderer {
    private final int expectedLength;
    private final ModelWriter writer;

    ModelOnly(int expectedLength, ModelWriter writer) {
      this.expectedLength = expectedLength;
      this.writer = writer;
    }

    @Override
    public void render(OperatingModel model, Report report, Appendable out) throws IOException {
      checkNotNull(model, "model");
      checkNotNull(report, "report");
      checkNotNull(out, "out");
      writer.render(model, out);
    }

    @Override
    public String render(OperatingModel model, Report report) {
      checkNotNull(model, "model");
      checkNotNull(report, "report");
      return InMemory.render(expectedLength, out -> writer.render(model, out));
    }
  }

  /** The HTML report, the one format that shows the findings. */
  private static final class Html implements Renderer {
    @Override
    public void render(OperatingModel model, Report report, Appendable out) throws IOException {
      HtmlReport.render(model, report, out);
    }

    @Override
    public String render(OperatingModel model, Report report) {
      return HtmlReport.render(model, report);
    }
  }
}
