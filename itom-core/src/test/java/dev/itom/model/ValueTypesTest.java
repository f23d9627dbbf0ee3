package dev.itom.model;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.itom.templates.Templates;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Equality of every value type, and null rejection over the public API. */
class ValueTypesTest {

  @Test
  void roleArtifactEquality() {
    new EqualsTester()
        .addEqualityGroup(
            Role.of("a", "A"), Role.of("a", "A"), Role.builder().id("a").name("A").build())
        .addEqualityGroup(Role.of("b", "A"))
        .addEqualityGroup(Role.of("a", "B"))
        .addEqualityGroup(Role.builder().id("a").name("A").description("d").build())
        .addEqualityGroup(Role.builder().id("a").name("A").putProperties("k", "v").build())
        .addEqualityGroup(Artifact.of("a", "A"), Artifact.of("a", "A"))
        .testEquals();
  }

  @Test
  void consumerEquality() {
    new EqualsTester()
        .addEqualityGroup(
            Consumer.of("c", "C", ConsumerKind.PARTNER),
            Consumer.of("c", "C", ConsumerKind.PARTNER))
        .addEqualityGroup(Consumer.of("c", "C", ConsumerKind.CUSTOMER))
        .addEqualityGroup(Consumer.of("c", "D", ConsumerKind.PARTNER))
        .testEquals();
  }

  @Test
  void stageAndChainEquality() {
    Stage stage = Stage.builder().id("s").name("S").owner("r").addQuestions("Why?").build();
    new EqualsTester()
        .addEqualityGroup(stage, Stage.builder().copyFrom(stage).build())
        .addEqualityGroup(stage.withOwner("other"))
        .addEqualityGroup(Stage.builder().copyFrom(stage).addConsumes("a").build())
        .addEqualityGroup(Stage.builder().copyFrom(stage).addProduces("a").build())
        .addEqualityGroup(Stage.builder().copyFrom(stage).addQuestions("What?").build())
        .testEquals();
    ValueChain chain = ValueChain.of("c", "C", ValueChainKind.CUSTOM).withStages(List.of(stage));
    new EqualsTester()
        .addEqualityGroup(
            chain, ValueChain.of("c", "C", ValueChainKind.CUSTOM).withStages(List.of(stage)))
        .addEqualityGroup(ValueChain.of("c", "C", ValueChainKind.CUSTOM))
        .addEqualityGroup(chain.withStages(List.of(stage, Stage.of("t", "T"))))
        .addEqualityGroup(
            ValueChain.of("c", "C", ValueChainKind.ORDER_TO_CASH).withStages(List.of(stage)))
        .testEquals();
  }

  @Test
  void processAndFrameworkEquality() {
    new EqualsTester()
        .addEqualityGroup(
            FrameworkReference.of("cobit2019", "APO05"),
            FrameworkReference.of("cobit2019", "APO05"))
        .addEqualityGroup(FrameworkReference.of("cobit2019", "APO05", "Managed Portfolio"))
        .addEqualityGroup(FrameworkReference.of("itil4", "APO05"))
        .testEquals();
    SupportProcess process = SupportProcess.of("p", "P", ProcessCategory.GOVERNING);
    new EqualsTester()
        .addEqualityGroup(process, SupportProcess.of("p", "P", ProcessCategory.GOVERNING))
        .addEqualityGroup(SupportProcess.of("p", "P", ProcessCategory.ENABLING))
        .addEqualityGroup(process.withSupports(List.of("s")))
        .addEqualityGroup(SupportProcess.builder().copyFrom(process).owner("r").build())
        .addEqualityGroup(
            SupportProcess.builder()
                .copyFrom(process)
                .addFrameworks(FrameworkReference.of("x", "y"))
                .build())
        .testEquals();
  }

  @Test
  void alignmentAndAssignmentEquality() {
    new EqualsTester()
        .addEqualityGroup(
            Alignment.of("a", "b", AlignmentKind.HANDOFF),
            Alignment.of("a", "b", AlignmentKind.HANDOFF))
        .addEqualityGroup(Alignment.of("b", "a", AlignmentKind.HANDOFF))
        .addEqualityGroup(Alignment.of("a", "b", AlignmentKind.FEEDBACK))
        .addEqualityGroup(
            Alignment.builder()
                .from("a")
                .to("b")
                .kind(AlignmentKind.HANDOFF)
                .description("label")
                .build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            Assignment.of("r", "t", Responsibility.ACCOUNTABLE),
            Assignment.of("r", "t", Responsibility.ACCOUNTABLE))
        .addEqualityGroup(Assignment.of("r", "t", Responsibility.RESPONSIBLE))
        .addEqualityGroup(Assignment.of("r", "u", Responsibility.ACCOUNTABLE))
        .addEqualityGroup(Assignment.of("q", "t", Responsibility.ACCOUNTABLE))
        .testEquals();
  }

  @Test
  void offeringPricingKpiEquality() {
    Pricing pricing = Pricing.of(PricingModel.PER_USER, new BigDecimal("7.50"), "EUR");
    new EqualsTester()
        .addEqualityGroup(pricing, Pricing.of(PricingModel.PER_USER, new BigDecimal("7.50"), "EUR"))
        // BigDecimal equality is exact: 7.5 and 7.50 are different amounts in the format.
        .addEqualityGroup(Pricing.of(PricingModel.PER_USER, new BigDecimal("7.5"), "EUR"))
        .addEqualityGroup(Pricing.of(PricingModel.FREE))
        .testEquals();
    Offering offering =
        Offering.builder()
            .id("o")
            .name("O")
            .type(OfferingType.SERVICE)
            .lifecycle(Lifecycle.ACTIVE)
            .build();
    new EqualsTester()
        .addEqualityGroup(offering, Offering.builder().copyFrom(offering).build())
        .addEqualityGroup(offering.withPricing(pricing))
        .addEqualityGroup(offering.withLifecycle(Lifecycle.RETIRED))
        .addEqualityGroup(Offering.builder().copyFrom(offering).delivery(Delivery.SAAS).build())
        .testEquals();
    Kpi kpi = Kpi.builder().id("k").name("K").direction(Direction.HIGHER_IS_BETTER).build();
    new EqualsTester()
        .addEqualityGroup(kpi, Kpi.builder().copyFrom(kpi).build())
        .addEqualityGroup(kpi.withTarget(BigDecimal.ONE))
        .addEqualityGroup(Kpi.builder().copyFrom(kpi).direction(Direction.LOWER_IS_BETTER).build())
        .testEquals();
  }

  @Test
  void operatingModelAndViolationEquality() {
    OperatingModel model = Templates.referenceModel();
    new EqualsTester()
        .addEqualityGroup(model, Templates.referenceModel(), model.toBuilder().build())
        .addEqualityGroup(model.withVersion("other"))
        .addEqualityGroup(model.withName("Other"))
        .addEqualityGroup(model.withAlignments(ImmutableList.of()))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Violation.of("bad-id", "/a", "m"), Violation.of("bad-id", "/a", "m"))
        .addEqualityGroup(Violation.of("blank-name", "/a", "m"))
        .addEqualityGroup(Violation.of("bad-id", "/b", "m"))
        .addEqualityGroup(Violation.of("bad-id", "/a", "n"))
        .testEquals();
  }

  @Test
  void publicApiRejectsNull() {
    NullPointerTester tester = new NullPointerTester();
    for (Class<?> type :
        List.of(
            OperatingModel.class,
            Role.class,
            Consumer.class,
            Artifact.class,
            ValueChain.class,
            Stage.class,
            SupportProcess.class,
            FrameworkReference.class,
            Alignment.class,
            Assignment.class,
            Offering.class,
            Pricing.class,
            Kpi.class,
            Violation.class,
            InvalidModelException.class,
            ConsumerKind.class,
            ValueChainKind.class,
            ProcessCategory.class,
            AlignmentKind.class,
            OfferingType.class,
            Delivery.class,
            Lifecycle.class,
            PricingModel.class,
            Direction.class,
            Responsibility.class,
            ElementKind.class)) {
      tester.testAllPublicStaticMethods(type);
      tester.testAllPublicConstructors(type);
    }
    OperatingModel model = Templates.referenceModel();
    tester.testAllPublicInstanceMethods(model);
    tester.testAllPublicInstanceMethods(model.stages().get(0));
    tester.testAllPublicInstanceMethods(model.valueChains().get(0));
    tester.testAllPublicInstanceMethods(model.processes().get(0));
    tester.testAllPublicInstanceMethods(model.offerings().get(0));
    tester.testAllPublicInstanceMethods(model.kpis().get(0));
    tester.testAllPublicInstanceMethods(model.roles().get(0));
    tester.testAllPublicInstanceMethods(model.consumers().get(0));
    tester.testAllPublicInstanceMethods(model.artifacts().get(0));
    tester.testAllPublicInstanceMethods(Stage.builder());
    tester.testAllPublicInstanceMethods(Offering.builder());
    tester.testAllPublicInstanceMethods(Pricing.builder());
    tester.testAllPublicInstanceMethods(OperatingModel.builder("m", "M"));
    tester.testAllPublicInstanceMethods(new StageBuilder("s", "S"));
    tester.testAllPublicInstanceMethods(new ChainBuilder("c", "C", ValueChainKind.CUSTOM));
    tester.testAllPublicInstanceMethods(
        new SupportProcessBuilder("p", "P", ProcessCategory.ENABLING));
    tester.testAllPublicInstanceMethods(new OfferingBuilder("o", "O"));
    tester.testAllPublicInstanceMethods(new KpiBuilder("k", "K"));
    tester.testAllPublicInstanceMethods(new ElementBuilder("r", "role"));
  }
}
