package dev.itom.rules;

import static dev.itom.rules.BuiltInRule.q;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.itom.model.Alignment;
import dev.itom.model.Artifact;
import dev.itom.model.Assignment;
import dev.itom.model.Direction;
import dev.itom.model.FrameworkReference;
import dev.itom.model.Kpi;
import dev.itom.model.Lifecycle;
import dev.itom.model.Offering;
import dev.itom.model.OperatingModel;
import dev.itom.model.Pricing;
import dev.itom.model.PricingModel;
import dev.itom.model.ProcessCategory;
import dev.itom.model.Responsibility;
import dev.itom.model.Role;
import dev.itom.model.Stage;
import dev.itom.model.SupportProcess;
import dev.itom.model.ValueChain;
import dev.itom.model.ValueChainKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The built-in rules, one final class each. Their documentation for users is on the constants of
 * {@link Rules} and in {@code docs/RULES.md}. Every check makes one pass over the parts of the
 * model it judges and uses the model's index for every lookup.
 */
final class StandardRules {
  private StandardRules() {}

  static boolean isCore(ValueChain chain) {
    return chain.kind() == ValueChainKind.REQUIREMENT_TO_VALUE
        || chain.kind() == ValueChainKind.ORDER_TO_CASH;
  }

  static String chainPath(int c) {
    return "/valueChains/" + c;
  }

  static String stagePath(int c, int s) {
    return "/valueChains/" + c + "/stages/" + s;
  }

  /** Names the first stages of a list for a message: {@code "a"}, {@code "a", "b" and 3 more}. */
  static String stageList(List<Stage> stages) {
    StringBuilder out = new StringBuilder();
    int shown = Math.min(stages.size(), 2);
    for (int i = 0; i < shown; i++) {
      if (i > 0) {
        out.append(", ");
      }
      out.append(q(stages.get(i).id()));
    }
    if (stages.size() > shown) {
      out.append(" and ").append(stages.size() - shown).append(" more");
    }
    return out.toString();
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
      for (Alignment alignment : model.alignments()) {
        ValueChainKind from = kindOf(model, alignment.from());
        ValueChainKind to = kindOf(model, alignment.to());
        if (crosses(from, to)) {
          return;
        }
      }
      for (Artifact artifact : model.artifacts()) {
        boolean producedR2v = false;
        boolean producedO2c = false;
        for (Stage stage : model.stagesProducing(artifact.id())) {
          ValueChainKind kind = kindOf(model, stage.id());
          producedR2v |= kind == ValueChainKind.REQUIREMENT_TO_VALUE;
          producedO2c |= kind == ValueChainKind.ORDER_TO_CASH;
        }
        if (!producedR2v && !producedO2c) {
          continue;
        }
        for (Stage stage : model.stagesConsuming(artifact.id())) {
          ValueChainKind kind = kindOf(model, stage.id());
          if ((producedR2v && kind == ValueChainKind.ORDER_TO_CASH)
              || (producedO2c && kind == ValueChainKind.REQUIREMENT_TO_VALUE)) {
            return;
          }
        }
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

    private static @Nullable ValueChainKind kindOf(OperatingModel model, String stageId) {
      return model.chainOf(stageId).map(ValueChain::kind).orElse(null);
    }

    private static boolean crosses(@Nullable ValueChainKind a, @Nullable ValueChainKind b) {
      return (a == ValueChainKind.REQUIREMENT_TO_VALUE && b == ValueChainKind.ORDER_TO_CASH)
          || (a == ValueChainKind.ORDER_TO_CASH && b == ValueChainKind.REQUIREMENT_TO_VALUE);
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
      for (int c = 0; c < model.valueChains().size(); c++) {
        ValueChain chain = model.valueChains().get(c);
        if (chain.stages().isEmpty()) {
          findings.add(
              chain.id(),
              chainPath(c) + "/stages",
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
      for (int c = 0; c < model.valueChains().size(); c++) {
        ValueChain chain = model.valueChains().get(c);
        if (!isCore(chain)) {
          continue;
        }
        for (int s = 0; s < chain.stages().size(); s++) {
          Stage stage = chain.stages().get(s);
          if (stage.owner().isEmpty()) {
            findings.add(
                stage.id(),
                stagePath(c, s) + "/owner",
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

  // ---- ITOM-R05 ------------------------------------------------------------------------------

  /** ITOM-R05: a governing and an enabling process support the core chains. */
  static final class GoverningAndEnabling extends BuiltInRule {
    GoverningAndEnabling() {
      super(
          "ITOM-R05",
          "governing-and-enabling",
          Severity.WARNING,
          "At least one governing process and at least one enabling process support a core chain"
              + " or one of its stages.");
    }

    @Override
    void check(OperatingModel model, Findings findings) {
      boolean hasCore = false;
      for (ValueChain chain : model.valueChains()) {
        hasCore |= isCore(chain);
      }
      if (!hasCore) {
        return; // ITOM-R01 reports the missing chains
      }
      boolean governing = false;
      boolean governingCore = false;
      boolean enabling = false;
      boolean enablingCore = false;
      for (SupportProcess process : model.processes()) {
        boolean core = supportsCore(model, process);
        if (process.category() == ProcessCategory.GOVERNING) {
          governing = true;
          governingCore |= core;
        } else if (process.category() == ProcessCategory.ENABLING) {
          enabling = true;
          enablingCore |= core;
        }
      }
      if (!governingCore) {
        findings.addModel(
            "/processes",
            (governing
                    ? "no governing process supports a core chain or one of its stages"
                    : "the model has no governing process")
                + ": value realization breaks down where nobody decides what is worth doing and"
                + " checks that it paid off; let a governing process such as portfolio"
                + " management, business relationship management or IT governance support the"
                + " core chains");
      }
      if (!enablingCore) {
        findings.addModel(
            "/processes",
            (enabling
                    ? "no enabling process supports a core chain or one of its stages"
                    : "the model has no enabling process")
                + ": decided work then has no way to get done; let an enabling process such as"
                + " project management support the stages that build and deploy");
      }
    }

    private static boolean supportsCore(OperatingModel model, SupportProcess process) {
      for (String id : process.supports()) {
        Optional<ValueChain> chain = model.valueChain(id);
        if (chain.isEmpty()) {
          chain = model.chainOf(id);
        }
        if (chain.isPresent() && isCore(chain.get())) {
          return true;
        }
      }
      return false;
    }
  }

  // ---- ITOM-R06 ------------------------------------------------------------------------------

  /** ITOM-R06: every support process supports at least one stage or chain. */
  static final class ProcessSupportsSomething extends BuiltInRule {
    ProcessSupportsSomething() {
      super(
          "ITOM-R06",
          "process-supports-something",
          Severity.WARNING,
          "Every support process supports at least one stage or value chain.");
    }

    @Override
    void check(OperatingModel model, Findings findings) {
      for (int i = 0; i < model.processes().size(); i++) {
        SupportProcess process = model.processes().get(i);
        if (process.supports().isEmpty()) {
          findings.add(
              process.id(),
              "/processes/" + i + "/supports",
              process.category().code()
                  + " process "
                  + q(process.id())
                  + " supports no stage or chain, so it runs beside the value chains instead of"
                  + " for them; list the stages or chains it supports, or remove it");
        }
      }
    }
  }

  // ---- ITOM-R07 ------------------------------------------------------------------------------

  /** ITOM-R07: one accountable role at most, and one whenever a role is responsible. */
  static final class SingleAccountable extends BuiltInRule {
    SingleAccountable() {
      super(
          "ITOM-R07",
          "single-accountable",
          Severity.ERROR,
          "No chain, stage, process or offering has more than one accountable role, and one"
              + " with a responsible role has an accountable one.");
    }

    @Override
    void check(OperatingModel model, Findings findings) {
      for (int c = 0; c < model.valueChains().size(); c++) {
        ValueChain chain = model.valueChains().get(c);
        check(model, findings, chain.id(), "value chain", chainPath(c));
        for (int s = 0; s < chain.stages().size(); s++) {
          check(model, findings, chain.stages().get(s).id(), "stage", stagePath(c, s));
        }
      }
      for (int i = 0; i < model.processes().size(); i++) {
        check(model, findings, model.processes().get(i).id(), "process", "/processes/" + i);
      }
      for (int i = 0; i < model.offerings().size(); i++) {
        check(model, findings, model.offerings().get(i).id(), "offering", "/offerings/" + i);
      }
    }

    private static void check(
        OperatingModel model, Findings findings, String id, String noun, String path) {
      ImmutableList<Assignment> assignments = model.assignmentsFor(id);
      if (assignments.isEmpty()) {
        return;
      }
      List<String> accountable = new ArrayList<>(1);
      boolean responsible = false;
      for (Assignment assignment : assignments) {
        if (assignment.responsibility() == Responsibility.ACCOUNTABLE) {
          accountable.add(q(assignment.role()));
        } else if (assignment.responsibility() == Responsibility.RESPONSIBLE) {
          responsible = true;
        }
      }
      if (accountable.size() > 1) {
        findings.add(
            id,
            path,
            noun
                + " "
                + q(id)
                + " has "
                + accountable.size()
                + " accountable roles ("
                + String.join(", ", accountable)
                + "), so in the end nobody is; keep one accountable role and make the others"
                + " responsible or consulted");
      } else if (responsible && accountable.isEmpty()) {
        findings.add(
            id,
            path,
            noun
                + " "
                + q(id)
                + " has responsible roles but no accountable one, so nobody signs off the work;"
                + " make exactly one role accountable for it");
      }
    }
  }

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
      for (int c = 0; c < model.valueChains().size(); c++) {
        ValueChain chain = model.valueChains().get(c);
        if (!isCore(chain) || !model.kpisMeasuring(chain.id()).isEmpty()) {
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
              chain.id(),
              chainPath(c),
              "no KPI measures the core chain "
                  + q(chain.id())
                  + " or any of its stages, so nobody can tell whether it delivers; add a KPI"
                  + " that measures the chain or its last stage");
        }
      }
      for (int i = 0; i < model.kpis().size(); i++) {
        Kpi kpi = model.kpis().get(i);
        if (kpi.target().isEmpty()) {
          findings.add(
              kpi.id(),
              "/kpis/" + i + "/target",
              "KPI "
                  + q(kpi.id())
                  + " has no target, so it reports a number but never says whether it is good"
                  + " enough; set the target value");
        }
      }
    }
  }

  // ---- ITOM-R09 ------------------------------------------------------------------------------

  /** ITOM-R09: offerings have an owner, a consumer and, in service, pricing. */
  static final class OfferingComplete extends BuiltInRule {
    OfferingComplete() {
      super(
          "ITOM-R09",
          "offering-complete",
          Severity.WARNING,
          "Every offering that is not retired has an owner and a consumer; one that is active"
              + " or retiring has pricing.");
    }

    @Override
    void check(OperatingModel model, Findings findings) {
      for (int i = 0; i < model.offerings().size(); i++) {
        Offering offering = model.offerings().get(i);
        if (offering.lifecycle() == Lifecycle.RETIRED) {
          continue; // ITOM-R17 judges retired offerings
        }
        String path = "/offerings/" + i;
        String what = "offering " + q(offering.id());
        if (offering.owner().isEmpty()) {
          findings.add(
              offering.id(),
              path + "/owner",
              what
                  + " has no owner, so nobody answers to its consumers for it; name the role"
                  + " that owns it, usually a service or product owner");
        }
        if (offering.consumers().isEmpty()) {
          findings.add(
              offering.id(),
              path + "/consumers",
              what
                  + " serves no consumer, so nobody is known to need it; list the consumers it"
                  + " serves, or retire it");
        }
        if (offering.pricing().isEmpty()
            && (offering.lifecycle() == Lifecycle.ACTIVE
                || offering.lifecycle() == Lifecycle.RETIRING)) {
          findings.add(
              offering.id(),
              path + "/pricing",
              what
                  + " is "
                  + offering.lifecycle().code()
                  + " but has no pricing, so Order to Cash cannot quote or charge it back; set"
                  + " its pricing, free or an amount of 0 if it is not charged");
        }
      }
    }
  }

  // ---- ITOM-R10 ------------------------------------------------------------------------------

  /** ITOM-R10: consumed artifacts are produced and produced ones consumed. */
  static final class ArtifactFlow extends BuiltInRule {
    ArtifactFlow() {
      super(
          "ITOM-R10",
          "artifact-flow",
          Severity.WARNING,
          "An artifact that a stage consumes is produced by a stage, and one that a stage"
              + " produces is consumed by a stage.");
    }

    @Override
    void check(OperatingModel model, Findings findings) {
      for (int i = 0; i < model.artifacts().size(); i++) {
        Artifact artifact = model.artifacts().get(i);
        ImmutableList<Stage> producers = model.stagesProducing(artifact.id());
        ImmutableList<Stage> consumers = model.stagesConsuming(artifact.id());
        if (producers.isEmpty() && !consumers.isEmpty()) {
          findings.add(
              artifact.id(),
              "/artifacts/" + i,
              "artifact "
                  + q(artifact.id())
                  + " is consumed by "
                  + stageList(consumers)
                  + " but no stage produces it, so that work waits for an input nobody makes;"
                  + " add it to the produces of the stage that creates it");
        } else if (consumers.isEmpty() && !producers.isEmpty()) {
          findings.add(
              artifact.id(),
              "/artifacts/" + i,
              "artifact "
                  + q(artifact.id())
                  + " is produced by "
                  + stageList(producers)
                  + " but no stage consumes it, so that work leads nowhere; add it to the"
                  + " consumes of the stage that uses it, or stop producing it");
        }
      }
    }
  }

  // ---- ITOM-R11 ------------------------------------------------------------------------------

  private static final Pattern WHY = Pattern.compile("\\bwhy\\b", Pattern.CASE_INSENSITIVE);

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
      for (int c = 0; c < model.valueChains().size(); c++) {
        ValueChain chain = model.valueChains().get(c);
        if (chain.kind() != ValueChainKind.REQUIREMENT_TO_VALUE || chain.stages().isEmpty()) {
          continue;
        }
        int lastIndex = chain.stages().size() - 1;
        Stage last = chain.stages().get(lastIndex);
        if (model.kpisMeasuring(last.id()).isEmpty()) {
          findings.add(
              last.id(),
              stagePath(c, lastIndex),
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
              chain.id(),
              chainPath(c),
              "no stage of the Requirement-to-Value chain "
                  + q(chain.id())
                  + " answers \"why\", so work can start without a business reason; let the"
                  + " stage that captures demand or decides answer it, for example"
                  + " answers(\"Why? Which business outcome is needed?\")");
        }
      }
    }
  }

  // ---- ITOM-R12 ------------------------------------------------------------------------------

  private static final Pattern COBIT_OBJECTIVE =
      Pattern.compile("EDM0[1-5]|APO(0[1-9]|1[0-4])|BAI(0[1-9]|1[01])|DSS0[1-6]|MEA0[1-4]");

  /** The ITIL 4 management practices, as kebab-case refs, with a few accepted aliases. */
  static final ImmutableSet<String> ITIL_PRACTICES =
      ImmutableSet.of(
          // general management practices
          "architecture-management",
          "continual-improvement",
          "information-security-management",
          "knowledge-management",
          "measurement-and-reporting",
          "organizational-change-management",
          "portfolio-management",
          "project-management",
          "relationship-management",
          "risk-management",
          "service-financial-management",
          "strategy-management",
          "supplier-management",
          "workforce-and-talent-management",
          // service management practices
          "availability-management",
          "business-analysis",
          "capacity-and-performance-management",
          "change-enablement",
          "incident-management",
          "it-asset-management",
          "monitoring-and-event-management",
          "problem-management",
          "release-management",
          "service-catalogue-management",
          "service-configuration-management",
          "service-continuity-management",
          "service-design",
          "service-desk",
          "service-level-management",
          "service-request-management",
          "service-validation-and-testing",
          // technical management practices
          "deployment-management",
          "infrastructure-and-platform-management",
          "software-development-and-management");

  /** Older or other spellings of ITOM-R12's ITIL practices, accepted as they are. */
  static final ImmutableMap<String, String> ITIL_ALIASES =
      ImmutableMap.of(
          "change-control", "change-enablement",
          "service-catalog-management", "service-catalogue-management",
          "organisational-change-management", "organizational-change-management");

  /** ITOM-R12: COBIT 2019 and ITIL 4 references are well formed. */
  static final class FrameworkReferences extends BuiltInRule {
    FrameworkReferences() {
      super(
          "ITOM-R12",
          "framework-references",
          Severity.WARNING,
          "References to COBIT 2019 name one of its 40 objectives (EDM01-05, APO01-14,"
              + " BAI01-11, DSS01-06, MEA01-04) and references to ITIL 4 name one of its 34"
              + " practices.");
    }

    @Override
    void check(OperatingModel model, Findings findings) {
      for (int i = 0; i < model.processes().size(); i++) {
        SupportProcess process = model.processes().get(i);
        for (int f = 0; f < process.frameworks().size(); f++) {
          check(
              process,
              "/processes/" + i + "/frameworks/" + f,
              process.frameworks().get(f),
              findings);
        }
      }
    }

    private static void check(
        SupportProcess process, String path, FrameworkReference reference, Findings findings) {
      String framework = reference.framework();
      String ref = reference.ref();
      String where = "process " + q(process.id()) + " refers to ";
      if (framework.equals(FrameworkReference.COBIT_2019)) {
        if (!COBIT_OBJECTIVE.matcher(ref).matches()) {
          String upper = ref.trim().toUpperCase(Locale.ROOT).replace(" ", "");
          findings.add(
              process.id(),
              path + "/ref",
              where
                  + "COBIT 2019 objective "
                  + q(ref)
                  + ", which does not exist; "
                  + (COBIT_OBJECTIVE.matcher(upper).matches()
                      ? "write it " + q(upper)
                      : "use an objective code: EDM01-05, APO01-14, BAI01-11, DSS01-06 or"
                          + " MEA01-04, for example APO05 for Managed Portfolio"));
        }
      } else if (framework.equals(FrameworkReference.ITIL_4)) {
        if (!ITIL_PRACTICES.contains(ref) && !ITIL_ALIASES.containsKey(ref)) {
          String normalized = normalizePractice(ref);
          String suggestion = ITIL_ALIASES.getOrDefault(normalized, normalized);
          findings.add(
              process.id(),
              path + "/ref",
              where
                  + "ITIL 4 practice "
                  + q(ref)
                  + ", which ITIL 4 does not have; "
                  + (ITIL_PRACTICES.contains(suggestion)
                      ? "write it " + q(suggestion)
                      : "use the practice name in lower case with hyphens, for example"
                          + " \"portfolio-management\" or \"service-level-management\""));
        }
      } else {
        String normalized = framework.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        @Nullable String known =
            normalized.startsWith("cobit")
                ? FrameworkReference.COBIT_2019
                : normalized.startsWith("itil") ? FrameworkReference.ITIL_4 : null;
        if (known != null) {
          findings.add(
              process.id(),
              path + "/framework",
              where
                  + "framework "
                  + q(framework)
                  + ", which looks like "
                  + q(known)
                  + " but is not spelled as itom knows it, so its reference is not checked;"
                  + " write the framework as "
                  + q(known));
        }
      }
    }

    private static String normalizePractice(String ref) {
      return ref.trim()
          .toLowerCase(Locale.ROOT)
          .replace('&', ' ')
          .replaceAll("[^a-z0-9]+", "-")
          .replaceAll("^-|-$", "")
          .replace("-practice", "");
    }
  }

  // ---- ITOM-R13 ------------------------------------------------------------------------------

  /** ITOM-R13: every offering that is not retired is realized by a stage. */
  static final class OfferingRealized extends BuiltInRule {
    OfferingRealized() {
      super(
          "ITOM-R13",
          "offering-realized",
          Severity.WARNING,
          "Every offering that is not retired is realized by at least one stage.");
    }

    @Override
    void check(OperatingModel model, Findings findings) {
      for (int i = 0; i < model.offerings().size(); i++) {
        Offering offering = model.offerings().get(i);
        if (offering.lifecycle() != Lifecycle.RETIRED && offering.realizedBy().isEmpty()) {
          findings.add(
              offering.id(),
              "/offerings/" + i + "/realizedBy",
              "offering "
                  + q(offering.id())
                  + " is not realized by any stage, so it is a promise no value chain delivers;"
                  + " list the stages that build and provide it");
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
      for (int i = 0; i < model.kpis().size(); i++) {
        Kpi kpi = model.kpis().get(i);
        if (kpi.measures().isEmpty()) {
          findings.add(
              kpi.id(),
              "/kpis/" + i + "/measures",
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
      for (int i = 0; i < model.kpis().size(); i++) {
        Kpi kpi = model.kpis().get(i);
        if (kpi.target().isEmpty() || kpi.baseline().isEmpty()) {
          continue;
        }
        BigDecimal target = kpi.target().get();
        BigDecimal baseline = kpi.baseline().get();
        int cmp = baseline.compareTo(target);
        boolean met = kpi.direction() == Direction.HIGHER_IS_BETTER ? cmp >= 0 : cmp <= 0;
        if (met) {
          findings.add(
              kpi.id(),
              "/kpis/" + i + "/target",
              "KPI "
                  + q(kpi.id())
                  + " already meets its target: baseline "
                  + plain(baseline)
                  + ", target "
                  + plain(target)
                  + ", "
                  + kpi.direction().code()
                  + "; set a target that asks for improvement, or drop the KPI");
        }
      }
    }
  }

  // ---- ITOM-R16 ------------------------------------------------------------------------------

  /** ITOM-R16: every role owns something or is accountable or responsible for something. */
  static final class RoleHasWork extends BuiltInRule {
    RoleHasWork() {
      super(
          "ITOM-R16",
          "role-has-work",
          Severity.INFO,
          "Every role owns a stage, process or offering, or is accountable or responsible for"
              + " something.");
    }

    @Override
    void check(OperatingModel model, Findings findings) {
      if (model.roles().isEmpty()) {
        return;
      }
      Set<String> busy = new HashSet<>();
      for (ValueChain chain : model.valueChains()) {
        for (Stage stage : chain.stages()) {
          stage.owner().ifPresent(busy::add);
        }
      }
      for (SupportProcess process : model.processes()) {
        process.owner().ifPresent(busy::add);
      }
      for (Offering offering : model.offerings()) {
        offering.owner().ifPresent(busy::add);
      }
      for (Assignment assignment : model.assignments()) {
        if (assignment.responsibility() == Responsibility.ACCOUNTABLE
            || assignment.responsibility() == Responsibility.RESPONSIBLE) {
          busy.add(assignment.role());
        }
      }
      for (int i = 0; i < model.roles().size(); i++) {
        Role role = model.roles().get(i);
        if (!busy.contains(role.id())) {
          findings.add(
              role.id(),
              "/roles/" + i,
              "role "
                  + q(role.id())
                  + " owns nothing and is accountable or responsible for nothing; give it the"
                  + " stages, processes or offerings it answers for, or remove it");
        }
      }
    }
  }

  // ---- ITOM-R17 ------------------------------------------------------------------------------

  /** ITOM-R17: a retired offering has no consumers and is not charged. */
  static final class RetiredOfferingClean extends BuiltInRule {
    RetiredOfferingClean() {
      super(
          "ITOM-R17",
          "retired-offering-clean",
          Severity.WARNING,
          "A retired offering serves no consumer and is no longer charged.");
    }

    @Override
    void check(OperatingModel model, Findings findings) {
      for (int i = 0; i < model.offerings().size(); i++) {
        Offering offering = model.offerings().get(i);
        if (offering.lifecycle() != Lifecycle.RETIRED) {
          continue;
        }
        String path = "/offerings/" + i;
        if (!offering.consumers().isEmpty()) {
          findings.add(
              offering.id(),
              path + "/consumers",
              "offering "
                  + q(offering.id())
                  + " is retired but still serves "
                  + offering.consumers().size()
                  + (offering.consumers().size() == 1 ? " consumer" : " consumers")
                  + "; move them to its successor and clear its consumers, or set it back to"
                  + " retiring until they have moved");
        }
        if (offering.pricing().isPresent() && isCharged(offering.pricing().get())) {
          findings.add(
              offering.id(),
              path + "/pricing",
              "offering "
                  + q(offering.id())
                  + " is retired but still priced, so it may still be charged back; remove its"
                  + " pricing");
        }
      }
    }

    private static boolean isCharged(Pricing pricing) {
      return pricing.model() != PricingModel.FREE
          && pricing.amount().map(amount -> amount.signum() > 0).orElse(true);
    }
  }

  // ---- ITOM-R18 ------------------------------------------------------------------------------

  private static final Pattern COST =
      Pattern.compile(
          "\\b(cost|costs|price|prices|pricing|charge|charges)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern WHEN = Pattern.compile("\\bwhen\\b", Pattern.CASE_INSENSITIVE);

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
      for (int c = 0; c < model.valueChains().size(); c++) {
        ValueChain chain = model.valueChains().get(c);
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
          findings.add(
              chain.id(),
              chainPath(c),
              "the Order-to-Cash chain "
                  + q(chain.id())
                  + " has no stage that answers "
                  + missing
                  + ", so consumers order without knowing "
                  + (!cost && !when ? "price or date" : !cost ? "the price" : "the date")
                  + "; let the stage that quotes or takes the order answer it");
        }
      }
    }
  }
}
