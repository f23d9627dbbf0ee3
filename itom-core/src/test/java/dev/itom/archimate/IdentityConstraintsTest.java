package dev.itom.archimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The schemas' keys and key references, which the reader checks itself: each broken one is a
 * located schema problem, as the validator's own check reported it.
 */
class IdentityConstraintsTest {
  private static final ArchimateReader READER = ArchimateReader.create();

  private static final String HEAD =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<model xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\""
          + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" identifier=\"m\">\n"
          + "  <name xml:lang=\"en\">M</name>\n"
          + "  <elements>\n"
          + "    <element identifier=\"r\" xsi:type=\"BusinessRole\"><name>R</name></element>\n"
          + "    <element identifier=\"a\" xsi:type=\"BusinessActor\"><name>A</name></element>\n"
          + "  </elements>\n"
          + "  <relationships>\n"
          + "    <relationship identifier=\"rel\" source=\"r\" target=\"a\""
          + " xsi:type=\"Association\" />\n"
          + "  </relationships>\n";

  private static final String DEFINITIONS =
      "  <propertyDefinitions>\n"
          + "    <propertyDefinition identifier=\"pd\" type=\"string\"><name>p</name>"
          + "</propertyDefinition>\n"
          + "  </propertyDefinitions>\n";

  private static String view(String id, String contents) {
    return "      <view identifier=\""
        + id
        + "\" xsi:type=\"Diagram\"><name>V</name>\n"
        + contents
        + "      </view>\n";
  }

  private static String node(String id, String ref, int x) {
    return "        <node identifier=\""
        + id
        + "\" elementRef=\""
        + ref
        + "\" xsi:type=\"Element\" x=\""
        + x
        + "\" y=\"0\" w=\"10\" h=\"10\" />\n";
  }

  private static String views(String... views) {
    return "  <views>\n    <diagrams>\n" + String.join("", views) + "    </diagrams>\n  </views>\n";
  }

  private static List<ArchimateProblem> problems(String xml) {
    try {
      READER.read(xml.getBytes(StandardCharsets.UTF_8), "keys.xml");
    } catch (ArchimateException e) {
      return e.problems();
    }
    throw new AssertionError("accepted: " + xml);
  }

  private static int lineOf(String xml, String text) {
    return xml.substring(0, xml.indexOf(text)).split("\n", -1).length;
  }

  @Test
  void aFileWithEveryKindOfReferenceRightIsRead() {
    String xml =
        HEAD
            + DEFINITIONS
            + views(
                view(
                    "v1",
                    node("n1", "r", 0)
                        + node("n2", "a", 20)
                        + "        <connection identifier=\"c1\" relationshipRef=\"rel\""
                        + " xsi:type=\"Relationship\" source=\"n1\" target=\"n2\" />\n"))
            + "</model>\n";
    assertThat(READER.read(xml.getBytes(StandardCharsets.UTF_8), "keys.xml").model().roles())
        .hasSize(1);
  }

  @Test
  void aDuplicateIdentifierIsAnErrorAtTheSecond() {
    String xml =
        HEAD.replace("identifier=\"a\"", "identifier=\"r\"").replace("target=\"a\"", "target=\"r\"")
            + "</model>\n";
    List<ArchimateProblem> problems = problems(xml);
    assertThat(problems).isNotEmpty().allMatch(p -> p.code().equals("invalid"));
    assertThat(problems).allMatch(p -> p.line() == lineOf(xml, "xsi:type=\"BusinessActor\""));
    assertThat(problems).anyMatch(p -> p.message().contains("'r'") && p.column() > 0);
  }

  @Test
  void aRelationshipEndThatIsAPropertyDefinitionIsAnError() {
    String xml = HEAD.replace("target=\"a\"", "target=\"pd\"") + DEFINITIONS + "</model>\n";
    List<ArchimateProblem> problems = problems(xml);
    assertThat(problems).hasSize(1);
    ArchimateProblem p = problems.get(0);
    assertThat(p.code()).isEqualTo("invalid");
    assertThat(p.line()).isEqualTo(lineOf(xml, "<relationship "));
    assertThat(p.column()).isPositive();
    assertThat(p.identifier()).isEqualTo("rel");
    assertThat(p.message())
        .contains("ArchiMate 3.1 schemas", "'pd'", "element or relationship of the model");
  }

  @Test
  void aPropertyThatRefersToAnElementIsAnError() {
    String xml =
        HEAD.replace(
                "<name>A</name>",
                "<name>A</name><properties><property propertyDefinitionRef=\"r\">"
                    + "<value>x</value></property></properties>")
            + DEFINITIONS
            + "</model>\n";
    List<ArchimateProblem> problems = problems(xml);
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.identifier()).isEqualTo("a"));
    assertThat(problems.get(0).message()).contains("'r'", "property definition");
  }

  @Test
  void aNodeOfARelationshipAndAConnectionToAnotherViewAreErrors() {
    String xml =
        HEAD
            + views(
                view("v1", node("n1", "rel", 0) + node("n2", "a", 20)),
                view(
                    "v2",
                    node("n3", "r", 0)
                        + "        <connection identifier=\"c1\" relationshipRef=\"rel\""
                        + " xsi:type=\"Relationship\" source=\"n3\" target=\"n2\" />\n"))
            + "</model>\n";
    List<ArchimateProblem> problems = problems(xml);
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0).line()).isEqualTo(lineOf(xml, "\"n1\""));
    assertThat(problems.get(0).message()).contains("'rel'", "element of the model");
    assertThat(problems.get(1).line()).isEqualTo(lineOf(xml, "\"c1\""));
    assertThat(problems.get(1).identifier()).isEqualTo("v2");
    assertThat(problems.get(1).message()).contains("'n2'", "node or connection of this diagram");
  }
}
