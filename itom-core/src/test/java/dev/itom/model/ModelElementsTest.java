package dev.itom.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.itom.model.access.ElementFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The factory that creates elements from all their attributes at once: every attribute lands where
 * the public builder puts it (each argument is a different value, so a swap of two arguments of the
 * same type fails), immutable arguments are kept as they are, and other arguments are copied.
 */
class ModelElementsTest {
  private static final ElementFactory NEW = ElementFactory.get();
  private static final ImmutableSortedMap<String, String> PROPS =
      ImmutableSortedMap.of("a", "1", "b", "2");
  private static final Pricing PRICE = Pricing.of(PricingModel.FIXED, BigDecimal.TEN, "EUR");
  private static final Pricing OTHER_PRICE = Pricing.of(PricingModel.FREE);

  @Test
  void getReturnsTheModelPackagesFactoryAndItIsInstalledOnce() {
    assertThat(ElementFactory.get()).isSameAs(ModelElements.INSTANCE);
    assertThatThrownBy(() -> ElementFactory.install(ModelElements.INSTANCE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("installed already");
    assertThatThrownBy(() -> ElementFactory.install(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void roleArtifactAndConsumerTakeEveryAttribute() {
    assertThat(NEW.role("r", "R", "d", PROPS))
        .isEqualTo(Role.builder().id("r").name("R").description("d").properties(PROPS).build());
    assertThat(NEW.role("r", "R", null, ImmutableSortedMap.of())).isEqualTo(Role.of("r", "R"));
    assertThat(NEW.artifact("a", "A", "d", PROPS))
        .isEqualTo(Artifact.builder().id("a").name("A").description("d").properties(PROPS).build());
    assertThat(NEW.consumer("c", "C", "d", PROPS, ConsumerKind.PARTNER))
        .isEqualTo(
            Consumer.builder()
                .id("c")
                .name("C")
                .description("d")
                .properties(PROPS)
                .kind(ConsumerKind.PARTNER)
                .build());
  }

  @Test
  void stageAndChainTakeEveryAttributeInItsPlace() {
    Stage stage =
        NEW.stage(
            "s",
            "S",
            "d",
            PROPS,
            "owner",
            ImmutableList.of("q"),
            ImmutableList.of("in"),
            ImmutableList.of("out"));
    assertThat(stage)
        .isEqualTo(
            Stage.builder()
                .id("s")
                .name("S")
                .description("d")
                .properties(PROPS)
                .owner("owner")
                .addQuestions("q")
                .addConsumes("in")
                .addProduces("out")
                .build());
    assertThat(NEW.chain("v", "V", "d", PROPS, ValueChainKind.ORDER_TO_CASH, List.of(stage)))
        .isEqualTo(
            ValueChain.builder()
                .id("v")
                .name("V")
                .description("d")
                .properties(PROPS)
                .kind(ValueChainKind.ORDER_TO_CASH)
                .addStages(stage)
                .build());
  }

  @Test
  void processOfferingOptionAndKpiTakeEveryAttributeInItsPlace() {
    FrameworkReference framework = FrameworkReference.of("ITIL", "4", "Change");
    assertThat(
            NEW.process(
                "p",
                "P",
                "d",
                PROPS,
                ProcessCategory.ENABLING,
                "owner",
                List.of("x"),
                List.of(framework)))
        .isEqualTo(
            SupportProcess.builder()
                .id("p")
                .name("P")
                .description("d")
                .properties(PROPS)
                .category(ProcessCategory.ENABLING)
                .owner("owner")
                .addSupports("x")
                .addFrameworks(framework)
                .build());
    Option option =
        NEW.option(
            "o",
            "O",
            "d",
            PROPS,
            PRICE,
            "5 days",
            List.of(ServiceLevel.of("up", BigDecimal.ONE, "%")));
    assertThat(option)
        .isEqualTo(
            Option.builder()
                .id("o")
                .name("O")
                .description("d")
                .properties(PROPS)
                .pricing(PRICE)
                .leadTime("5 days")
                .addServiceLevels(ServiceLevel.of("up", BigDecimal.ONE, "%"))
                .build());
    Alternative alternative = Alternative.builder().name("SaaS").pricing(OTHER_PRICE).build();
    assertThat(
            NEW.offering(
                "f",
                "F",
                "d",
                PROPS,
                OfferingType.PRODUCT,
                "cat",
                Delivery.SAAS,
                Lifecycle.RETIRING,
                "owner",
                List.of("consumer"),
                List.of("realizer"),
                PRICE,
                "why",
                List.of(option),
                List.of(alternative)))
        .isEqualTo(
            Offering.builder()
                .id("f")
                .name("F")
                .description("d")
                .properties(PROPS)
                .type(OfferingType.PRODUCT)
                .category("cat")
                .delivery(Delivery.SAAS)
                .lifecycle(Lifecycle.RETIRING)
                .owner("owner")
                .addConsumers("consumer")
                .addRealizedBy("realizer")
                .pricing(PRICE)
                .valueProposition("why")
                .addOptions(option)
                .addAlternatives(alternative)
                .build());
    assertThat(
            NEW.kpi(
                "k",
                "K",
                "d",
                PROPS,
                "%",
                Direction.LOWER_IS_BETTER,
                BigDecimal.ONE,
                BigDecimal.TEN,
                List.of("m")))
        .isEqualTo(
            Kpi.builder()
                .id("k")
                .name("K")
                .description("d")
                .properties(PROPS)
                .unit("%")
                .direction(Direction.LOWER_IS_BETTER)
                .target(BigDecimal.ONE)
                .baseline(BigDecimal.TEN)
                .addMeasures("m")
                .build());
  }

  @Test
  void relationsTakeEveryAttributeInItsPlace() {
    assertThat(NEW.alignment("x", "y", AlignmentKind.FEEDBACK, "d", PROPS))
        .isEqualTo(
            Alignment.builder()
                .from("x")
                .to("y")
                .kind(AlignmentKind.FEEDBACK)
                .description("d")
                .properties(PROPS)
                .build());
    assertThat(NEW.assignment("r", "t", Responsibility.CONSULTED, PROPS))
        .isEqualTo(
            Assignment.builder()
                .role("r")
                .target("t")
                .responsibility(Responsibility.CONSULTED)
                .properties(PROPS)
                .build());
  }

  @Test
  void modelIsCheckedAndTakesEveryAttributeInItsPlace() {
    Role role = Role.of("role", "Role");
    OperatingModel model =
        NEW.model(
            "m",
            "M",
            "1.0",
            "d",
            PROPS,
            List.of(role),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    assertThat(model)
        .isEqualTo(
            OperatingModel.builder("m", "M")
                .version("1.0")
                .description("d")
                .property("a", "1")
                .property("b", "2")
                .addRoles(List.of(role))
                .build());
    assertThatThrownBy(
            () ->
                NEW.model(
                    "m",
                    "M",
                    null,
                    null,
                    Map.of(),
                    List.of(role, role),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of()))
        .isInstanceOf(InvalidModelException.class);
  }

  @Test
  void immutableArgumentsAreKeptAndOthersCopied() {
    ImmutableList<String> questions = ImmutableList.of("q1", "q2");
    Stage kept = NEW.stage("s", "S", null, PROPS, null, questions, List.of(), List.of());
    assertThat(kept.questions()).isSameAs(questions);
    assertThat(kept.properties()).isSameAs(PROPS);

    List<String> consumes = new ArrayList<>(List.of("a1"));
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("z", "last");
    properties.put("a", "first");
    Stage copied = NEW.stage("s", "S", null, properties, null, List.of(), consumes, List.of());
    consumes.add("a2");
    properties.put("m", "middle");
    assertThat(copied.consumes()).containsExactly("a1");
    assertThat(copied.properties())
        .containsExactly(Map.entry("a", "first"), Map.entry("z", "last"));
    assertThat(copied.description()).isEmpty();
    assertThat(copied.owner()).isEmpty();
  }

  @Test
  void nullsAreRejected() {
    assertThatThrownBy(() -> NEW.role("r", null, null, PROPS))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("name");
    List<String> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(
            () ->
                NEW.kpi(
                    "k", "K", null, PROPS, null, Direction.HIGHER_IS_BETTER, null, null, withNull))
        .isInstanceOf(NullPointerException.class);
    Map<String, String> nullValue = new LinkedHashMap<>();
    nullValue.put("k", null);
    assertThatThrownBy(() -> NEW.artifact("a", "A", null, nullValue))
        .isInstanceOf(NullPointerException.class);
  }
}
