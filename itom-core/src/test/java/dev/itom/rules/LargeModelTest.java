package dev.itom.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itom.model.ConsumerKind;
import dev.itom.model.OperatingModel;
import dev.itom.model.OperatingModelBuilder;
import dev.itom.model.ProcessCategory;
import org.junit.jupiter.api.Test;

/**
 * Runs every built-in rule over a model of more than 100,000 elements. It shows that the rules
 * finish on a large model and still find a weakness planted deep inside; how fast they are is
 * measured by the benchmarks, not asserted here.
 */
class LargeModelTest {
  private static final int ROLES = 10_000;
  private static final int STAGES_PER_CHAIN = 25_000;
  private static final int PROCESSES = 10_000;
  private static final int OFFERINGS = 5_000;
  private static final int KPIS = 5_000;

  private static OperatingModel largeModel() {
    OperatingModelBuilder model = OperatingModel.builder("large", "Large model");
    for (int i = 0; i < ROLES; i++) {
      model.role("role-" + i, "Role " + i);
    }
    model.consumer("staff", "Staff", ConsumerKind.EMPLOYEE_GROUP);
    for (int i = 0; i < STAGES_PER_CHAIN; i++) {
      model.artifact("art-" + i, "Artifact " + i);
    }
    model.requirementToValue(
        "r2v",
        "Requirement to Value",
        chain -> {
          for (int i = 0; i < STAGES_PER_CHAIN; i++) {
            int n = i;
            chain.stage(
                "r2v-" + n,
                "R2V " + n,
                s -> s.owner("role-" + n % ROLES).answers("Why?").produces("art-" + n));
          }
        });
    model.orderToCash(
        "o2c",
        "Order to Cash",
        chain -> {
          for (int i = 0; i < STAGES_PER_CHAIN; i++) {
            int n = i;
            chain.stage(
                "o2c-" + i,
                "O2C " + i,
                s -> {
                  if (n < STAGES_PER_CHAIN - 1) {
                    s.owner("role-" + n % ROLES); // the last stage is left without owner
                  }
                  s.answers("At what cost?", "By when?").consumes("art-" + n);
                });
          }
        });
    for (int i = 0; i < PROCESSES; i++) {
      int n = i;
      model.process(
          n % 2 == 0 ? ProcessCategory.GOVERNING : ProcessCategory.ENABLING,
          "proc-" + n,
          "Process " + n,
          p ->
              p.owner("role-" + n)
                  .supports("r2v-" + n, "o2c-" + n)
                  .cobit("APO05", "Managed Portfolio"));
      model.accountable("role-" + n, "proc-" + n);
      model.responsible("role-" + (n + 1) % ROLES, "proc-" + n);
    }
    for (int i = 0; i < OFFERINGS; i++) {
      int n = i;
      model.offering(
          "off-" + n,
          "Offering " + n,
          o ->
              o.owner("role-" + n)
                  .consumers("staff")
                  .realizedBy("r2v-" + n, "o2c-" + n)
                  .option("off-" + n + ".std", "Standard", opt -> opt.free().leadTime("P1D")));
    }
    for (int i = 0; i < KPIS; i++) {
      int n = i;
      model.kpi(
          "kpi-" + n,
          "KPI " + n,
          k ->
              k.target("90")
                  .baseline("50")
                  .measures("r2v-" + (STAGES_PER_CHAIN - 1 - n), "o2c-" + n));
    }
    model.align("r2v-0", "o2c-0");
    return model.build();
  }

  @Test
  void everyRuleFinishesOnAModelOfMoreThan100kElements() {
    OperatingModel model = largeModel();
    assertThat(model.elementCount()).isGreaterThan(100_000);
    Report report = Rules.standard().check(model);
    assertThat(report.hasErrors()).isFalse();
    assertThat(report.findings())
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.ruleId()).isEqualTo("ITOM-R04");
              assertThat(finding.pointer())
                  .isEqualTo("/valueChains/1/stages/" + (STAGES_PER_CHAIN - 1) + "/owner");
            });
  }
}
