package dev.itom.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * An IT operating model: how an IT organization gets its products and services into the hands of
 * its consumers. It holds the {@linkplain ValueChainKind#REQUIREMENT_TO_VALUE Requirement to Value}
 * and {@linkplain ValueChainKind#ORDER_TO_CASH Order to Cash} value chains and any custom ones, the
 * support processes around them, roles, consumers, artifacts, offerings, KPIs, the alignments
 * between stages and the RACI assignments.
 *
 * <p>An instance is immutable and may be shared by any number of threads. Every instance satisfies
 * the model's invariants: ids are well formed ({@link #ID_PATTERN}) and unique across the model,
 * names are not blank, every reference resolves to an element of the right kind, amounts are not
 * negative and currencies are ISO 4217 codes. Creating a model that breaks any of them throws an
 * {@link InvalidModelException} that lists every violation. Lookups by id use an index built once
 * per model and take constant time.
 *
 * <p>Build a model with the fluent {@link #builder(String, String)}; edit one with {@link
 * #toBuilder()} or a wither, which return a new model and leave this one untouched.
 */
@Value.Immutable
@ItomStyle
public abstract class OperatingModel {
  /** The pattern every id matches: {@value}. */
  public static final String ID_REGEX = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$";

  /** The compiled {@link #ID_REGEX}. */
  public static final Pattern ID_PATTERN = Pattern.compile(ID_REGEX);

  OperatingModel() {}

  /**
   * Starts the fluent builder of a model.
   *
   * @param id the id of the model
   * @param name the name of the model
   * @return a builder that reads like the operating model it describes
   * @throws NullPointerException if an argument is null
   */
  public static OperatingModelBuilder builder(String id, String name) {
    return new OperatingModelBuilder(id, name);
  }

  /**
   * Returns a fluent builder that starts from everything this model holds; its {@code build()}
   * gives a new model and leaves this one untouched.
   *
   * @return a builder preloaded with this model
   */
  public final OperatingModelBuilder toBuilder() {
    return OperatingModelBuilder.from(this);
  }

  /**
   * Returns whether {@code id} is a well-formed id, matching {@link #ID_REGEX}.
   *
   * @param id a candidate id
   * @return true if it is well formed
   * @throws NullPointerException if {@code id} is null
   */
  public static boolean isWellFormedId(String id) {
    return IdCheck.isWellFormedId(checkNotNull(id, "id"));
  }

  /**
   * Returns the id of the model.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the name of the model.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the version label of the model, for example {@code 2026.1}.
   *
   * @return the version, or empty
   */
  public abstract Optional<String> version();

  /**
   * Returns the description of the model.
   *
   * @return the description, or empty
   */
  public abstract Optional<String> description();

  /**
   * Returns the extension properties of the model, keys in natural order.
   *
   * @return the properties, possibly empty
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<String, String> properties();

  /**
   * Returns the roles, in model order.
   *
   * @return the roles
   */
  public abstract ImmutableList<Role> roles();

  /**
   * Returns the consumers, in model order.
   *
   * @return the consumers
   */
  public abstract ImmutableList<Consumer> consumers();

  /**
   * Returns the artifacts, in model order.
   *
   * @return the artifacts
   */
  public abstract ImmutableList<Artifact> artifacts();

  /**
   * Returns the value chains, in model order, each with its stages.
   *
   * @return the value chains
   */
  public abstract ImmutableList<ValueChain> valueChains();

  /**
   * Returns the support processes, in model order.
   *
   * @return the processes
   */
  public abstract ImmutableList<SupportProcess> processes();

  /**
   * Returns the alignments between stages, in model order.
   *
   * @return the alignments
   */
  public abstract ImmutableList<Alignment> alignments();

  /**
   * Returns the offerings, in model order.
   *
   * @return the offerings
   */
  public abstract ImmutableList<Offering> offerings();

  /**
   * Returns the KPIs, in model order.
   *
   * @return the KPIs
   */
  public abstract ImmutableList<Kpi> kpis();

  /**
   * Returns the RACI assignments, in model order.
   *
   * @return the assignments
   */
  public abstract ImmutableList<Assignment> assignments();

  @Value.Derived
  @Value.Auxiliary
  ModelIndex index() {
    return new ModelIndex(this);
  }

  @Value.Check
  final void checkInvariants() {
    ModelIndex index = index();
    if (!index.violations().isEmpty()) {
      throw new InvalidModelException(id(), index.violations());
    }
  }

  // ---- withers -------------------------------------------------------------------------------

  /**
   * Returns a copy with the given name.
   *
   * @param name the new name
   * @return a model equal to this one but for the name
   * @throws NullPointerException if {@code name} is null
   * @throws InvalidModelException if the name is blank
   */
  public abstract OperatingModel withName(String name);

  /**
   * Returns a copy with the given version label.
   *
   * @param version the new version
   * @return a model equal to this one but for the version
   * @throws NullPointerException if {@code version} is null
   */
  public abstract OperatingModel withVersion(String version);

  /**
   * Returns a copy with the given description.
   *
   * @param description the new description
   * @return a model equal to this one but for the description
   * @throws NullPointerException if {@code description} is null
   */
  public abstract OperatingModel withDescription(String description);

  /**
   * Returns a copy with the given roles.
   *
   * @param roles the new roles
   * @return a model equal to this one but for the roles
   * @throws NullPointerException if {@code roles} or one of them is null
   * @throws InvalidModelException if the result breaks an invariant
   */
  public abstract OperatingModel withRoles(Iterable<? extends Role> roles);

  /**
   * Returns a copy with the given value chains.
   *
   * @param valueChains the new value chains
   * @return a model equal to this one but for the chains
   * @throws NullPointerException if {@code valueChains} or one of them is null
   * @throws InvalidModelException if the result breaks an invariant
   */
  public abstract OperatingModel withValueChains(Iterable<? extends ValueChain> valueChains);

  /**
   * Returns a copy with the given support processes.
   *
   * @param processes the new processes
   * @return a model equal to this one but for the processes
   * @throws NullPointerException if {@code processes} or one of them is null
   * @throws InvalidModelException if the result breaks an invariant
   */
  public abstract OperatingModel withProcesses(Iterable<? extends SupportProcess> processes);

  /**
   * Returns a copy with the given offerings.
   *
   * @param offerings the new offerings
   * @return a model equal to this one but for the offerings
   * @throws NullPointerException if {@code offerings} or one of them is null
   * @throws InvalidModelException if the result breaks an invariant
   */
  public abstract OperatingModel withOfferings(Iterable<? extends Offering> offerings);

  /**
   * Returns a copy with the given KPIs.
   *
   * @param kpis the new KPIs
   * @return a model equal to this one but for the KPIs
   * @throws NullPointerException if {@code kpis} or one of them is null
   * @throws InvalidModelException if the result breaks an invariant
   */
  public abstract OperatingModel withKpis(Iterable<? extends Kpi> kpis);

  /**
   * Returns a copy with the given alignments.
   *
   * @param alignments the new alignments
   * @return a model equal to this one but for the alignments
   * @throws NullPointerException if {@code alignments} or one of them is null
   * @throws InvalidModelException if the result breaks an invariant
   */
  public abstract OperatingModel withAlignments(Iterable<? extends Alignment> alignments);

  /**
   * Returns a copy with the given assignments.
   *
   * @param assignments the new assignments
   * @return a model equal to this one but for the assignments
   * @throws NullPointerException if {@code assignments} or one of them is null
   * @throws InvalidModelException if the result breaks an invariant
   */
  public abstract OperatingModel withAssignments(Iterable<? extends Assignment> assignments);

  // ---- lookups -------------------------------------------------------------------------------

  /**
   * Returns the number of identified elements (roles, consumers, artifacts, chains, stages,
   * processes, offerings and KPIs) in this model.
   *
   * @return the element count
   */
  public final int elementCount() {
    return index().size();
  }

  /**
   * Returns the element with the given id, of any kind, in constant time.
   *
   * @param id an element id
   * @return the element, or empty if none has that id
   * @throws NullPointerException if {@code id} is null
   */
  public final Optional<Element> element(String id) {
    return index().element(checkNotNull(id, "id"));
  }

  /**
   * Returns the role with the given id.
   *
   * @param id a role id
   * @return the role, or empty if no role has that id
   * @throws NullPointerException if {@code id} is null
   */
  public final Optional<Role> role(String id) {
    return index().element(checkNotNull(id, "id"), Role.class);
  }

  /**
   * Returns the consumer with the given id.
   *
   * @param id a consumer id
   * @return the consumer, or empty if no consumer has that id
   * @throws NullPointerException if {@code id} is null
   */
  public final Optional<Consumer> consumer(String id) {
    return index().element(checkNotNull(id, "id"), Consumer.class);
  }

  /**
   * Returns the artifact with the given id.
   *
   * @param id an artifact id
   * @return the artifact, or empty if no artifact has that id
   * @throws NullPointerException if {@code id} is null
   */
  public final Optional<Artifact> artifact(String id) {
    return index().element(checkNotNull(id, "id"), Artifact.class);
  }

  /**
   * Returns the value chain with the given id.
   *
   * @param id a chain id
   * @return the chain, or empty if no chain has that id
   * @throws NullPointerException if {@code id} is null
   */
  public final Optional<ValueChain> valueChain(String id) {
    return index().element(checkNotNull(id, "id"), ValueChain.class);
  }

  /**
   * Returns the stage with the given id, from whichever chain holds it.
   *
   * @param id a stage id
   * @return the stage, or empty if no stage has that id
   * @throws NullPointerException if {@code id} is null
   */
  public final Optional<Stage> stage(String id) {
    return index().element(checkNotNull(id, "id"), Stage.class);
  }

  /**
   * Returns the support process with the given id.
   *
   * @param id a process id
   * @return the process, or empty if no process has that id
   * @throws NullPointerException if {@code id} is null
   */
  public final Optional<SupportProcess> process(String id) {
    return index().element(checkNotNull(id, "id"), SupportProcess.class);
  }

  /**
   * Returns the offering with the given id.
   *
   * @param id an offering id
   * @return the offering, or empty if no offering has that id
   * @throws NullPointerException if {@code id} is null
   */
  public final Optional<Offering> offering(String id) {
    return index().element(checkNotNull(id, "id"), Offering.class);
  }

  /**
   * Returns the KPI with the given id.
   *
   * @param id a KPI id
   * @return the KPI, or empty if no KPI has that id
   * @throws NullPointerException if {@code id} is null
   */
  public final Optional<Kpi> kpi(String id) {
    return index().element(checkNotNull(id, "id"), Kpi.class);
  }

  /**
   * Returns the JSON Pointer of an element in the model's canonical JSON form, for example {@code
   * /valueChains/0/stages/1} for the second stage of the first chain.
   *
   * @param id an element id
   * @return the pointer, or empty if no element has that id
   * @throws NullPointerException if {@code id} is null
   */
  public final Optional<String> pathOf(String id) {
    return index().pathOf(checkNotNull(id, "id"));
  }

  // ---- navigation ----------------------------------------------------------------------------

  /**
   * Returns the value chain that holds a stage.
   *
   * @param stageId a stage id
   * @return the chain, or empty if no stage has that id
   * @throws NullPointerException if {@code stageId} is null
   */
  public final Optional<ValueChain> chainOf(String stageId) {
    return index().chainOf(checkNotNull(stageId, "stageId"));
  }

  /**
   * Returns the support processes that name a stage or chain in their {@link
   * SupportProcess#supports() supports} list, in model order. Processes that support a chain are
   * not returned for its stages; ask for the chain too.
   *
   * @param id a stage or chain id
   * @return the processes, possibly empty
   * @throws NullPointerException if {@code id} is null
   */
  public final ImmutableList<SupportProcess> processesSupporting(String id) {
    return index().navigation().processesSupporting.get(checkNotNull(id, "id"));
  }

  /**
   * Returns the alignments that start or end at a stage, in model order.
   *
   * @param stageId a stage id
   * @return the alignments, possibly empty
   * @throws NullPointerException if {@code stageId} is null
   */
  public final ImmutableList<Alignment> alignmentsOf(String stageId) {
    return index().navigation().alignmentsOf.get(checkNotNull(stageId, "stageId"));
  }

  /**
   * Returns the stages that produce an artifact, in model order.
   *
   * @param artifactId an artifact id
   * @return the stages, possibly empty
   * @throws NullPointerException if {@code artifactId} is null
   */
  public final ImmutableList<Stage> stagesProducing(String artifactId) {
    return index().navigation().producers.get(checkNotNull(artifactId, "artifactId"));
  }

  /**
   * Returns the stages that consume an artifact, in model order.
   *
   * @param artifactId an artifact id
   * @return the stages, possibly empty
   * @throws NullPointerException if {@code artifactId} is null
   */
  public final ImmutableList<Stage> stagesConsuming(String artifactId) {
    return index().navigation().consumers.get(checkNotNull(artifactId, "artifactId"));
  }

  /**
   * Returns the RACI assignments whose target is the given element, in model order.
   *
   * @param targetId the id of a stage, process, chain or offering
   * @return the assignments, possibly empty
   * @throws NullPointerException if {@code targetId} is null
   */
  public final ImmutableList<Assignment> assignmentsFor(String targetId) {
    return index().navigation().assignmentsFor.get(checkNotNull(targetId, "targetId"));
  }

  /**
   * Returns the KPIs that measure an element, in model order.
   *
   * @param id an element id
   * @return the KPIs, possibly empty
   * @throws NullPointerException if {@code id} is null
   */
  public final ImmutableList<Kpi> kpisMeasuring(String id) {
    return index().navigation().kpisMeasuring.get(checkNotNull(id, "id"));
  }

  /**
   * Returns the offerings realized by a stage, in model order.
   *
   * @param stageId a stage id
   * @return the offerings, possibly empty
   * @throws NullPointerException if {@code stageId} is null
   */
  public final ImmutableList<Offering> offeringsRealizedBy(String stageId) {
    return index().navigation().offeringsRealizedBy.get(checkNotNull(stageId, "stageId"));
  }

  /**
   * Returns the offerings that serve a consumer, in model order.
   *
   * @param consumerId a consumer id
   * @return the offerings, possibly empty
   * @throws NullPointerException if {@code consumerId} is null
   */
  public final ImmutableList<Offering> offeringsServing(String consumerId) {
    return index().navigation().offeringsServing.get(checkNotNull(consumerId, "consumerId"));
  }

  /**
   * Returns the value chains of a kind, in model order.
   *
   * @param kind the kind of chain
   * @return the chains, possibly empty
   * @throws NullPointerException if {@code kind} is null
   */
  public final ImmutableList<ValueChain> valueChains(ValueChainKind kind) {
    checkNotNull(kind, "kind");
    return valueChains().stream()
        .filter(chain -> chain.kind() == kind)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the first Requirement-to-Value chain.
   *
   * @return the chain, or empty if the model has none
   */
  public final Optional<ValueChain> requirementToValue() {
    return firstChain(ValueChainKind.REQUIREMENT_TO_VALUE);
  }

  /**
   * Returns the first Order-to-Cash chain.
   *
   * @return the chain, or empty if the model has none
   */
  public final Optional<ValueChain> orderToCash() {
    return firstChain(ValueChainKind.ORDER_TO_CASH);
  }

  private Optional<ValueChain> firstChain(ValueChainKind kind) {
    for (ValueChain chain : valueChains()) {
      if (chain.kind() == kind) {
        return Optional.of(chain);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the support processes of a category, in model order.
   *
   * @param category the category
   * @return the processes, possibly empty
   * @throws NullPointerException if {@code category} is null
   */
  public final ImmutableList<SupportProcess> processes(ProcessCategory category) {
    checkNotNull(category, "category");
    return processes().stream()
        .filter(process -> process.category() == category)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns every stage of every chain, chain by chain, in order.
   *
   * @return the stages
   */
  public final ImmutableList<Stage> stages() {
    ImmutableList.Builder<Stage> stages = ImmutableList.builder();
    for (ValueChain chain : valueChains()) {
      stages.addAll(chain.stages());
    }
    return stages.build();
  }
}
