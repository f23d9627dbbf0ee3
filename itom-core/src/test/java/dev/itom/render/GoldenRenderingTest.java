package dev.itom.render;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.itom.model.OperatingModel;
import dev.itom.rules.Rules;
import dev.itom.templates.Templates;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every format of the reference model, the IT4IT and ITIL 4 templates and the five-chain model at
 * scale ({@link Fixtures#fiveChains()}), byte for byte as stored under {@code
 * src/test/resources/golden/}: a refactoring of the renderers must not change one character of
 * their output.
 *
 * <p>When a rendering change is intended, regenerate the files and review their diff:
 *
 * <pre>
 * mvn -B -pl itom-core test -Dtest=GoldenRenderingTest -Ditom.golden.update=true
 * </pre>
 *
 * <p>With the property set, each test writes its file instead of comparing, and reports itself as
 * skipped, so that a run that checked nothing never passes for one that did.
 */
class GoldenRenderingTest {
  /** The system property that makes the test write the golden files instead of comparing. */
  static final String UPDATE = "itom.golden.update";

  static final String COMMAND =
      "mvn -B -pl itom-core test -Dtest=GoldenRenderingTest -D" + UPDATE + "=true";

  /** Where the golden files are kept, relative to the module (Surefire's working directory). */
  private static final Path SOURCE = Path.of("src", "test", "resources", "golden");

  private static final Map<String, Supplier<OperatingModel>> MODELS = models();

  private static Map<String, Supplier<OperatingModel>> models() {
    Map<String, Supplier<OperatingModel>> models = new LinkedHashMap<>();
    models.put("reference", Templates::referenceModel);
    models.put(Templates.IT4IT, Templates::it4it);
    models.put(Templates.ITIL4, Templates::itil4);
    models.put("five-chains", Fixtures::fiveChains);
    return models;
  }

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (String model : MODELS.keySet()) {
      for (Format format : Format.values()) {
        cases.add(Arguments.of(model, format));
      }
    }
    return cases.stream();
  }

  private static String fileName(String model, Format format) {
    return model + "." + format.fileExtension();
  }

  /** Renders through each renderer's own public entry point; HTML with the standard rules. */
  private static String render(OperatingModel model, Format format) {
    return switch (format) {
      case SVG -> SvgRenderer.render(model);
      case MERMAID -> MermaidRenderer.render(model);
      case DOT -> DotRenderer.render(model);
      case HTML -> HtmlReport.render(model, Rules.standard().check(model));
    };
  }

  @ParameterizedTest(name = "{0}.{1}")
  @MethodSource("cases")
  void renderingIsUnchanged(String modelName, Format format) throws IOException {
    OperatingModel model = Objects.requireNonNull(MODELS.get(modelName), modelName).get();
    String name = fileName(modelName, format);
    byte[] actual = render(model, format).getBytes(UTF_8);
    if (Boolean.getBoolean(UPDATE)) {
      assertThat(SOURCE.getParent())
          .as("run from the itom-core module folder (Surefire's working directory)")
          .isDirectory();
      Files.createDirectories(SOURCE);
      Files.write(SOURCE.resolve(name), actual);
      Assumptions.abort("wrote " + SOURCE.resolve(name) + "; nothing was compared");
    }
    byte[] expected = golden(name);
    if (!Arrays.equals(expected, actual)) {
      fail(difference(name, new String(expected, UTF_8), new String(actual, UTF_8)));
    }
  }

  @Test
  void everyGoldenFileBelongsToACase() throws IOException {
    Assumptions.assumeFalse(Boolean.getBoolean(UPDATE), "golden files are being written");
    assertThat(SOURCE).as("run from the itom-core module folder").isDirectory();
    TreeSet<String> stored = new TreeSet<>();
    try (Stream<Path> files = Files.list(SOURCE)) {
      files
          .map(file -> file.getFileName().toString())
          .filter(file -> !file.startsWith("."))
          .forEach(stored::add);
    }
    TreeSet<String> expected = new TreeSet<>();
    for (String model : MODELS.keySet()) {
      for (Format format : Format.values()) {
        expected.add(fileName(model, format));
      }
    }
    assertThat(stored).as("files under src/test/resources/golden").isEqualTo(expected);
  }

  private static byte[] golden(String name) throws IOException {
    try (InputStream in = GoldenRenderingTest.class.getResourceAsStream("/golden/" + name)) {
      if (in == null) {
        return fail("no golden file " + name + "; write it with " + COMMAND);
      }
      return in.readAllBytes();
    }
  }

  /** Says where the rendering first differs from the golden file, and how to accept it. */
  private static String difference(String name, String expected, String actual) {
    String[] want = expected.split("\n", -1);
    String[] got = actual.split("\n", -1);
    int line = 0;
    while (line < want.length && line < got.length && want[line].equals(got[line])) {
      line++;
    }
    return name
        + " differs from its golden file at line "
        + (line + 1)
        + " ("
        + want.length
        + " lines stored, "
        + got.length
        + " rendered)\n  stored:   "
        + excerpt(want, line)
        + "\n  rendered: "
        + excerpt(got, line)
        + "\nIf the change is intended, regenerate the golden files and review their diff: "
        + COMMAND;
  }

  private static String excerpt(String[] lines, int line) {
    if (line >= lines.length) {
      return "(end of text)";
    }
    String text = lines[line];
    return text.length() <= 300 ? text : text.substring(0, 300) + "...";
  }
}
