package dev.itom.rules;

import static dev.itom.rules.BuiltInRule.q;

import dev.itom.internal.Texts;
import dev.itom.model.Direction;
import dev.itom.model.Kpi;
import dev.itom.model.OperatingModel;
import dev.itom.model.Stage;
import dev.itom.model.ValueChain;
import java.math.BigDecimal;

/**
 * The built-in rules about measurement: the core chains are measured and every KPI has a target
 * (ITOM-R08), every KPI measures something (ITOM-R14), and a KPI's target asks for improvement
 * (ITOM-R15).
 */
final class KpiRules {
  private KpiRules() {}

  // ---- ITOM-R08 ------------------------------------------------------------------------------

  /** ITOM-R08: each core chain is measured; every KPI has a target. */
  static final class CoreChainMeasured extends BuiltInRule {
    CoreChainMeasured() {
      super(
          "ITOM-R08",
          "core-chain-measured",
          Severity.WARNING,
          "Each core chain, or one of its stages, is measured by a KPI, and every KPI has a"
              + " target.");
    }

    @Override
    void check(OperatingModel model, Findings findings) {
      for (ValueChain chain : model.valueChains()) {
        if (!ChainRules.isCore(chain) || !model.kpisMeasuring(chain.id()).isEmpty()) {
          continue;
        }
        boolean measured = false;
        for (Stage stage : chain.stages()) {
          if (!model.kpisMeasuring(stage.id()).isEmpty()) {
            measured = true;
            break;
          }
        }
        if (!measured) {
          findings.add(
              chain,
              () ->
                  "no KPI measures the core chain "
                      + q(chain.id())
                      + " or any of its stages, so nobody can tell whether it delivers; add a KPI"
                      + " that measures the chain or its last stage");
        }
      }
      for (Kpi kpi : model.kpis()) {
        if (kpi.target().isEmpty()) {
          findings.add(
              kpi,
              "target",
              () ->
                  "KPI "
                      + q(kpi.id())
                      + " has no target, so it reports a number but never says whether it is good"
                      + " enough; set the target value");
        }
      }
    }
  }

  // ---- ITOM-R14 ------------------------------------------------------------------------------

  /** ITOM-R14: every KPI measures something. */
  static final class KpiMeasuresSomething extends BuiltInRule {
    KpiMeasuresSomething() {
      super(
          "ITOM-R14",
          "kpi-measures-something",
          Severity.WARNING,
          "Every KPI measures at least one element.");
    }

    @Override
    void check(OperatingModel model, Findings findings) {
      for (Kpi kpi : model.kpis()) {
        if (kpi.measures().isEmpty()) {
          findings.add(
              kpi,
              "measures",
              () ->
                  "KPI "
                      + q(kpi.id())
                      + " measures nothing, so nobody can act on it; list the chain, stage, process"
                      + " or offering it measures");
        }
      }
    }
  }

  // ---- ITOM-R15 ------------------------------------------------------------------------------

  /** ITOM-R15: a KPI's baseline does not already meet its target. */
  static final class KpiTargetAhead extends BuiltInRule {
    KpiTargetAhead() {
      super(
          "ITOM-R15",
          "kpi-target-ahead",
          Severity.INFO,
          "A KPI's target improves on its baseline.");
    }

    @Override
    void check(OperatingModel model, Findings findings) {
      for (Kpi kpi : model.kpis()) {
        if (kpi.target().isEmpty() || kpi.baseline().isEmpty()) {
          continue;
        }
        BigDecimal target = kpi.target().get();
        BigDecimal baseline = kpi.baseline().get();
        int cmp = baseline.compareTo(target);
        boolean met = kpi.direction() == Direction.HIGHER_IS_BETTER ? cmp >= 0 : cmp <= 0;
        if (met) {
          findings.add(
              kpi,
              "target",
              () ->
                  "KPI "
                      + q(kpi.id())
                      + " already meets its target: baseline "
                      + Texts.plain(baseline)
                      + ", target "
                      + Texts.plain(target)
                      + ", "
                      + kpi.direction().code()
                      + "; set a target that asks for improvement, or drop the KPI");
        }
      }
    }
  }
}
