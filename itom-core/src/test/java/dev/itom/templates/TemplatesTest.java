package dev.itom.templates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itom.model.Alignment;
import dev.itom.model.Assignment;
import dev.itom.model.Element;
import dev.itom.model.Offering;
import dev.itom.model.OperatingModel;
import dev.itom.model.ProcessCategory;
import dev.itom.model.ValueChain;
import dev.itom.rules.Report;
import dev.itom.rules.Rules;
import dev.itom.rules.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplatesTest {

  @Test
  void everyNamedTemplateResolvesToAnEqualModelEachTime() {
    assertThat(Templates.names()).containsExactly("it4it", "itil4", "two-core");
    for (String name : Templates.names()) {
      OperatingModel model = Templates.byName(name).orElseThrow();
      assertThat(Templates.byName(name)).contains(model);
    }
    assertThat(Templates.byName("two-core")).contains(Templates.referenceModel());
    assertThat(Templates.byName("it4it")).contains(Templates.it4it());
    assertThat(Templates.byName("itil4")).contains(Templates.itil4());
    assertThat(Templates.byName("nope")).isEmpty();
  }

  @Test
  void everyTemplateHasBothCoreChainsAndEveryProcessCategoryAndPassesTheErrorRules() {
    for (String name : Templates.names()) {
      OperatingModel model = Templates.byName(name).orElseThrow();
      assertThat(model.requirementToValue()).as(name).isPresent();
      assertThat(model.orderToCash()).as(name).isPresent();
      for (ProcessCategory category : ProcessCategory.values()) {
        assertThat(model.processes(category)).as(name + " " + category).isNotEmpty();
      }
      Report report = Rules.standard().check(model);
      assertThat(report.count(Severity.ERROR)).as(name + ": " + report.findings()).isZero();
    }
  }

  @Test
  void it4itHasTheFourValueStreams() {
    assertThat(Templates.it4it().valueChains())
        .extracting(chain -> chain.name())
        .containsExactly(
            "Strategy to Portfolio",
            "Requirement to Deploy",
            "Request to Fulfill",
            "Detect to Correct");
  }

  @Test
  void itil4HasTheSixValueChainActivities() {
    assertThat(Templates.itil4().stages())
        .extracting(stage -> stage.name())
        .contains(
            "Plan",
            "Improve",
            "Engage",
            "Design and transition",
            "Obtain/build",
            "Deliver and support");
  }

  @Test
  void everyTemplateListsTheElementsOfItsGoldenFile() throws IOException {
    for (String name : Templates.names()) {
      assertThat(listing(Templates.byName(name).orElseThrow()))
          .as("templates/%s.txt", name)
          .isEqualTo(golden("templates/" + name + ".txt"));
    }
  }

  /**
   * Lists a model in document order: one line per element (its JSON Pointer, id and name), per
   * alignment and per assignment, so that any added, removed, renamed or reordered part shows.
   */
  static String listing(OperatingModel model) {
    StringBuilder out = new StringBuilder();
    out.append("/ ").append(model.id()).append(' ').append(model.name()).append('\n');
    elements(out, "/roles", model.roles());
    elements(out, "/consumers", model.consumers());
    elements(out, "/artifacts", model.artifacts());
    for (int c = 0; c < model.valueChains().size(); c++) {
      ValueChain chain = model.valueChains().get(c);
      elements(out, "/valueChains", c, chain);
      elements(out, "/valueChains/" + c + "/stages", chain.stages());
    }
    elements(out, "/processes", model.processes());
    for (int i = 0; i < model.alignments().size(); i++) {
      Alignment a = model.alignments().get(i);
      out.append("/alignments/").append(i).append(' ').append(a.from()).append(' ');
      out.append(a.to()).append(' ').append(a.kind().code()).append('\n');
    }
    for (int o = 0; o < model.offerings().size(); o++) {
      Offering offering = model.offerings().get(o);
      elements(out, "/offerings", o, offering);
      elements(out, "/offerings/" + o + "/options", offering.options());
    }
    elements(out, "/kpis", model.kpis());
    for (int i = 0; i < model.assignments().size(); i++) {
      Assignment a = model.assignments().get(i);
      out.append("/assignments/").append(i).append(' ').append(a.role()).append(' ');
      out.append(a.target()).append(' ').append(a.responsibility().code()).append('\n');
    }
    return out.toString();
  }

  private static void elements(StringBuilder out, String list, List<? extends Element> elements) {
    for (int i = 0; i < elements.size(); i++) {
      elements(out, list, i, elements.get(i));
    }
  }

  private static void elements(StringBuilder out, String list, int index, Element element) {
    out.append(list).append('/').append(index).append(' ').append(element.id()).append(' ');
    out.append(element.name()).append('\n');
  }

  static String golden(String resource) throws IOException {
    try (InputStream in = TemplatesTest.class.getResourceAsStream("/" + resource)) {
      assertThat(in).as(resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
