package dev.itom.templates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itom.model.OperatingModel;
import dev.itom.model.ProcessCategory;
import dev.itom.rules.Report;
import dev.itom.rules.Rules;
import dev.itom.rules.Severity;
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
}
