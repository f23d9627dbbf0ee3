package dev.itom.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The external spellings of every enum: they are part of the {@code itom/1} format, so a changed
 * spelling breaks every file written before. Each enum must round-trip through its code.
 */
class EnumCodesTest {
  private static final Pattern HYPHENATED = Pattern.compile("[a-z]+(-[a-z]+)*");

  private static <E extends Enum<E>> void roundTrips(
      E[] constants, Function<E, String> code, Function<String, java.util.Optional<E>> fromCode) {
    for (E constant : constants) {
      String spelling = code.apply(constant);
      assertThat(spelling).as(constant.name()).matches(HYPHENATED);
      assertThat(fromCode.apply(spelling)).as(spelling).contains(constant);
      assertThat(fromCode.apply(constant.name())).as(constant.name()).isEmpty();
    }
    assertThat(fromCode.apply("")).isEmpty();
    assertThat(fromCode.apply("no-such-code")).isEmpty();
  }

  @Test
  void everyConstantRoundTripsThroughItsCode() {
    roundTrips(AlignmentKind.values(), AlignmentKind::code, AlignmentKind::fromCode);
    roundTrips(ConsumerKind.values(), ConsumerKind::code, ConsumerKind::fromCode);
    roundTrips(Delivery.values(), Delivery::code, Delivery::fromCode);
    roundTrips(Direction.values(), Direction::code, Direction::fromCode);
    roundTrips(ElementKind.values(), ElementKind::code, ElementKind::fromCode);
    roundTrips(Lifecycle.values(), Lifecycle::code, Lifecycle::fromCode);
    roundTrips(OfferingType.values(), OfferingType::code, OfferingType::fromCode);
    roundTrips(PricingModel.values(), PricingModel::code, PricingModel::fromCode);
    roundTrips(ProcessCategory.values(), ProcessCategory::code, ProcessCategory::fromCode);
    roundTrips(Responsibility.values(), Responsibility::code, Responsibility::fromCode);
    roundTrips(ValueChainKind.values(), ValueChainKind::code, ValueChainKind::fromCode);
  }

  @Test
  void allowedCodesListTheFormatSpellingsInDeclarationOrder() {
    assertThat(AlignmentKind.allowedCodes()).isEqualTo("handoff, feedback, alignment");
    assertThat(ConsumerKind.allowedCodes())
        .isEqualTo("business-unit, customer, partner, employee-group");
    assertThat(Delivery.allowedCodes())
        .isEqualTo("on-premises, private-cloud, saas, paas, iaas, hybrid, managed");
    assertThat(Direction.allowedCodes()).isEqualTo("higher-is-better, lower-is-better");
    assertThat(ElementKind.allowedCodes())
        .isEqualTo("role, consumer, artifact, value-chain, stage, process, offering, option, kpi");
    assertThat(Lifecycle.allowedCodes()).isEqualTo("planned, active, retiring, retired");
    assertThat(OfferingType.allowedCodes()).isEqualTo("product, service");
    assertThat(PricingModel.allowedCodes())
        .isEqualTo("free, fixed, per-user, per-unit, consumption");
    assertThat(ProcessCategory.allowedCodes()).isEqualTo("governing, enabling, supporting");
    assertThat(Responsibility.allowedCodes())
        .isEqualTo("responsible, accountable, consulted, informed");
    assertThat(ValueChainKind.allowedCodes())
        .isEqualTo("requirement-to-value, order-to-cash, custom");
  }

  @Test
  void codesAreTheFormatSpellings() {
    assertThat(ConsumerKind.EMPLOYEE_GROUP.code()).isEqualTo("employee-group");
    assertThat(Delivery.PRIVATE_CLOUD.code()).isEqualTo("private-cloud");
    assertThat(Direction.LOWER_IS_BETTER.code()).isEqualTo("lower-is-better");
    assertThat(ElementKind.VALUE_CHAIN.code()).isEqualTo("value-chain");
    assertThat(Lifecycle.RETIRING.code()).isEqualTo("retiring");
    assertThat(OfferingType.PRODUCT.code()).isEqualTo("product");
    assertThat(PricingModel.PER_UNIT.code()).isEqualTo("per-unit");
    assertThat(ProcessCategory.SUPPORTING.code()).isEqualTo("supporting");
    assertThat(Responsibility.CONSULTED.code()).isEqualTo("consulted");
    assertThat(AlignmentKind.FEEDBACK.code()).isEqualTo("feedback");
    assertThat(ValueChainKind.ORDER_TO_CASH.code()).isEqualTo("order-to-cash");
  }
}
