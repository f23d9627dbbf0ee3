package dev.itom.archimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.itom.model.OperatingModel;
import dev.itom.model.SupportProcess;
import dev.itom.templates.Templates;
import dev.itom.testing.SampleModels;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArchimateReaderTest {
  private static final ArchimateWriter WRITER = ArchimateWriter.create();
  private static final ArchimateReader READER = ArchimateReader.create();

  private static byte[] bytes(String xml) {
    return xml.getBytes(StandardCharsets.UTF_8);
  }

  private static OperatingModel roundTrip(OperatingModel model) {
    ArchimateImport read = READER.read(bytes(WRITER.write(model)), "export.xml");
    assertThat(read.warnings()).as("warnings reading an itom export").isEmpty();
    return read.model();
  }

  @Test
  void everyTemplateAndARandomModelOfEveryShapeImportBackEqual() {
    for (OperatingModel model : ArchimateWriterTest.models()) {
      OperatingModel back = roundTrip(model);
      assertThat(back).as("%s", dev.itom.diff.ModelDiff.between(model, back)).isEqualTo(model);
    }
    for (long seed = 1000; seed < 2000; seed++) {
      OperatingModel model = SampleModels.random(seed);
      OperatingModel back = roundTrip(model);
      assertThat(back)
          .as("seed %s: %s", seed, dev.itom.diff.ModelDiff.between(model, back))
          .isEqualTo(model);
    }
  }

  @Test
  void anotherLanguageIsReadWhereTheFileHasIt() {
    OperatingModel model = Templates.referenceModel();
    String xml = WRITER.withLanguage("de").write(model);
    assertThat(READER.withLanguage("de").read(bytes(xml), "de.xml").model()).isEqualTo(model);
    assertThat(READER.read(bytes(xml), "de.xml").model()).isEqualTo(model);
  }

  @Test
  void theSampleOfAnotherToolImportsWithItsRoleAsOwnerOfItsProcess() throws Exception {
    byte[] sample;
    try (InputStream in = getClass().getResourceAsStream("/archimate/Sample1.xml")) {
      sample = in.readAllBytes();
    }
    ArchimateImport read = READER.read(sample, "Sample1.xml");
    OperatingModel model = read.model();
    assertThat(model.name()).isEqualTo("Test");
    assertThat(model.roles())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.id()).isEqualTo("id-37d5bc4b");
              assertThat(r.name()).isEqualTo("Sales Person");
              assertThat(r.description()).contains("A description of a sales person");
            });
    SupportProcess process = model.processes().get(0);
    assertThat(process.name()).isEqualTo("Sell Product");
    assertThat(process.owner()).contains("id-37d5bc4b");
    assertThat(read.warnings()).isEmpty();
  }

  private static final String HEAD =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<model xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\""
          + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" identifier=\"m\">\n"
          + "  <name xml:lang=\"en\">M</name>\n";

  private static String file(String elements, String relationships) {
    return HEAD
        + "  <elements>\n"
        + elements
        + "  </elements>\n"
        + (relationships.isEmpty()
            ? ""
            : "  <relationships>\n" + relationships + "  </relationships>\n")
        + "</model>\n";
  }

  private static String element(String id, String type, String name) {
    return "    <element identifier=\""
        + id
        + "\" xsi:type=\""
        + type
        + "\"><name xml:lang=\"en\">"
        + name
        + "</name></element>\n";
  }

  @Test
  void whatItomCannotHoldIsNamedInAWarningAndStrictMakesItAnError() {
    String xml =
        file(
            element("r", "BusinessRole", "Clerk") + element("app", "ApplicationComponent", "CRM"),
            "    <relationship identifier=\"rel\" source=\"app\" target=\"r\" xsi:type=\"Serving\" />\n");
    ArchimateImport read = READER.read(bytes(xml), "f.xml");
    assertThat(read.model().roles()).hasSize(1);
    assertThat(read.warnings())
        .extracting(ArchimateProblem::code, ArchimateProblem::identifier, ArchimateProblem::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("unmapped-element", "app", 6),
            org.assertj.core.groups.Tuple.tuple("unmapped-relationship", "rel", 9));
    assertThat(read.warnings().get(0).message()).contains("ApplicationComponent", "\"CRM\"");
    assertThatThrownBy(() -> READER.strict(true).read(bytes(xml), "f.xml"))
        .isInstanceOfSatisfying(
            ArchimateException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ArchimateProblem::identifier)
                    .contains("app", "rel"));
  }

  private static ArchimateProblem refused(String xml) {
    try {
      READER.read(bytes(xml), "hostile.xml");
    } catch (ArchimateException e) {
      assertThat(e.getMessage()).startsWith("hostile.xml:");
      return e.problems().get(0);
    }
    throw new AssertionError("accepted: " + xml);
  }

  @Test
  void anExternalEntityIsRefusedAndNoFileIsRead() {
    ArchimateProblem p =
        refused(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE model [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + HEAD.substring(HEAD.indexOf("<model"))
                + "<documentation>&x;</documentation></model>");
    assertThat(p.code()).isEqualTo("dtd");
    assertThat(p.line()).isEqualTo(2);
    assertThat(p.message()).doesNotContain("root:");
  }

  @Test
  void anExpansionBombIsRefused() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE model [<!ENTITY a \"aaaaaaaaaa\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY a").append(i).append(" \"");
      for (int j = 0; j < 10; j++) {
        dtd.append("&a").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
      }
      dtd.append("\">");
    }
    dtd.append("]>\n");
    ArchimateProblem p =
        refused(
            dtd
                + HEAD.substring(HEAD.indexOf("<model"))
                + "<documentation>&a9;</documentation></model>");
    assertThat(p.code()).isEqualTo("dtd");
  }

  @Test
  void aWrongRootIsRefused() {
    ArchimateProblem p =
        refused("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    assertThat(p.code()).isEqualTo("wrong-root");
    assertThat(p.line()).isEqualTo(2);
  }

  @Test
  void anUnknownTypeIsRefusedWithItsLineColumnAndIdentifier() {
    ArchimateProblem p = refused(file(element("w", "Wizard", "Merlin"), ""));
    assertThat(p.code()).isEqualTo("invalid");
    assertThat(p.line()).isEqualTo(5);
    assertThat(p.column()).isPositive();
    assertThat(p.identifier()).isEqualTo("w");
    assertThat(p.message()).contains("Wizard");
  }

  @Test
  void aRelationshipToAMissingElementIsRefused() {
    ArchimateProblem p =
        refused(
            file(
                element("r", "BusinessRole", "Clerk"),
                "    <relationship identifier=\"rel\" source=\"r\" target=\"ghost\" xsi:type=\"Assignment\" />\n"));
    assertThat(p.code()).isEqualTo("invalid");
    assertThat(p.message()).contains("ghost");
  }

  @Test
  void notWellFormedTooDeepAndTooLargeAreRefused() {
    assertThat(refused(HEAD + "<elements>").code()).isEqualTo("not-well-formed");
    String deep =
        HEAD
            + "<documentation>"
            + "<x>".repeat(100)
            + "</x>".repeat(100)
            + "</documentation></model>";
    assertThat(refused(deep).code()).isEqualTo("too-deep");
    assertThatThrownBy(
            () ->
                READER
                    .withLimits(100, 64)
                    .read(bytes(file(element("r", "BusinessRole", "R"), "")), "big.xml"))
        .isInstanceOfSatisfying(
            ArchimateException.class,
            e -> assertThat(e.problems().get(0).code()).isEqualTo("too-large"));
  }

  @Test
  void anItomValueItCannotReadIsAnErrorAtItsElement() {
    String xml =
        WRITER
            .write(Templates.referenceModel())
            .replaceFirst(
                "<value xml:lang=\"en\">business-unit</value>",
                "<value xml:lang=\"en\">alien</value>");
    ArchimateProblem p = refused(xml);
    assertThat(p.code()).isEqualTo("bad-value");
    assertThat(p.identifier()).startsWith("id-");
    assertThat(p.line()).isPositive();
    assertThat(p.message()).contains("alien", "customer");
  }

  @Test
  void problemsAreValues() {
    new EqualsTester()
        .addEqualityGroup(
            ArchimateProblem.of("c", 1, 2, "i", "m"), ArchimateProblem.of("c", 1, 2, "i", "m"))
        .addEqualityGroup(ArchimateProblem.of("d", 1, 2, "i", "m"))
        .addEqualityGroup(ArchimateProblem.of("c", 3, 2, "i", "m"))
        .addEqualityGroup(ArchimateProblem.of("c", 1, 4, "i", "m"))
        .addEqualityGroup(ArchimateProblem.of("c", 1, 2, "j", "m"))
        .addEqualityGroup(ArchimateProblem.of("c", 1, 2, "i", "n"))
        .testEquals();
    assertThat(ArchimateProblem.of("c", 1, 2, "i", "m")).hasToString("1:2: i: m [c]");
    assertThat(List.of()).isEmpty();
  }
}
