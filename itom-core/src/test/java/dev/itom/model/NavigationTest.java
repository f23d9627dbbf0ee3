package dev.itom.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itom.templates.Templates;
import org.junit.jupiter.api.Test;

class NavigationTest {
  private final OperatingModel model = Templates.referenceModel();

  @Test
  void lookupsByIdAreTyped() {
    assertThat(model.element("brm")).map(Element::elementKind).contains(ElementKind.ROLE);
    assertThat(model.role("brm")).isPresent();
    assertThat(model.role("r2v")).isEmpty();
    assertThat(model.valueChain("r2v")).isPresent();
    assertThat(model.stage("o2c.quote")).map(Stage::name).contains("Select options and quote");
    assertThat(model.process("portfolio-management")).isPresent();
    assertThat(model.offering("collaboration")).isPresent();
    assertThat(model.kpi("kpi.time-to-value")).isPresent();
    assertThat(model.consumer("sales")).isPresent();
    assertThat(model.artifact("invoice")).isPresent();
    assertThat(model.element("nothing")).isEmpty();
  }

  @Test
  void elementCountCountsEveryIdentifiedElement() {
    int expected =
        model.roles().size()
            + model.consumers().size()
            + model.artifacts().size()
            + model.valueChains().size()
            + model.stages().size()
            + model.processes().size()
            + model.offerings().size()
            + model.offerings().stream().mapToInt(o -> o.options().size()).sum()
            + model.kpis().size();
    assertThat(model.elementCount()).isEqualTo(expected);
  }

  @Test
  void pathsPointIntoTheJsonForm() {
    assertThat(model.pathOf("acme-it")).isEmpty();
    assertThat(model.pathOf("cio")).contains("/roles/0");
    assertThat(model.pathOf("o2c")).contains("/valueChains/1");
    assertThat(model.pathOf("o2c.quote")).contains("/valueChains/1/stages/1");
    assertThat(model.pathOf("collaboration")).contains("/offerings/0");
  }

  @Test
  void chainOfAStage() {
    assertThat(model.chainOf("o2c.quote")).map(ValueChain::id).contains("o2c");
    assertThat(model.chainOf("o2c")).isEmpty();
    assertThat(model.chainOf("missing")).isEmpty();
  }

  @Test
  void processesSupportingStageOrChain() {
    assertThat(model.processesSupporting("r2v"))
        .extracting(SupportProcess::id)
        .containsExactly("portfolio-management", "it-governance");
    assertThat(model.processesSupporting("o2c.bill"))
        .extracting(SupportProcess::id)
        .containsExactly("financial-management");
    assertThat(model.processesSupporting("o2c.order")).isEmpty();
  }

  @Test
  void alignmentsOfAStage() {
    assertThat(model.alignmentsOf("r2v.value"))
        .extracting(Alignment::from, Alignment::to)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("o2c.benefit", "r2v.value"),
            org.assertj.core.groups.Tuple.tuple("r2v.value", "r2v.portfolio"));
  }

  @Test
  void stagesProducingAndConsumingAnArtifact() {
    assertThat(model.stagesProducing("scope-agreement"))
        .extracting(Stage::id)
        .containsExactly("r2v.requirements");
    assertThat(model.stagesConsuming("usage-record"))
        .extracting(Stage::id)
        .containsExactly("r2v.value", "o2c.bill");
  }

  @Test
  void assignmentsKpisAndOfferings() {
    assertThat(model.assignmentsFor("o2c.order"))
        .extracting(Assignment::responsibility)
        .containsExactly(Responsibility.RESPONSIBLE, Responsibility.ACCOUNTABLE);
    assertThat(model.kpisMeasuring("r2v")).extracting(Kpi::id).contains("kpi.time-to-value");
    assertThat(model.offeringsRealizedBy("o2c.fulfil")).hasSize(2);
    assertThat(model.offeringsServing("partners"))
        .extracting(Offering::id)
        .containsExactly("collaboration");
  }

  @Test
  void anIdWithSeveralValuesListsThemAllInModelOrder() {
    OperatingModel small =
        OperatingModel.builder("m", "M")
            .consumer("c", "C", ConsumerKind.CUSTOMER)
            .artifact("x", "X")
            .requirementToValue(
                "r2v",
                "R2V",
                c -> c.stage("a", "A", s -> s.produces("x")).stage("b", "B", s -> s.produces("x")))
            .offering("o1", "O1", o -> o.consumers("c"))
            .offering("o2", "O2", o -> o.consumers("c"))
            .build();

    assertThat(small.stagesProducing("x")).extracting(Stage::id).containsExactly("a", "b");
    assertThat(small.offeringsServing("c")).extracting(Offering::id).containsExactly("o1", "o2");
  }

  @Test
  void enumsHaveHyphenatedCodes() {
    assertThat(ValueChainKind.REQUIREMENT_TO_VALUE.code()).isEqualTo("requirement-to-value");
    assertThat(Delivery.fromCode("on-premises")).contains(Delivery.ON_PREMISES);
    assertThat(Delivery.fromCode("ON_PREMISES")).isEmpty();
    assertThat(PricingModel.allowedCodes())
        .isEqualTo("free, fixed, per-user, per-unit, consumption");
  }
}
