package dev.itom.rules;

import static dev.itom.rules.BuiltInRule.q;

import com.google.common.collect.ImmutableList;
import dev.itom.model.Alignment;
import dev.itom.model.OperatingModel;
import dev.itom.model.Stage;
import dev.itom.model.ValueChain;
import dev.itom.model.ValueChainKind;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The built-in rules about the value chains: the two core chains exist (ITOM-R01) and meet
 * (ITOM-R02), every chain has stages (ITOM-R03) and every core stage an owner (ITOM-R04),
 * Requirement to Value ends in a measured stage and answers "why" (ITOM-R11), Order to Cash answers
 * "at what cost" and "by when" (ITOM-R18).
 */
final class ChainRules {
  private static final Pattern WHY = Pattern.compile("\\bwhy\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern COST =
      Pattern.compile(
          "\\b(cost|costs|price|prices|pricing|charge|charges)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern WHEN = Pattern.compile("\\bwhen\\b", Pattern.CASE_INSENSITIVE);

  private ChainRules() {}

  /** Returns whether a chain is a core chain: Requirement to Value or Order to Cash. */
  static boolean isCore(ValueChain chain) {
    return chain.kind() == ValueChainKind.REQUIREMENT_TO_VALUE
        || chain.kind() == ValueChainKind.ORDER_TO_CASH;
  }

  // ---- ITOM-R01 ------------------------------------------------------------------------------

  /** ITOM-R01: the model has a Requirement-to-Value chain and an Order-to-Cash chain. */
  static final class CoreChains extends BuiltInRule {
    CoreChains() {
      super(
          "ITOM-R01",
          "core-chains-present",
          Severity.WARNING,
          "The model has a Requirement-to-Value chain and an Order-to-Cash chain.");
    }

    @Override
    void check(OperatingModel model, Findings findings) {
      if (model.requirementToValue().isEmpty()) {
        findings.addModel(
            "/valueChains",
            "the model has no Requirement-to-Value chain, so nothing says what is delivered, how,"
                + " why and by whom; add a value chain of kind requirement-to-value"
                + " (builder: requirementToValue(...))");
      }
      if (model.orderToCash().isEmpty()) {
        findings.addModel(
            "/valueChains",
            "the model has no Order-to-Cash chain, so nothing says why consumers should choose"
                + " IT, which options they have, at what cost and by when; add a value chain of"
                + " kind order-to-cash (builder: orderToCash(...))");
      }
    }
  }

  // ---- ITOM-R02 ------------------------------------------------------------------------------

  /** ITOM-R02: the two core chains are interconnected by an alignment or an artifact. */
  static final class CoreChainsInterconnected extends BuiltInRule {
    CoreChainsInterconnected() {
      super(
          "ITOM-R02",
          "core-chains-interconnected",
          Severity.ERROR,
          "The Requirement-to-Value and Order-to-Cash chains are joined by an alignment between"
              + " their stages or by an artifact produced in one and consumed in the other.");
    }

    @Override
    void check(OperatingModel model, Findings findings) {
      Optional<ValueChain> r2v = model.requirementToValue();
      Optional<ValueChain> o2c = model.orderToCash();
      if (r2v.isEmpty() || o2c.isEmpty()) {
        return; // ITOM-R01 reports the missing chain
      }
      ImmutableList<ValueChain> builds = model.valueChains(ValueChainKind.REQUIREMENT_TO_VALUE);
      ImmutableList<ValueChain> sells = model.valueChains(ValueChainKind.ORDER_TO_CASH);
      Set<String> buildStages = stageIds(builds);
      Set<String> sellStages = stageIds(sells);
      for (Alignment alignment : model.alignments()) {
        String from = alignment.from();
        String to = alignment.to();
        if ((buildStages.contains(from) && sellStages.contains(to))
            || (sellStages.contains(from) && buildStages.contains(to))) {
          return;
        }
      }
      if (anyConsumed(sells, produced(builds)) || anyConsumed(builds, produced(sells))) {
        return;
      }
      findings.addModel(
          "/alignments",
          "the Requirement-to-Value chain "
              + q(r2v.get().id())
              + " and the Order-to-Cash chain "
              + q(o2c.get().id())
              + " are not interconnected: what is built never reaches what is ordered and paid"
              + " for; align a stage of one with a stage of the other (for example the stage"
              + " that defines requirements with the stage that quotes), or let a stage of one"
              + " consume an artifact that a stage of the other produces (for example a service"
              + " offer)");
    }

    /** The ids of the stages of {@code chains}. */
    private static Set<String> stageIds(List<ValueChain> chains) {
      Set<String> ids = new HashSet<>();
      for (ValueChain chain : chains) {
        for (Stage stage : chain.stages()) {
          ids.add(stage.id());
        }
      }
      return ids;
    }

    /** The ids of the artifacts that the stages of {@code chains} produce. */
    private static Set<String> produced(List<ValueChain> chains) {
      Set<String> ids = new HashSet<>();
      for (ValueChain chain : chains) {
        for (Stage stage : chain.stages()) {
          ids.addAll(stage.produces());
        }
      }
      return ids;
    }

    /** Whether a stage of {@code chains} consumes one of {@code artifacts}. */
    private static boolean anyConsumed(List<ValueChain> chains, Set<String> artifacts) {
      if (artifacts.isEmpty()) {
        return false;
      }
      for (ValueChain chain : chains) {
        for (Stage stage : chain.stages()) {
          for (String artifact : stage.consumes()) {
            if (artifacts.contains(artifact)) {
              return true;
            }
          }
        }
      }
      return false;
    }
  }

  // ---- ITOM-R03 ------------------------------------------------------------------------------

  /** ITOM-R03: every value chain has at least one stage. */
  static final class ChainHasStages extends BuiltInRule {
    ChainHasStages() {
      super(
          "ITOM-R03",
          "chain-has-stages",
          Severity.ERROR,
          "Every value chain has at least one stage.");
    }

    @Override
    void check(OperatingModel model, Findings findings) {
      for (ValueChain chain : model.valueChains()) {
        if (chain.stages().isEmpty()) {
          findings.add(
              chain,
              "stages",
              () ->
                  "value chain "
                      + q(chain.id())
                      + " has no stages, so no work flows through it; add its stages in order, or"
                      + " remove the chain");
        }
      }
    }
  }

  // ---- ITOM-R04 ------------------------------------------------------------------------------

  /** ITOM-R04: every stage of a core chain has an owner. */
  static final class CoreStageOwner extends BuiltInRule {
    CoreStageOwner() {
      super(
          "ITOM-R04",
          "core-stage-owner",
          Severity.WARNING,
          "Every stage of a Requirement-to-Value or Order-to-Cash chain has an owner.");
    }

    @Override
    void check(OperatingModel model, Findings findings) {
      for (ValueChain chain : model.valueChains()) {
        if (!isCore(chain)) {
          continue;
        }
        for (Stage stage : chain.stages()) {
          if (stage.owner().isEmpty()) {
            findings.add(
                stage,
                "owner",
                () ->
                    "stage "
                        + q(stage.id())
                        + " of the core chain "
                        + q(chain.id())
                        + " has no owner, so nobody answers for its outcome and handoffs into and"
                        + " out of it get lost; name the role that owns it");
          }
        }
      }
    }
  }

  // ---- ITOM-R11 ------------------------------------------------------------------------------

  /** ITOM-R11: Requirement to Value ends in a measured stage and answers "why". */
  static final class ValueRealizationMeasured extends BuiltInRule {
    ValueRealizationMeasured() {
      super(
          "ITOM-R11",
          "value-realization-measured",
          Severity.WARNING,
          "The Requirement-to-Value chain ends in a stage that a KPI measures, and one of its"
              + " stages answers \"why\".");
    }

    @Override
    void check(OperatingModel model, Findings findings) {
      for (ValueChain chain : model.valueChains()) {
        if (chain.kind() != ValueChainKind.REQUIREMENT_TO_VALUE || chain.stages().isEmpty()) {
          continue;
        }
        Stage last = chain.stages().get(chain.stages().size() - 1);
        if (model.kpisMeasuring(last.id()).isEmpty()) {
          findings.add(
              last,
              () ->
                  "the Requirement-to-Value chain "
                      + q(chain.id())
                      + " ends in stage "
                      + q(last.id())
                      + ", which no KPI measures, so nobody checks that the value was realized; add"
                      + " a KPI of realized business value that measures this stage");
        }
        boolean why = false;
        for (Stage stage : chain.stages()) {
          for (String question : stage.questions()) {
            if (WHY.matcher(question).find()) {
              why = true;
              break;
            }
          }
          if (why) {
            break;
          }
        }
        if (!why) {
          findings.add(
              chain,
              () ->
                  "no stage of the Requirement-to-Value chain "
                      + q(chain.id())
                      + " answers \"why\", so work can start without a business reason; let the"
                      + " stage that captures demand or decides answer it, for example"
                      + " answers(\"Why? Which business outcome is needed?\")");
        }
      }
    }
  }

  // ---- ITOM-R18 ------------------------------------------------------------------------------

  /** ITOM-R18: Order to Cash answers "at what cost" and "by when". */
  static final class OrderToCashAnswersCostAndWhen extends BuiltInRule {
    OrderToCashAnswersCostAndWhen() {
      super(
          "ITOM-R18",
          "order-to-cash-cost-and-when",
          Severity.INFO,
          "Some stage of the Order-to-Cash chain answers \"at what cost?\" and some stage"
              + " answers \"by when?\".");
    }

    @Override
    void check(OperatingModel model, Findings findings) {
      for (ValueChain chain : model.valueChains()) {
        if (chain.kind() != ValueChainKind.ORDER_TO_CASH || chain.stages().isEmpty()) {
          continue;
        }
        boolean cost = false;
        boolean when = false;
        for (Stage stage : chain.stages()) {
          for (String question : stage.questions()) {
            cost |= COST.matcher(question).find();
            when |= WHEN.matcher(question).find();
          }
        }
        if (!cost || !when) {
          String missing =
              !cost && !when
                  ? "\"at what cost?\" or \"by when?\""
                  : !cost ? "\"at what cost?\"" : "\"by when?\"";
          String unknown = !cost && !when ? "price or date" : !cost ? "the price" : "the date";
          findings.add(
              chain,
              () ->
                  "the Order-to-Cash chain "
                      + q(chain.id())
                      + " has no stage that answers "
                      + missing
                      + ", so consumers order without knowing "
                      + unknown
                      + "; let the stage that quotes or takes the order answer it");
        }
      }
    }
  }
}
