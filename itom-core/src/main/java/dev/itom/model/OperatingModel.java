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
 *
 * @since 0.1
 */
@Value.Immutable
@ItomStyle
public abstract class OperatingModel extends ModelQueries {
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

  @Override
  @Value.Derived
  @Value.Auxiliary
  ModelIndex index() {
    return ModelIndex.of(this);
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

  // ---- chains, processes and stages (lookups and navigation: ModelQueries) ----------------

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
