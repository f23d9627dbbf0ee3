package dev.itom.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.itom.model.Direction;
import dev.itom.model.InvalidModelException;
import dev.itom.model.Kpi;
import dev.itom.model.Lifecycle;
import dev.itom.model.Offering;
import dev.itom.model.OfferingType;
import dev.itom.model.OperatingModel;
import dev.itom.model.Pricing;
import dev.itom.model.PricingModel;
import dev.itom.render.Format;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Decimals with huge exponents (valid {@code BigDecimal}s, which the API accepts) never print as
 * their plain form of a billion digits: messages, findings and renderings stay small.
 */
class ExtremeDecimalsTest {
  private static final BigDecimal HUGE = new BigDecimal("2E+999999999");
  private static final BigDecimal HUGER = new BigDecimal("3E+999999999");

  @Test
  void aNegativeHugeAmountIsReportedWithItsExponent() {
    Offering offering =
        Offering.builder()
            .id("o")
            .name("O")
            .type(OfferingType.SERVICE)
            .lifecycle(Lifecycle.ACTIVE)
            .pricing(Pricing.of(PricingModel.FIXED, HUGE.negate(), "EUR"))
            .build();
    InvalidModelException e =
        catchThrowableOfType(
            InvalidModelException.class,
            () -> OperatingModel.builder("m", "M").addOfferings(List.of(offering)).build());
    assertThat(e.getMessage()).contains("-2E+999999999").hasSizeLessThan(1_000);
  }

  @Test
  void rulesAndRenderersWriteHugeKpiValuesWithTheirExponent() {
    Kpi kpi =
        Kpi.builder()
            .id("k")
            .name("K")
            .direction(Direction.HIGHER_IS_BETTER)
            .target(HUGE)
            .baseline(HUGER)
            .build();
    OperatingModel model = OperatingModel.builder("m", "M").addKpis(List.of(kpi)).build();
    Report report = Rules.standard().check(model);
    assertThat(report.findings())
        .filteredOn(f -> f.ruleId().equals(Rules.KPI_TARGET_AHEAD.id()))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("3E+999999999", "2E+999999999")
                    .hasSizeLessThan(1_000));
    for (Format format : Format.values()) {
      String rendered = format.render(model, report);
      assertThat(rendered).as(format.code()).hasSizeLessThan(1_000_000);
    }
  }

  @Test
  void ordinaryDecimalsStayPlain() {
    Kpi kpi =
        Kpi.builder()
            .id("k")
            .name("K")
            .direction(Direction.HIGHER_IS_BETTER)
            .target(new BigDecimal("1E+3"))
            .baseline(new BigDecimal("2E+3"))
            .build();
    OperatingModel model = OperatingModel.builder("m", "M").addKpis(List.of(kpi)).build();
    assertThat(Rules.standard().check(model).findings())
        .filteredOn(f -> f.ruleId().equals(Rules.KPI_TARGET_AHEAD.id()))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("2000", "1000"));
  }
}
