package dev.itom.rules;

/**
 * The built-in rules of itom, each a constant with a stable id, and the {@linkplain #standard()
 * standard set} that runs them all. {@code docs/RULES.md} explains each rule's rationale, what
 * fires it, its finding's path and how to fix it.
 *
 * <p>Paths: a finding points at the field at fault when one field of an element is at fault, even a
 * field that is missing, where it belongs (for example {@code /valueChains/0/stages/2/owner} for a
 * stage without owner, as the model's invariants do for a blank {@code name}); otherwise at the
 * element ({@code /artifacts/4}); a finding about the model as a whole points at the list where the
 * missing element belongs ({@code /valueChains}, {@code /processes}, {@code /alignments}).
 *
 * <p>Every rule is thread-safe and linear in the size of the model.
 *
 * @since 0.1
 */
public final class Rules {
  private Rules() {}

  /**
   * {@code ITOM-R01 core-chains-present} (warning): the model has a Requirement-to-Value chain and
   * an Order-to-Cash chain. Fires once for each missing kind, at {@code /valueChains}.
   */
  public static final Rule CORE_CHAINS_PRESENT = new ChainRules.CoreChains();

  /**
   * {@code ITOM-R02 core-chains-interconnected} (error): when both core chains exist, an alignment
   * joins a stage of one to a stage of the other, or an artifact produced in one is consumed in the
   * other. Fires once, at {@code /alignments}.
   */
  public static final Rule CORE_CHAINS_INTERCONNECTED = new ChainRules.CoreChainsInterconnected();

  /**
   * {@code ITOM-R03 chain-has-stages} (error): every value chain has at least one stage. Fires for
   * each empty chain, at {@code /valueChains/i/stages}.
   */
  public static final Rule CHAIN_HAS_STAGES = new ChainRules.ChainHasStages();

  /**
   * {@code ITOM-R04 core-stage-owner} (warning): every stage of a Requirement-to-Value or
   * Order-to-Cash chain has an owner. Fires for each stage without one, at {@code
   * /valueChains/i/stages/j/owner}.
   */
  public static final Rule CORE_STAGE_OWNER = new ChainRules.CoreStageOwner();

  /**
   * {@code ITOM-R05 governing-and-enabling} (warning): at least one governing process and at least
   * one enabling process support a core chain or one of its stages. Fires for each missing
   * category, at {@code /processes}; not when the model has no core chain.
   */
  public static final Rule GOVERNING_AND_ENABLING = new ProcessRules.GoverningAndEnabling();

  /**
   * {@code ITOM-R06 process-supports-something} (warning): every support process supports a stage
   * or chain. Fires at {@code /processes/i/supports}.
   */
  public static final Rule PROCESS_SUPPORTS_SOMETHING = new ProcessRules.ProcessSupportsSomething();

  /**
   * {@code ITOM-R07 single-accountable} (error): no chain, stage, process or offering has more than
   * one accountable role, and one with a responsible role has an accountable one. Fires at the path
   * of the target element.
   */
  public static final Rule SINGLE_ACCOUNTABLE = new RaciRules.SingleAccountable();

  /**
   * {@code ITOM-R08 core-chain-measured} (warning): each core chain or one of its stages is
   * measured by a KPI, at {@code /valueChains/i}; every KPI has a target, at {@code
   * /kpis/i/target}.
   */
  public static final Rule CORE_CHAIN_MEASURED = new KpiRules.CoreChainMeasured();

  /**
   * {@code ITOM-R09 offering-complete} (warning): an offering that is not retired has an owner
   * ({@code /offerings/i/owner}) and a consumer ({@code /offerings/i/consumers}); an active or
   * retiring one has pricing, its own ({@code /offerings/i/pricing}) or that of one of its options
   * ({@code /offerings/i/options}).
   */
  public static final Rule OFFERING_COMPLETE = new OfferingRules.OfferingComplete();

  /**
   * {@code ITOM-R10 artifact-flow} (warning): an artifact that is consumed is produced, and one
   * that is produced is consumed. Fires at {@code /artifacts/i}.
   */
  public static final Rule ARTIFACT_FLOW = new ArtifactRules.ArtifactFlow();

  /**
   * {@code ITOM-R11 value-realization-measured} (warning): each Requirement-to-Value chain ends in
   * a stage a KPI measures (fires at that stage's path) and has a stage that answers "why" (fires
   * at the chain's path).
   */
  public static final Rule VALUE_REALIZATION_MEASURED = new ChainRules.ValueRealizationMeasured();

  /**
   * {@code ITOM-R12 framework-references} (warning): a {@code cobit2019} reference names an
   * objective EDM01-05, APO01-14, BAI01-11, DSS01-06 or MEA01-04 and an {@code itil4} reference
   * names an ITIL 4 practice in lower case with hyphens ({@code /processes/i/frameworks/j/ref}); a
   * framework spelled like COBIT or ITIL but not as itom knows it fires at {@code .../framework}.
   */
  public static final Rule FRAMEWORK_REFERENCES = new ProcessRules.FrameworkReferences();

  /**
   * {@code ITOM-R13 offering-realized} (warning): an offering that is not retired is realized by at
   * least one stage. Fires at {@code /offerings/i/realizedBy}.
   */
  public static final Rule OFFERING_REALIZED = new OfferingRules.OfferingRealized();

  /**
   * {@code ITOM-R14 kpi-measures-something} (warning): every KPI measures at least one element.
   * Fires at {@code /kpis/i/measures}.
   */
  public static final Rule KPI_MEASURES_SOMETHING = new KpiRules.KpiMeasuresSomething();

  /**
   * {@code ITOM-R15 kpi-target-ahead} (info): a KPI with a baseline and a target asks for
   * improvement: its baseline does not already meet the target in the KPI's direction. Fires at
   * {@code /kpis/i/target}.
   */
  public static final Rule KPI_TARGET_AHEAD = new KpiRules.KpiTargetAhead();

  /**
   * {@code ITOM-R16 role-has-work} (info): every role owns a stage, process or offering, or is
   * accountable or responsible for something. Fires at {@code /roles/i}.
   */
  public static final Rule ROLE_HAS_WORK = new RaciRules.RoleHasWork();

  /**
   * {@code ITOM-R17 retired-offering-clean} (warning): a retired offering serves no consumer
   * ({@code /offerings/i/consumers}) and has no chargeable pricing, its own ({@code
   * /offerings/i/pricing}) or an option's ({@code /offerings/i/options/j/pricing}).
   */
  public static final Rule RETIRED_OFFERING_CLEAN = new OfferingRules.RetiredOfferingClean();

  /**
   * {@code ITOM-R18 order-to-cash-cost-and-when} (info): some stage of each Order-to-Cash chain
   * answers a question about cost (cost, price, pricing, charge) and some stage one about time
   * (when). Fires at {@code /valueChains/i}.
   */
  public static final Rule ORDER_TO_CASH_COST_AND_WHEN =
      new ChainRules.OrderToCashAnswersCostAndWhen();

  /**
   * {@code ITOM-R19 offering-orderable} (warning): an active offering that has a price has an
   * option with a price and a lead time. Fires at {@code /offerings/i/options} for an offering with
   * a single pricing and no lead time, at {@code /offerings/i/options/j/leadTime} of the first
   * priced option otherwise; an offering without any price is left to ITOM-R09.
   */
  public static final Rule OFFERING_ORDERABLE = new CatalogRules.OfferingOrderable();

  /**
   * {@code ITOM-R20 value-proposition-stated} (warning): an offering that is not retired and names
   * alternatives states its value proposition. Fires at {@code /offerings/i/valueProposition}.
   */
  public static final Rule VALUE_PROPOSITION_STATED = new CatalogRules.ValuePropositionStated();

  /**
   * {@code ITOM-R21 premium-explained} (info): when an option of an offering that is not retired
   * costs more than every alternative priced the same way (same pricing model, currency and unit,
   * with an amount), the offering's value proposition speaks to the price (a word such as cost,
   * price, pay, premium, worth or save). Fires at {@code /offerings/i/options/j/pricing} (or {@code
   * /offerings/i/pricing} for a single pricing); an offering without value proposition is left to
   * ITOM-R20.
   */
  public static final Rule PREMIUM_EXPLAINED = new CatalogRules.PremiumExplained();

  /**
   * {@code ITOM-R22 service-level-measured} (warning): each service level of an option of an active
   * offering is measured by a KPI that measures the option and has the service level's unit
   * (compared ignoring case; no unit matches no unit). Fires at {@code
   * /offerings/i/options/j/serviceLevels/k}.
   */
  public static final Rule SERVICE_LEVEL_MEASURED = new CatalogRules.ServiceLevelMeasured();

  private static final RuleSet STANDARD =
      RuleSet.of(
          CORE_CHAINS_PRESENT,
          CORE_CHAINS_INTERCONNECTED,
          CHAIN_HAS_STAGES,
          CORE_STAGE_OWNER,
          GOVERNING_AND_ENABLING,
          PROCESS_SUPPORTS_SOMETHING,
          SINGLE_ACCOUNTABLE,
          CORE_CHAIN_MEASURED,
          OFFERING_COMPLETE,
          ARTIFACT_FLOW,
          VALUE_REALIZATION_MEASURED,
          FRAMEWORK_REFERENCES,
          OFFERING_REALIZED,
          KPI_MEASURES_SOMETHING,
          KPI_TARGET_AHEAD,
          ROLE_HAS_WORK,
          RETIRED_OFFERING_CLEAN,
          ORDER_TO_CASH_COST_AND_WHEN,
          OFFERING_ORDERABLE,
          VALUE_PROPOSITION_STATED,
          PREMIUM_EXPLAINED,
          SERVICE_LEVEL_MEASURED);

  /**
   * Returns the standard rule set: every built-in rule, in id order, each at its default severity.
   * Switch rules off with {@link RuleSet#without(String...)}, change a severity with {@link
   * RuleSet#withSeverity(String, Severity)} and add your own with {@link RuleSet#with(Rule...)}.
   *
   * @return the standard set; every call returns an equal, immutable set
   */
  public static RuleSet standard() {
    return STANDARD;
  }
}
