package dev.itom.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.itom.templates.Templates;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperatingModelBuilderTest {

  private static OperatingModelBuilder minimal() {
    return OperatingModel.builder("m", "Model")
        .role("brm", "BRM")
        .artifact("demand", "Demand")
        .requirementToValue(
            "r2v",
            "Requirement to Value",
            c -> c.stage("r2v.demand", "Capture demand", s -> s.owner("brm").produces("demand")))
        .orderToCash(
            "o2c", "Order to Cash", c -> c.stage("o2c.order", "Order", s -> s.consumes("demand")));
  }

  @Test
  void builderProducesTheDescribedStructure() {
    OperatingModel model = minimal().version("1").description("d").property("k", "v").build();

    assertThat(model.id()).isEqualTo("m");
    assertThat(model.name()).isEqualTo("Model");
    assertThat(model.version()).contains("1");
    assertThat(model.description()).contains("d");
    assertThat(model.properties()).containsExactly(java.util.Map.entry("k", "v"));
    assertThat(model.valueChains())
        .extracting(ValueChain::id, ValueChain::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("r2v", ValueChainKind.REQUIREMENT_TO_VALUE),
            org.assertj.core.groups.Tuple.tuple("o2c", ValueChainKind.ORDER_TO_CASH));
    Stage demand = model.stage("r2v.demand").orElseThrow();
    assertThat(demand.owner()).contains("brm");
    assertThat(demand.produces()).containsExactly("demand");
    assertThat(model.stage("o2c.order").orElseThrow().consumes()).containsExactly("demand");
  }

  @Test
  void referenceModelHasEveryPartOfATwoCoreOperatingModel() {
    OperatingModel model = Templates.referenceModel();

    ValueChain r2v = model.requirementToValue().orElseThrow();
    ValueChain o2c = model.orderToCash().orElseThrow();
    assertThat(r2v.stages()).extracting(Stage::id).startsWith("r2v.demand").endsWith("r2v.value");
    assertThat(o2c.stages()).extracting(Stage::id).startsWith("o2c.offer");
    assertThat(model.stages()).allSatisfy(stage -> assertThat(stage.owner()).isPresent());
    assertThat(model.stages()).flatExtracting(Stage::questions).contains("Why us?", "By when?");
    assertThat(model.alignments()).extracting(Alignment::kind).contains(AlignmentKind.HANDOFF);
    assertThat(model.processes(ProcessCategory.GOVERNING))
        .extracting(SupportProcess::name)
        .containsExactly(
            "Portfolio management", "Business relationship management", "IT governance");
    assertThat(model.processes(ProcessCategory.ENABLING))
        .extracting(SupportProcess::name)
        .containsExactly("Project management");
    assertThat(model.processes(ProcessCategory.SUPPORTING)).isNotEmpty();
    Offering collaboration = model.offering("collaboration").orElseThrow();
    assertThat(collaboration.delivery()).contains(Delivery.SAAS);
    assertThat(collaboration.pricing()).isEmpty();
    assertThat(collaboration.options())
        .extracting(Option::name)
        .containsExactly("Basic", "Standard", "Premium");
    Option standard = collaboration.options().get(1);
    assertThat(standard.pricing().orElseThrow().amount()).contains(new BigDecimal("7.50"));
    assertThat(standard.pricing().orElseThrow().amount().orElseThrow().scale()).isEqualTo(2);
    assertThat(standard.leadTime()).contains("P1D");
    assertThat(standard.serviceLevels()).extracting(ServiceLevel::name).contains("availability");
    assertThat(collaboration.valueProposition()).isPresent();
    assertThat(collaboration.alternatives()).hasSize(2);
    assertThat(model.consumers()).isNotEmpty();
    assertThat(model.kpis()).isNotEmpty();
    assertThat(model.assignments()).isNotEmpty();
    assertThat(Templates.referenceModel()).isEqualTo(model);
  }

  @Test
  void elementsMayBeReferencedBeforeTheyAreDeclared() {
    OperatingModel model =
        OperatingModel.builder("m", "Model")
            .requirementToValue("r2v", "R2V", c -> c.stage("s", "S", s -> s.owner("late-role")))
            .role("late-role", "Declared after use")
            .build();

    assertThat(model.role("late-role")).isPresent();
  }

  @Test
  void secondOwnerFailsFastAndSaysWhatToCallInstead() {
    assertThatThrownBy(
            () ->
                OperatingModel.builder("m", "M")
                    .requirementToValue(
                        "r2v", "R2V", c -> c.stage("s", "S", s -> s.owner("a").owner("b"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("stage \"s\" already has the owner \"a\"")
        .hasMessageContaining("assign(role, \"s\", responsibility)");
  }

  @Test
  void secondPricingFailsFast() {
    assertThatThrownBy(
            () -> OperatingModel.builder("m", "M").offering("o", "O", o -> o.free().free()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("offering \"o\" already has a pricing")
        .hasMessageContaining("call pricing(...) once");
  }

  @Test
  void secondDeliveryFailsFastAndPointsToHybrid() {
    assertThatThrownBy(
            () ->
                OperatingModel.builder("m", "M")
                    .offering(
                        "o", "O", o -> o.delivery(Delivery.SAAS).delivery(Delivery.ON_PREMISES)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Delivery.HYBRID");
  }

  @Test
  void raciShorthandWithoutTargetFailsFast() {
    assertThatThrownBy(() -> OperatingModel.builder("m", "M").accountable("cio"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("name at least one target");
  }

  @Test
  void duplicatePropertyKeyFailsFast() {
    assertThatThrownBy(
            () ->
                OperatingModel.builder("m", "M")
                    .role("r", "R", d -> d.property("k", "1").property("k", "2")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already has the property \"k\"");
  }

  @Test
  void changingTheBuilderAfterBuildDoesNotChangeTheModel() {
    OperatingModelBuilder builder = minimal();
    OperatingModel first = builder.build();

    builder.role("another", "Another role").version("2");
    OperatingModel second = builder.build();

    assertThat(first.roles()).extracting(Role::id).containsExactly("brm");
    assertThat(first.version()).isEmpty();
    assertThat(second.roles()).extracting(Role::id).containsExactly("brm", "another");
  }

  @Test
  void changingAnInputListAfterBuildDoesNotChangeTheModel() {
    List<Role> roles = new ArrayList<>(List.of(Role.of("a", "A")));
    OperatingModel model = OperatingModel.builder("m", "M").addRoles(roles).build();

    roles.add(Role.of("b", "B"));

    assertThat(model.roles()).hasSize(1);
  }

  @Test
  void toBuilderGivesANewModelAndLeavesTheOldOneUntouched() {
    OperatingModel original = minimal().build();

    OperatingModel edited =
        original.toBuilder().role("pm", "Portfolio manager").version("2").build();

    assertThat(original.roles()).extracting(Role::id).containsExactly("brm");
    assertThat(original.version()).isEmpty();
    assertThat(edited.roles()).extracting(Role::id).containsExactly("brm", "pm");
    assertThat(edited.version()).contains("2");
    assertThat(original.toBuilder().build()).isEqualTo(original);
  }

  @Test
  void withersGiveANewModelAndCheckInvariants() {
    OperatingModel original = minimal().build();

    OperatingModel renamed = original.withName("Renamed");

    assertThat(renamed.name()).isEqualTo("Renamed");
    assertThat(original.name()).isEqualTo("Model");
    assertThatThrownBy(() -> original.withRoles(List.of()))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("/valueChains/0/stages/0/owner");
  }

  @Test
  void elementWithersCopy() {
    Stage stage = Stage.of("s", "S");
    assertThat(stage.withOwner("r").owner()).contains("r");
    assertThat(stage.owner()).isEmpty();
    assertThat(Role.of("r", "R").withName("N").name()).isEqualTo("N");
  }
}
