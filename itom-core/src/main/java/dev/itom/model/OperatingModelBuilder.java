package dev.itom.model;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.util.function.Consumer;

/**
 * The fluent builder of an {@link OperatingModel}; it reads like the operating model it describes:
 *
 * <pre>{@code
 * OperatingModel model = OperatingModel.builder("acme-it", "ACME IT")
 *     .role("brm", "Business relationship manager")
 *     .requirementToValue("r2v", "Requirement to Value", chain -> chain
 *         .stage("r2v.demand", "Capture demand", s -> s.owner("brm").produces("demand")))
 *     .orderToCash("o2c", "Order to Cash", chain -> chain
 *         .stage("o2c.order", "Take the order", s -> s.consumes("demand")))
 *     .artifact("demand", "Demand")
 *     .governing("portfolio", "Portfolio management", p -> p.supports("r2v"))
 *     .handoff("r2v.demand", "o2c.order")
 *     .build();
 * }</pre>
 *
 * <p>Elements may be referenced before they are declared: references are checked when {@link
 * #build()} runs, which reports every broken invariant at once in an {@link InvalidModelException}.
 * Misuse that can be seen at once, such as giving a stage a second owner, fails at once with a
 * message that says what to call instead.
 *
 * <p>A builder is not thread-safe. It can be built more than once; changing it after {@link
 * #build()} does not change the models already built.
 *
 * @since 0.1
 */
public final class OperatingModelBuilder extends ModelDraft {
  OperatingModelBuilder(String id, String name) {
    super(id, name);
  }

  static OperatingModelBuilder from(OperatingModel model) {
    OperatingModelBuilder builder = new OperatingModelBuilder(model.id(), model.name());
    builder.copy(model);
    return builder;
  }

  @Override
  OperatingModelBuilder self() {
    return this;
  }

  // ---- roles, consumers, artifacts -----------------------------------------------------------

  /**
   * Declares a role.
   *
   * @param id the role id, unique across the model
   * @param name the role name, for example {@code Portfolio manager}
   * @return this builder
   * @throws NullPointerException if an argument is null
   */
  public OperatingModelBuilder role(String id, String name) {
    return role(id, name, details -> {});
  }

  /**
   * Declares a role with a description or properties.
   *
   * @param id the role id, unique across the model
   * @param name the role name
   * @param details sets the description and properties
   * @return this builder
   * @throws NullPointerException if an argument is null
   */
  public OperatingModelBuilder role(
      String id, String name, Consumer<? super ElementBuilder> details) {
    ElementBuilder element = details(id, "role", details);
    roles.add(ModelElements.INSTANCE.role(id, name, element.description, element.properties()));
    return this;
  }

  /**
   * Declares a consumer.
   *
   * @param id the consumer id, unique across the model
   * @param name the consumer name
   * @param kind what kind of consumer it is
   * @return this builder
   * @throws NullPointerException if an argument is null
   */
  public OperatingModelBuilder consumer(String id, String name, ConsumerKind kind) {
    return consumer(id, name, kind, details -> {});
  }

  /**
   * Declares a consumer with a description or properties.
   *
   * @param id the consumer id, unique across the model
   * @param name the consumer name
   * @param kind what kind of consumer it is
   * @param details sets the description and properties
   * @return this builder
   * @throws NullPointerException if an argument is null
   */
  public OperatingModelBuilder consumer(
      String id, String name, ConsumerKind kind, Consumer<? super ElementBuilder> details) {
    ElementBuilder element = details(id, "consumer", details);
    consumers.add(
        ModelElements.INSTANCE.consumer(id, name, element.description, element.properties(), kind));
    return this;
  }

  /**
   * Declares an artifact: information handed between stages.
   *
   * @param id the artifact id, unique across the model
   * @param name the artifact name, for example {@code Service offer}
   * @return this builder
   * @throws NullPointerException if an argument is null
   */
  public OperatingModelBuilder artifact(String id, String name) {
    return artifact(id, name, details -> {});
  }

  /**
   * Declares an artifact with a description or properties.
   *
   * @param id the artifact id, unique across the model
   * @param name the artifact name
   * @param details sets the description and properties
   * @return this builder
   * @throws NullPointerException if an argument is null
   */
  public OperatingModelBuilder artifact(
      String id, String name, Consumer<? super ElementBuilder> details) {
    ElementBuilder element = details(id, "artifact", details);
    artifacts.add(
        ModelElements.INSTANCE.artifact(id, name, element.description, element.properties()));
    return this;
  }

  private static ElementBuilder details(
      String id, String noun, Consumer<? super ElementBuilder> details) {
    checkNotNull(details, "details");
    ElementBuilder element = new ElementBuilder(id, noun);
    details.accept(element);
    return element;
  }

  // ---- value chains --------------------------------------------------------------------------

  /**
   * Declares the Requirement-to-Value chain: what is delivered, how, why and by whom.
   *
   * @param id the chain id, unique across the model
   * @param name the chain name
   * @param stages adds the stages in order
   * @return this builder
   * @throws NullPointerException if an argument is null
   */
  public OperatingModelBuilder requirementToValue(
      String id, String name, Consumer<? super ChainBuilder> stages) {
    return valueChain(ValueChainKind.REQUIREMENT_TO_VALUE, id, name, stages);
  }

  /**
   * Declares the Order-to-Cash chain (or order to IT benefit): why us, which options, at what cost,
   * by when.
   *
   * @param id the chain id, unique across the model
   * @param name the chain name
   * @param stages adds the stages in order
   * @return this builder
   * @throws NullPointerException if an argument is null
   */
  public OperatingModelBuilder orderToCash(
      String id, String name, Consumer<? super ChainBuilder> stages) {
    return valueChain(ValueChainKind.ORDER_TO_CASH, id, name, stages);
  }

  /**
   * Declares a value chain of any kind.
   *
   * @param kind the kind of chain
   * @param id the chain id, unique across the model
   * @param name the chain name
   * @param stages adds the stages in order
   * @return this builder
   * @throws NullPointerException if an argument is null
   */
  public OperatingModelBuilder valueChain(
      ValueChainKind kind, String id, String name, Consumer<? super ChainBuilder> stages) {
    checkNotNull(stages, "stages");
    ChainBuilder chain = new ChainBuilder(id, name, kind);
    stages.accept(chain);
    valueChains.add(chain.build());
    return this;
  }

  // ---- support processes ---------------------------------------------------------------------

  /**
   * Declares a governing (aligning) process, such as portfolio management, business relationship
   * management or IT governance.
   *
   * @param id the process id, unique across the model
   * @param name the process name
   * @param details sets owner, supported stages or chains and framework references
   * @return this builder
   * @throws NullPointerException if an argument is null
   */
  public OperatingModelBuilder governing(
      String id, String name, Consumer<? super SupportProcessBuilder> details) {
    return process(ProcessCategory.GOVERNING, id, name, details);
  }

  /**
   * Declares an enabling process, such as project management.
   *
   * @param id the process id, unique across the model
   * @param name the process name
   * @param details sets owner, supported stages or chains and framework references
   * @return this builder
   * @throws NullPointerException if an argument is null
   */
  public OperatingModelBuilder enabling(
      String id, String name, Consumer<? super SupportProcessBuilder> details) {
    return process(ProcessCategory.ENABLING, id, name, details);
  }

  /**
   * Declares another supporting process, such as supplier management or finance.
   *
   * @param id the process id, unique across the model
   * @param name the process name
   * @param details sets owner, supported stages or chains and framework references
   * @return this builder
   * @throws NullPointerException if an argument is null
   */
  public OperatingModelBuilder supporting(
      String id, String name, Consumer<? super SupportProcessBuilder> details) {
    return process(ProcessCategory.SUPPORTING, id, name, details);
  }

  /**
   * Declares a support process of any category.
   *
   * @param category the category
   * @param id the process id, unique across the model
   * @param name the process name
   * @param details sets owner, supported stages or chains and framework references
   * @return this builder
   * @throws NullPointerException if an argument is null
   */
  public OperatingModelBuilder process(
      ProcessCategory category,
      String id,
      String name,
      Consumer<? super SupportProcessBuilder> details) {
    checkNotNull(details, "details");
    SupportProcessBuilder process = new SupportProcessBuilder(id, name, category);
    details.accept(process);
    processes.add(process.build());
    return this;
  }

  // ---- alignments ----------------------------------------------------------------------------

  /**
   * Aligns two stages, usually of the two core chains ({@link AlignmentKind#ALIGNMENT}).
   *
   * @param fromStageId the id of one stage
   * @param toStageId the id of the other stage
   * @return this builder
   * @throws NullPointerException if an argument is null
   */
  public OperatingModelBuilder align(String fromStageId, String toStageId) {
    return align(fromStageId, toStageId, AlignmentKind.ALIGNMENT);
  }

  /**
   * Declares that one stage hands work or information to another ({@link AlignmentKind#HANDOFF}).
   *
   * @param fromStageId the id of the stage that hands over
   * @param toStageId the id of the stage that takes over
   * @return this builder
   * @throws NullPointerException if an argument is null
   */
  public OperatingModelBuilder handoff(String fromStageId, String toStageId) {
    return align(fromStageId, toStageId, AlignmentKind.HANDOFF);
  }

  /**
   * Declares that one stage feeds back to another ({@link AlignmentKind#FEEDBACK}).
   *
   * @param fromStageId the id of the stage that gives feedback
   * @param toStageId the id of the stage that receives it
   * @return this builder
   * @throws NullPointerException if an argument is null
   */
  public OperatingModelBuilder feedback(String fromStageId, String toStageId) {
    return align(fromStageId, toStageId, AlignmentKind.FEEDBACK);
  }

  /**
   * Links two stages with an alignment of the given kind.
   *
   * @param fromStageId the id of the first stage
   * @param toStageId the id of the second stage
   * @param kind the kind of alignment
   * @return this builder
   * @throws NullPointerException if an argument is null
   */
  public OperatingModelBuilder align(String fromStageId, String toStageId, AlignmentKind kind) {
    alignments.add(Alignment.of(fromStageId, toStageId, kind));
    return this;
  }

  // ---- offerings, KPIs, RACI -----------------------------------------------------------------

  /**
   * Declares an offering: a product or service IT offers to consumers.
   *
   * @param id the offering id, unique across the model
   * @param name the offering name, for example {@code Enterprise collaboration}
   * @param details sets type, delivery, lifecycle, owner, consumers, stages and pricing
   * @return this builder
   * @throws NullPointerException if an argument is null
   */
  public OperatingModelBuilder offering(
      String id, String name, Consumer<? super OfferingBuilder> details) {
    checkNotNull(details, "details");
    OfferingBuilder offering = new OfferingBuilder(id, name);
    details.accept(offering);
    offerings.add(offering.build());
    return this;
  }

  /**
   * Declares a KPI that measures the value of elements of the model.
   *
   * @param id the KPI id, unique across the model
   * @param name the KPI name
   * @param details sets unit, direction, target, baseline and what it measures
   * @return this builder
   * @throws NullPointerException if an argument is null
   */
  public OperatingModelBuilder kpi(String id, String name, Consumer<? super KpiBuilder> details) {
    checkNotNull(details, "details");
    KpiBuilder kpi = new KpiBuilder(id, name);
    details.accept(kpi);
    kpis.add(kpi.build());
    return this;
  }

  /**
   * Gives a role a RACI responsibility for a stage, process, chain or offering.
   *
   * @param roleId the id of a role
   * @param targetId the id of a stage, process, chain or offering
   * @param responsibility the responsibility
   * @return this builder
   * @throws NullPointerException if an argument is null
   */
  public OperatingModelBuilder assign(
      String roleId, String targetId, Responsibility responsibility) {
    assignments.add(Assignment.of(roleId, targetId, responsibility));
    return this;
  }

  /**
   * Makes a role responsible for targets: shorthand for {@link #assign} with {@link
   * Responsibility#RESPONSIBLE} for each target.
   *
   * @param roleId the id of a role
   * @param targetIds ids of stages, processes, chains or offerings
   * @return this builder
   * @throws NullPointerException if an argument is null
   */
  public OperatingModelBuilder responsible(String roleId, String... targetIds) {
    return assignAll(roleId, Responsibility.RESPONSIBLE, targetIds);
  }

  /**
   * Makes a role accountable for targets.
   *
   * @param roleId the id of a role
   * @param targetIds ids of stages, processes, chains or offerings
   * @return this builder
   * @throws NullPointerException if an argument is null
   */
  public OperatingModelBuilder accountable(String roleId, String... targetIds) {
    return assignAll(roleId, Responsibility.ACCOUNTABLE, targetIds);
  }

  /**
   * Makes a role consulted for targets.
   *
   * @param roleId the id of a role
   * @param targetIds ids of stages, processes, chains or offerings
   * @return this builder
   * @throws NullPointerException if an argument is null
   */
  public OperatingModelBuilder consulted(String roleId, String... targetIds) {
    return assignAll(roleId, Responsibility.CONSULTED, targetIds);
  }

  /**
   * Makes a role informed of targets.
   *
   * @param roleId the id of a role
   * @param targetIds ids of stages, processes, chains or offerings
   * @return this builder
   * @throws NullPointerException if an argument is null
   */
  public OperatingModelBuilder informed(String roleId, String... targetIds) {
    return assignAll(roleId, Responsibility.INFORMED, targetIds);
  }

  private OperatingModelBuilder assignAll(
      String roleId, Responsibility responsibility, String... targetIds) {
    checkNotNull(roleId, "roleId");
    checkState(
        targetIds.length > 0,
        "name at least one target: %s(\"%s\", \"stage-or-process-id\", ...)",
        responsibility.code(),
        roleId);
    for (String targetId : targetIds) {
      assign(roleId, targetId, responsibility);
    }
    return this;
  }
}
