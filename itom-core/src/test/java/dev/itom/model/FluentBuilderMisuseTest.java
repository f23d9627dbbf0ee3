package dev.itom.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A fluent builder method that sets a single value fails fast when called twice, naming the element
 * and the call to fix; the details set through the sub-builders reach the model.
 */
class FluentBuilderMisuseTest {

  private static OperatingModelBuilder base() {
    return OperatingModel.builder("m", "Model").role("owner", "Owner").role("other", "Other");
  }

  @Test
  void secondDescriptionNamesTheKindOfElementAndItsId() {
    assertThatIllegalStateException()
        .isThrownBy(() -> base().role("r", "R", r -> r.description("a").description("b")))
        .withMessage("the role \"r\" already has a description; call description(...) once");
    assertThatIllegalStateException()
        .isThrownBy(
            () ->
                base()
                    .consumer(
                        "c", "C", ConsumerKind.CUSTOMER, c -> c.description("a").description("b")))
        .withMessageStartingWith("the consumer \"c\" already has a description");
    assertThatIllegalStateException()
        .isThrownBy(() -> base().artifact("a", "A", a -> a.description("a").description("b")))
        .withMessageStartingWith("the artifact \"a\" already has a description");
    assertThatIllegalStateException()
        .isThrownBy(
            () -> base().requirementToValue("r2v", "R2V", c -> c.description("a").description("b")))
        .withMessageStartingWith("the value chain \"r2v\" already has a description");
    assertThatIllegalStateException()
        .isThrownBy(
            () ->
                base()
                    .requirementToValue(
                        "r2v",
                        "R2V",
                        c -> c.stage("s", "S", s -> s.description("a").description("b"))))
        .withMessageStartingWith("the stage \"s\" already has a description");
    assertThatIllegalStateException()
        .isThrownBy(() -> base().governing("p", "P", p -> p.description("a").description("b")))
        .withMessageStartingWith("the process \"p\" already has a description");
    assertThatIllegalStateException()
        .isThrownBy(() -> base().offering("o", "O", o -> o.description("a").description("b")))
        .withMessageStartingWith("the offering \"o\" already has a description");
    assertThatIllegalStateException()
        .isThrownBy(() -> base().kpi("k", "K", k -> k.description("a").description("b")))
        .withMessageStartingWith("the KPI \"k\" already has a description");
  }

  @Test
  void secondPropertyWithTheSameKeyNamesTheKey() {
    assertThatIllegalStateException()
        .isThrownBy(
            () ->
                base()
                    .kpi(
                        "k",
                        "K",
                        k -> k.property("team", "a").properties(ImmutableMap.of("team", "b"))))
        .withMessage("the KPI \"k\" already has the property \"team\"; set each key once");
  }

  @Test
  void secondKpiUnitTargetOrBaselineFailsFast() {
    assertThatIllegalStateException()
        .isThrownBy(() -> base().kpi("k", "K", k -> k.unit("%").unit("days")))
        .withMessage("KPI \"k\" already has the unit \"%\"; call unit(...) once");
    assertThatIllegalStateException()
        .isThrownBy(() -> base().kpi("k", "K", k -> k.target("95").target(BigDecimal.ONE)))
        .withMessage("KPI \"k\" already has the target 95; call target(...) once");
    assertThatIllegalStateException()
        .isThrownBy(() -> base().kpi("k", "K", k -> k.baseline("80").baseline("81")))
        .withMessage("KPI \"k\" already has the baseline 80; call baseline(...) once");
  }

  @Test
  void secondOfferingCategoryOrOwnerFailsFast() {
    assertThatIllegalStateException()
        .isThrownBy(() -> base().offering("o", "O", o -> o.category("x").category("y")))
        .withMessage("offering \"o\" already has a category; call category(...) once");
    assertThatIllegalStateException()
        .isThrownBy(() -> base().offering("o", "O", o -> o.owner("owner").owner("other")))
        .withMessageStartingWith("offering \"o\" already has the owner \"owner\"")
        .withMessageContaining("assign(role, \"o\", responsibility)");
  }

  @Test
  void secondProcessOwnerFailsFast() {
    assertThatIllegalStateException()
        .isThrownBy(() -> base().enabling("p", "P", p -> p.owner("owner").owner("other")))
        .withMessageStartingWith("process \"p\" already has the owner \"owner\"")
        .withMessageContaining("assign(role, \"p\", responsibility)");
  }

  @Test
  void detailsSetThroughSubBuildersReachTheModel() {
    OperatingModel model =
        base()
            .role("r", "R", r -> r.description("Runs things").properties(ImmutableMap.of("k", "v")))
            .consumer("c", "C", ConsumerKind.PARTNER, c -> c.description("A partner"))
            .artifact("a", "A", a -> a.description("A document").property("format", "pdf"))
            .kpi("k", "K", k -> k.unit("%").target("95.5").baseline("-3").lowerIsBetter())
            .build();

    assertThat(model.role("r").orElseThrow().description()).contains("Runs things");
    assertThat(model.role("r").orElseThrow().properties()).containsExactly(entry("k", "v"));
    assertThat(model.consumer("c").orElseThrow().description()).contains("A partner");
    assertThat(model.artifact("a").orElseThrow().description()).contains("A document");
    assertThat(model.artifact("a").orElseThrow().properties())
        .containsExactly(entry("format", "pdf"));
    Kpi kpi = model.kpi("k").orElseThrow();
    assertThat(kpi.unit()).contains("%");
    assertThat(kpi.target()).contains(new BigDecimal("95.5"));
    assertThat(kpi.baseline()).contains(new BigDecimal("-3"));
    assertThat(kpi.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
  }

  private static java.util.Map.Entry<String, String> entry(String key, String value) {
    return java.util.Map.entry(key, value);
  }
}
