package dev.itom.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import dev.itom.model.OperatingModel;
import dev.itom.rules.Report;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

class FormatTest {
  @Test
  void codesReadBack() {
    for (Format format : Format.values()) {
      assertThat(Format.fromCode(format.code())).contains(format);
      assertThat(Format.fromCode(format.code().toUpperCase(java.util.Locale.ROOT)))
          .contains(format);
    }
    assertThat(Format.fromCode("png")).isEmpty();
    assertThat(Format.allowedCodes()).isEqualTo("svg, mermaid, dot, html");
    assertThat(Format.MERMAID.fileExtension()).isEqualTo("mmd");
    assertThat(Format.SVG.mediaType()).isEqualTo("image/svg+xml");
  }

  @Test
  void eachFormatUsesItsRenderer() throws IOException {
    OperatingModel model = Fixtures.reference();
    Report report = Fixtures.referenceReport();
    assertThat(Format.SVG.render(model, report)).isEqualTo(SvgRenderer.render(model));
    assertThat(Format.MERMAID.render(model, report)).isEqualTo(MermaidRenderer.render(model));
    assertThat(Format.DOT.render(model, report)).isEqualTo(DotRenderer.render(model));
    assertThat(Format.HTML.render(model, report)).isEqualTo(HtmlReport.render(model, report));
    StringWriter out = new StringWriter();
    Format.HTML.render(model, report, out);
    assertThat(out.toString()).isEqualTo(HtmlReport.render(model, report));
  }

  @Test
  void eachFormatHasItsRenderer() throws IOException {
    OperatingModel model = Fixtures.reference();
    Report report = Fixtures.referenceReport();
    assertThat(Format.SVG.renderer().render(model, report)).isEqualTo(SvgRenderer.render(model));
    assertThat(Format.MERMAID.renderer().render(model, report))
        .isEqualTo(MermaidRenderer.render(model));
    assertThat(Format.DOT.renderer().render(model, report)).isEqualTo(DotRenderer.render(model));
    assertThat(Format.HTML.renderer().render(model, report))
        .isEqualTo(HtmlReport.render(model, report));
    for (Format format : Format.values()) {
      StringBuilder out = new StringBuilder();
      format.renderer().render(model, report, out);
      assertThat(out.toString()).as(format.code()).isEqualTo(format.render(model, report));
      assertThat(format.renderer()).as(format.code()).isSameAs(format.renderer());
    }
  }

  @Test
  void everyRendererRejectsNull() throws NoSuchMethodException {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(OperatingModel.class, Fixtures.reference())
            .setDefault(Report.class, Fixtures.referenceReport())
            .setDefault(Appendable.class, new StringBuilder());
    Method toText = Renderer.class.getMethod("render", OperatingModel.class, Report.class);
    Method toOut =
        Renderer.class.getMethod("render", OperatingModel.class, Report.class, Appendable.class);
    for (Format format : Format.values()) {
      tester.testMethod(format.renderer(), toText);
      tester.testMethod(format.renderer(), toOut);
    }
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> Format.SVG.render(Fixtures.reference(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("report");
    assertThatThrownBy(() -> Format.fromCode(null)).isInstanceOf(NullPointerException.class);
  }
}
