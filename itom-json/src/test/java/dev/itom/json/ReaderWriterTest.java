package dev.itom.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.itom.model.ConsumerKind;
import dev.itom.model.Delivery;
import dev.itom.model.Lifecycle;
import dev.itom.model.OfferingType;
import dev.itom.model.OperatingModel;
import dev.itom.model.Pricing;
import dev.itom.model.PricingModel;
import dev.itom.templates.Templates;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReaderWriterTest {
  private static final OperatingModel REFERENCE = Templates.referenceModel();

  private static final String MINIMAL = "{\"format\":\"itom/1\",\"id\":\"m\",\"name\":\"M\"}";

  @Test
  void referenceModelRoundTripsThroughEverySourceAndTarget(@TempDir Path dir) throws IOException {
    String text = ItomJson.writer().writeToString(REFERENCE);
    byte[] bytes = ItomJson.writer().writeToBytes(REFERENCE);
    assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(text);

    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    ItomJson.writer().write(REFERENCE, stream);
    assertThat(stream.toByteArray()).isEqualTo(bytes);
    StringWriter writer = new StringWriter();
    ItomJson.writer().write(REFERENCE, writer);
    assertThat(writer.toString()).isEqualTo(text);
    Path file = dir.resolve("model.itom.json");
    ItomJson.writer().write(REFERENCE, file);
    assertThat(Files.readAllBytes(file)).isEqualTo(bytes);

    assertThat(ItomJson.reader().read(text)).isEqualTo(REFERENCE);
    assertThat(ItomJson.reader().read(bytes)).isEqualTo(REFERENCE);
    assertThat(ItomJson.reader().read(new ByteArrayInputStream(bytes))).isEqualTo(REFERENCE);
    assertThat(ItomJson.reader().read(new StringReader(text))).isEqualTo(REFERENCE);
    assertThat(ItomJson.reader().read(file)).isEqualTo(REFERENCE);
  }

  @Test
  void prettyOutputIsTwoSpaceIndentedWithColonSpaceAndTrailingNewline() {
    String text = ItomJson.writer().writeToString(REFERENCE);
    assertThat(text).startsWith("{\n  \"format\": \"itom/1\",\n  \"id\": \"acme-it\",\n");
    assertThat(text).endsWith("}\n").doesNotContain("\r").doesNotContain(" :");
    assertThat(text).contains("\"amount\": 7.50,");
  }

  @Test
  void compactOutputIsOneLineWithoutTrailingNewlineAndReadsBack() {
    String compact = ItomJson.writer().compact().writeToString(REFERENCE);
    assertThat(compact)
        .startsWith("{\"format\":\"itom/1\",\"id\":\"acme-it\"")
        .doesNotContain("\n");
    assertThat(ItomJson.reader().read(compact)).isEqualTo(REFERENCE);
    assertThat(ItomJson.writer().compact().pretty().writeToString(REFERENCE))
        .isEqualTo(ItomJson.writer().writeToString(REFERENCE));
  }

  @Test
  void equalModelsBuiltInDifferentWaysGiveIdenticalBytes() {
    OperatingModel a =
        OperatingModel.builder("m", "M").property("b", "2").property("a", "1").build();
    OperatingModel b =
        OperatingModel.builder("m", "M").property("a", "1").property("b", "2").build();
    assertThat(ItomJson.writer().writeToBytes(a)).isEqualTo(ItomJson.writer().writeToBytes(b));
    assertThat(ItomJson.writer().writeToString(a)).contains("\"a\": \"1\",\n    \"b\": \"2\"");
  }

  @Test
  void decimalsKeepTheirScale() {
    OperatingModel model =
        OperatingModel.builder("m", "M")
            .role("owner", "Owner")
            .addOfferings(
                List.of(
                    dev.itom.model.Offering.builder()
                        .id("o")
                        .name("O")
                        .type(OfferingType.SERVICE)
                        .lifecycle(Lifecycle.ACTIVE)
                        .delivery(Delivery.SAAS)
                        .pricing(Pricing.of(PricingModel.FIXED, new BigDecimal("7.50"), "EUR"))
                        .build()))
            .build();
    String text = ItomJson.writer().writeToString(model);
    assertThat(text).contains("\"amount\": 7.50,");
    OperatingModel read = ItomJson.reader().read(text);
    assertThat(read.offering("o").orElseThrow().pricing().orElseThrow().amount())
        .contains(new BigDecimal("7.50"));
    assertThat(read).isEqualTo(model);
  }

  @Test
  void unicodeAndControlCharactersSurvive() {
    String tricky =
        "信息 🚀 مرحبا שלום \u0000\u0001\u001f\u007f \t\n\r \u2028\u2029 \"q\" \\ / \uD834\uDD1E";
    OperatingModel model =
        OperatingModel.builder("m", tricky)
            .description(tricky)
            .property(tricky, tricky)
            .consumer("c", tricky, ConsumerKind.PARTNER)
            .build();
    String text = ItomJson.writer().writeToString(model);
    byte[] bytes = ItomJson.writer().writeToBytes(model);
    assertThat(ItomJson.reader().read(text)).isEqualTo(model);
    assertThat(ItomJson.reader().read(bytes)).isEqualTo(model);
    assertThat(ItomJson.writer().compact().writeToString(ItomJson.reader().read(bytes)))
        .isEqualTo(ItomJson.writer().compact().writeToString(model));
    // characters beyond the BMP are written as raw UTF-8, not as escaped surrogates
    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("🚀").doesNotContain("\\uD83D");
    assertThat(ItomYaml.reader().read(ItomYaml.writer().writeToString(model))).isEqualTo(model);
  }

  @Test
  void utf8ByteOrderMarkIsAccepted() {
    byte[] plain = ItomJson.writer().writeToBytes(REFERENCE);
    byte[] withBom = new byte[plain.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(plain, 0, withBom, 3, plain.length);
    assertThat(ItomJson.reader().read(withBom)).isEqualTo(REFERENCE);
    assertThat(ItomJson.reader().read("\uFEFF" + MINIMAL).id()).isEqualTo("m");
  }

  @Test
  void columnsOnTheFirstLineAfterAByteOrderMarkCountCharacters() {
    byte[] doc =
        ("\uFEFF{\"format\":\"itom/1\",\"id\":\"m\",\"name\":\"é\",\"version\":1}")
            .getBytes(StandardCharsets.UTF_8);
    ItomJsonException e =
        catchThrowableOfType(ItomJsonException.class, () -> ItomJson.reader().read(doc));
    Problem problem = e.problems().get(0);
    assertThat(problem.pointer()).isEqualTo("/version");
    // the BOM is not counted and "é" is one character although two bytes
    String text = "{\"format\":\"itom/1\",\"id\":\"m\",\"name\":\"é\",\"version\":";
    assertThat(problem.line()).isEqualTo(1);
    assertThat(problem.column()).isEqualTo(text.length() + 1);
  }

  @Test
  void oneSharedReaderAndWriterServeManyThreads() throws Exception {
    ItomJsonReader reader = ItomJson.reader();
    ItomJsonWriter writer = ItomJson.writer();
    byte[] expected = writer.writeToBytes(REFERENCE);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> tasks = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        int n = i;
        tasks.add(
            () -> {
              for (int round = 0; round < 20; round++) {
                OperatingModel model = reader.read(expected);
                byte[] again =
                    n % 2 == 0
                        ? writer.writeToBytes(model)
                        : writer.writeToString(model).getBytes(StandardCharsets.UTF_8);
                if (!model.equals(REFERENCE) || !java.util.Arrays.equals(again, expected)) {
                  return false;
                }
                if (n % 8 == 0
                    && catchThrowableOfType(
                            ItomJsonException.class, () -> reader.read("{\"format\":\"itom/1\"}"))
                        == null) {
                  return false;
                }
              }
              return true;
            });
      }
      for (Future<Boolean> result : pool.invokeAll(tasks)) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    }
  }

  @Test
  void stringLimitIsEnforcedPerReader() {
    String longName = "x".repeat(2_000);
    String doc = "{\"format\":\"itom/1\",\"id\":\"m\",\"name\":\"" + longName + "\"}";
    assertThat(ItomJson.reader().read(doc).name()).isEqualTo(longName);
    ItomJsonException e =
        catchThrowableOfType(
            ItomJsonException.class, () -> ItomJson.reader().withMaxStringLength(1_000).read(doc));
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).pointer()).isEqualTo("/name");
    assertThat(e.problems().get(0).message()).contains("1000").contains("withMaxStringLength");
    // the shared reader is untouched
    assertThat(ItomJson.reader().maxStringLength())
        .isEqualTo(ItomJsonReader.DEFAULT_MAX_STRING_LENGTH);
  }

  @Test
  void documentLimitIsEnforcedForEverySource() throws IOException {
    ItomJsonReader small = ItomJson.reader().withMaxDocumentLength(20);
    byte[] bytes = MINIMAL.getBytes(StandardCharsets.UTF_8);
    for (Callable<?> read :
        List.<Callable<?>>of(
            () -> small.read(MINIMAL),
            () -> small.read(bytes),
            () -> small.read(new ByteArrayInputStream(bytes)),
            () -> small.read(new StringReader(MINIMAL)))) {
      assertThatThrownBy(read::call)
          .isInstanceOf(ItomJsonException.class)
          .hasMessageContaining("limit of 20")
          .hasMessageContaining("withMaxDocumentLength");
    }
    assertThat(ItomJson.reader().withMaxDocumentLength(bytes.length).read(bytes).id())
        .isEqualTo("m");
  }

  @Test
  void depthLimitIsEnforcedPerReaderAlsoInLenientMode() {
    String deep = "[".repeat(30) + "]".repeat(30);
    String doc = "{\"format\":\"itom/1\",\"id\":\"m\",\"name\":\"M\",\"x\":" + deep + "}";
    ReadResult result = ItomJson.reader().lenient().readResult(doc);
    assertThat(result.warnings()).hasSize(1);
    ItomJsonException e =
        catchThrowableOfType(
            ItomJsonException.class, () -> ItomJson.reader().lenient().withMaxDepth(16).read(doc));
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).message()).contains("limit of 16").contains("withMaxDepth");
    assertThat(e.problems().get(0).pointer()).isEqualTo("/x");
    assertThatThrownBy(() -> ItomJson.reader().withMaxDepth(2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void lenientModeSkipsUnknownFieldsWithWarningsButStaysStrictOtherwise() {
    String doc =
        "{\"format\":\"itom/1\",\"id\":\"m\",\"name\":\"M\",\"vendor\":{\"a\":[1,2]},"
            + "\"roles\":[{\"id\":\"r\",\"name\":\"R\",\"colour\":\"red\"}]}";
    assertThatThrownBy(() -> ItomJson.reader().read(doc))
        .isInstanceOf(ItomJsonException.class)
        .hasMessageContaining("/vendor")
        .hasMessageContaining("/roles/0/colour");
    ReadResult result = ItomJson.reader().lenient().readResult(doc);
    assertThat(result.model().role("r")).isPresent();
    assertThat(result.warnings())
        .extracting(Problem::pointer)
        .containsExactly("/vendor", "/roles/0/colour");
    assertThat(result.warnings().get(1).toString())
        .startsWith("1:")
        .contains(": /roles/0/colour: unknown field \"colour\" in a role");
    assertThat(ItomJson.reader().readResult(MINIMAL).warnings()).isEmpty();
    // wrong types stay errors in lenient mode
    assertThatThrownBy(
            () ->
                ItomJson.reader().lenient().read("{\"format\":\"itom/1\",\"id\":1,\"name\":\"M\"}"))
        .isInstanceOf(ItomJsonException.class)
        .hasMessageContaining("/id");
  }

  @Test
  void everyProblemIsListedTogether() {
    String doc =
        "{\"format\":\"itom/1\",\"id\":\"m\",\"name\":\"M\",\n"
            + "\"roles\":[{\"id\":\"r\",\"name\":1},{\"name\":\"R2\"}],\n"
            + "\"consumers\":[{\"id\":\"c\",\"name\":\"C\",\"kind\":\"alien\"}]}";
    ItomJsonException e =
        catchThrowableOfType(ItomJsonException.class, () -> ItomJson.reader().read(doc));
    assertThat(e.problems())
        .extracting(Problem::pointer)
        .containsExactly("/roles/0/name", "/roles/1", "/consumers/0/kind");
    assertThat(e.getMessage())
        .contains("2:27: /roles/0/name: \"name\" must be a string, not a number")
        .contains("2:30: /roles/1: missing required field \"id\" in a role")
        .contains("business-unit, customer, partner, employee-group");
  }

  @Test
  void invariantViolationsPointAtTheOffendingValueOrItsParent() {
    String doc =
        "{\"format\":\"itom/1\",\"id\":\"m\",\"name\":\"M\",\n"
            + "\"roles\":[{\"id\":\"r\",\"name\":\"R\",\"properties\":{\" \":\"v\"}}],\n"
            + "\"alignments\":[{\"from\":\"x\",\"to\":\"y\",\"kind\":\"handoff\"},\n"
            + "{\"from\":\"x\",\"to\":\"y\",\"kind\":\"handoff\"}]}";
    ItomJsonException e =
        catchThrowableOfType(ItomJsonException.class, () -> ItomJson.reader().read(doc));
    assertThat(e.problems())
        .extracting(p -> p.line() + ":" + p.column() + " " + p.pointer())
        .contains("2:49 /roles/0/properties/ ", "3:23 /alignments/0/from", "4:1 /alignments/1");
  }

  @Test
  void readingNeverAcceptsNullArguments() {
    assertThatThrownBy(() -> ItomJson.reader().read((String) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ItomJson.writer().writeToString((OperatingModel) null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void yamlTwinsReadToEqualModels() throws Exception {
    Path yamlDir = Path.of(getClass().getResource("/itom-1-yaml").toURI());
    Path jsonDir = Path.of(getClass().getResource("/itom-1").toURI());
    assertThat(ItomYaml.reader().read(yamlDir.resolve("decimals.yaml")))
        .isEqualTo(ItomJson.reader().read(jsonDir.resolve("valid-decimals.json")));
    assertThat(ItomYaml.reader().read(yamlDir.resolve("reference.yaml"))).isEqualTo(REFERENCE);
    assertThat(ItomYaml.writer().writeToString(REFERENCE))
        .isEqualTo(Files.readString(yamlDir.resolve("reference.yaml")));
  }

  @Test
  void yamlReaderIsAsStrictAsTheJsonReader() {
    ItomJsonException e =
        catchThrowableOfType(
            ItomJsonException.class,
            () ->
                ItomYaml.reader()
                    .read("format: itom/1\nid: m\nname: M\nversion: 2026.1\nroles:\n  - id: r\n"));
    assertThat(e.problems())
        .extracting(p -> p.line() + ":" + p.column() + " " + p.pointer())
        .containsExactly("4:10 /version", "6:5 /roles/0");
  }

  @Test
  void yamlSyntaxErrorsAndLimitsAreReportedLikeJsonOnes() {
    ItomJsonException syntax =
        catchThrowableOfType(
            ItomJsonException.class, () -> ItomYaml.reader().read("format: itom/1\n\tid: m\n"));
    assertThat(syntax.problems()).hasSize(1);
    assertThat(syntax.problems().get(0).message())
        .startsWith("not valid YAML: ")
        .doesNotContain("\n");
    ItomJsonException tooLong =
        catchThrowableOfType(
            ItomJsonException.class,
            () ->
                ItomYaml.reader()
                    .withMaxStringLength(10)
                    .read("format: itom/1\nid: m\nname: " + "x".repeat(11) + "\n"));
    assertThat(tooLong.problems())
        .extracting(p -> p.line() + ":" + p.column() + " " + p.pointer())
        .containsExactly("3:7 /name");
  }

  @Test
  void columnsCountCharactersAfterNonAsciiTextInEveryFormat() throws IOException {
    String json = "{\"format\":\"itom/1\",\"id\":\"m\",\"name\":\"日本語\",\"version\":1}";
    String yamlLine = "roles: [{name: 日本語, id: 7}]";
    String yaml = "format: itom/1\nid: m\nname: M\n" + yamlLine + "\n";
    int jsonColumn = json.indexOf("1}") + 1;
    for (ItomJsonException e :
        List.of(
            catchThrowableOfType(ItomJsonException.class, () -> ItomJson.reader().read(json)),
            catchThrowableOfType(
                ItomJsonException.class,
                () -> ItomJson.reader().read(json.getBytes(StandardCharsets.UTF_8))),
            catchThrowableOfType(
                ItomJsonException.class,
                () ->
                    ItomJson.reader()
                        .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))))) {
      assertThat(e.problems())
          .extracting(p -> p.line() + ":" + p.column() + " " + p.pointer())
          .containsExactly("1:" + jsonColumn + " /version");
    }
    for (ItomJsonException e :
        List.of(
            catchThrowableOfType(ItomJsonException.class, () -> ItomYaml.reader().read(yaml)),
            catchThrowableOfType(
                ItomJsonException.class,
                () -> ItomYaml.reader().read(yaml.getBytes(StandardCharsets.UTF_8))))) {
      assertThat(e.problems())
          .extracting(p -> p.line() + ":" + p.column() + " " + p.pointer())
          .containsExactly("4:" + (yamlLine.indexOf('7') + 1) + " /roles/0/id");
    }
  }

  @Test
  void aSyntaxErrorAtACharacterBeyondAsciiHasTheSameColumnFromBytesAndText() {
    // the column of the unexpected character itself, counted in characters
    String[] docs = {
      "{\n値\"format\": \"itom/1\"}",
      "{\"format\": \"itom/1\",\n  \uFEFF\"id\": \"m\"}",
      "{\"format\": \"itom/1\", \"name\": \"é\\ם\"}",
      "{\"format\": \"itom/1\", \"id\": וםé}",
      "{\"format\": \"itom/1\", \"name\": \"é\" 🚀}"
    };
    String[] expected = {"2:1", "2:3", "1:33", "1:28", "1:34"};
    for (int i = 0; i < docs.length; i++) {
      String doc = docs[i];
      for (ItomJsonException e :
          List.of(
              catchThrowableOfType(ItomJsonException.class, () -> ItomJson.reader().read(doc)),
              catchThrowableOfType(
                  ItomJsonException.class,
                  () -> ItomJson.reader().read(doc.getBytes(StandardCharsets.UTF_8))))) {
        assertThat(e.problems())
            .as(doc)
            .singleElement()
            .satisfies(p -> assertThat(p.code()).isEqualTo("syntax"))
            .extracting(p -> p.line() + ":" + p.column())
            .isEqualTo(expected[i]);
      }
    }
  }

  @Test
  void configuringReadersLeavesJacksonsGlobalDefaultsAlone() {
    com.fasterxml.jackson.core.StreamReadConstraints before =
        com.fasterxml.jackson.core.StreamReadConstraints.defaults();
    ItomJsonReader custom =
        ItomJson.reader().withMaxDepth(9).withMaxStringLength(7).withMaxDocumentLength(99);
    assertThat(custom.maxDepth()).isEqualTo(9);
    assertThat(com.fasterxml.jackson.core.StreamReadConstraints.defaults()).isSameAs(before);
    assertThat(
            new com.fasterxml.jackson.core.JsonFactory()
                .streamReadConstraints()
                .getMaxNestingDepth())
        .isEqualTo(before.getMaxNestingDepth());
    assertThat(ItomJson.reader().maxDepth()).isEqualTo(ItomJsonReader.DEFAULT_MAX_DEPTH);
  }
}
