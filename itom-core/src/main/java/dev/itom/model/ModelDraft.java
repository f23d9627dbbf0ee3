package dev.itom.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What an {@link OperatingModelBuilder} has collected: the model's own fields, set directly, and
 * its lists of elements, to which prebuilt elements can be added; and the build of the model from
 * them. The fluent declarations of elements are the builder's own. {@code OperatingModelBuilder} is
 * the only subclass; users see these methods as its own.
 *
 * <p>The methods are public and not final: javac then gives the public {@code
 * OperatingModelBuilder} a public bridge of each, so that they can also be called by reflection
 * from any package.
 */
abstract class ModelDraft {
  private final String id;
  private String name;
  private @Nullable String version;
  private @Nullable String description;
  private final Map<String, String> properties = new TreeMap<>();
  final List<Role> roles = new ArrayList<>();
  final List<Consumer> consumers = new ArrayList<>();
  final List<Artifact> artifacts = new ArrayList<>();
  final List<ValueChain> valueChains = new ArrayList<>();
  final List<SupportProcess> processes = new ArrayList<>();
  final List<Alignment> alignments = new ArrayList<>();
  final List<Offering> offerings = new ArrayList<>();
  final List<Kpi> kpis = new ArrayList<>();
  final List<Assignment> assignments = new ArrayList<>();

  ModelDraft(String id, String name) {
    this.id = checkNotNull(id, "id");
    this.name = checkNotNull(name, "name");
  }

  /** Returns this draft as the builder it is. */
  abstract OperatingModelBuilder self();

  /** Copies everything {@code model} holds but its id and name, given to the constructor. */
  final void copy(OperatingModel model) {
    version = model.version().orElse(null);
    description = model.description().orElse(null);
    properties.putAll(model.properties());
    roles.addAll(model.roles());
    consumers.addAll(model.consumers());
    artifacts.addAll(model.artifacts());
    valueChains.addAll(model.valueChains());
    processes.addAll(model.processes());
    alignments.addAll(model.alignments());
    offerings.addAll(model.offerings());
    kpis.addAll(model.kpis());
    assignments.addAll(model.assignments());
  }

  // ---- the model itself ----------------------------------------------------------------------

  /**
   * Replaces the name of the model.
   *
   * @param name the name
   * @return this builder
   * @throws NullPointerException if {@code name} is null
   */
  public OperatingModelBuilder name(String name) {
    this.name = checkNotNull(name, "name");
    return self();
  }

  /**
   * Sets the version label of the model, for example {@code 2026.1}.
   *
   * @param version the version label
   * @return this builder
   * @throws NullPointerException if {@code version} is null
   */
  public OperatingModelBuilder version(String version) {
    this.version = checkNotNull(version, "version");
    return self();
  }

  /**
   * Sets the description of the model.
   *
   * @param description free text
   * @return this builder
   * @throws NullPointerException if {@code description} is null
   */
  public OperatingModelBuilder description(String description) {
    this.description = checkNotNull(description, "description");
    return self();
  }

  /**
   * Sets an extension property of the model.
   *
   * @param key the key
   * @param value the value
   * @return this builder
   * @throws NullPointerException if an argument is null
   */
  public OperatingModelBuilder property(String key, String value) {
    properties.put(checkNotNull(key, "key"), checkNotNull(value, "value"));
    return self();
  }

  // ---- prebuilt elements ---------------------------------------------------------------------

  /**
   * Adds prebuilt roles, for example from a mapping of a vendor's metamodel.
   *
   * @param roles the roles
   * @return this builder
   * @throws NullPointerException if {@code roles} or one of them is null
   */
  public OperatingModelBuilder addRoles(Iterable<? extends Role> roles) {
    addAll(this.roles, roles, "role");
    return self();
  }

  /**
   * Adds prebuilt consumers.
   *
   * @param consumers the consumers
   * @return this builder
   * @throws NullPointerException if {@code consumers} or one of them is null
   */
  public OperatingModelBuilder addConsumers(Iterable<? extends Consumer> consumers) {
    addAll(this.consumers, consumers, "consumer");
    return self();
  }

  /**
   * Adds prebuilt artifacts.
   *
   * @param artifacts the artifacts
   * @return this builder
   * @throws NullPointerException if {@code artifacts} or one of them is null
   */
  public OperatingModelBuilder addArtifacts(Iterable<? extends Artifact> artifacts) {
    addAll(this.artifacts, artifacts, "artifact");
    return self();
  }

  /**
   * Adds prebuilt value chains, with their stages.
   *
   * @param valueChains the chains
   * @return this builder
   * @throws NullPointerException if {@code valueChains} or one of them is null
   */
  public OperatingModelBuilder addValueChains(Iterable<? extends ValueChain> valueChains) {
    addAll(this.valueChains, valueChains, "valueChain");
    return self();
  }

  /**
   * Adds prebuilt support processes.
   *
   * @param processes the processes
   * @return this builder
   * @throws NullPointerException if {@code processes} or one of them is null
   */
  public OperatingModelBuilder addProcesses(Iterable<? extends SupportProcess> processes) {
    addAll(this.processes, processes, "process");
    return self();
  }

  /**
   * Adds prebuilt alignments.
   *
   * @param alignments the alignments
   * @return this builder
   * @throws NullPointerException if {@code alignments} or one of them is null
   */
  public OperatingModelBuilder addAlignments(Iterable<? extends Alignment> alignments) {
    addAll(this.alignments, alignments, "alignment");
    return self();
  }

  /**
   * Adds prebuilt offerings.
   *
   * @param offerings the offerings
   * @return this builder
   * @throws NullPointerException if {@code offerings} or one of them is null
   */
  public OperatingModelBuilder addOfferings(Iterable<? extends Offering> offerings) {
    addAll(this.offerings, offerings, "offering");
    return self();
  }

  /**
   * Adds prebuilt KPIs.
   *
   * @param kpis the KPIs
   * @return this builder
   * @throws NullPointerException if {@code kpis} or one of them is null
   */
  public OperatingModelBuilder addKpis(Iterable<? extends Kpi> kpis) {
    addAll(this.kpis, kpis, "kpi");
    return self();
  }

  /**
   * Adds prebuilt assignments.
   *
   * @param assignments the assignments
   * @return this builder
   * @throws NullPointerException if {@code assignments} or one of them is null
   */
  public OperatingModelBuilder addAssignments(Iterable<? extends Assignment> assignments) {
    addAll(this.assignments, assignments, "assignment");
    return self();
  }

  private static <T> void addAll(List<T> target, Iterable<? extends T> elements, String what) {
    checkNotNull(elements, "%ss", what);
    for (T element : elements) {
      target.add(checkNotNull(element, "%s", what));
    }
  }

  // ---- build ---------------------------------------------------------------------------------

  /**
   * Builds the model and checks every invariant.
   *
   * @return the model
   * @throws InvalidModelException listing every violation, each with its JSON Pointer and a message
   *     that says how to fix it, if the model would break an invariant
   */
  public OperatingModel build() {
    return ModelElements.INSTANCE.model(
        id,
        name,
        version,
        description,
        properties,
        roles,
        consumers,
        artifacts,
        valueChains,
        processes,
        alignments,
        offerings,
        kpis,
        assignments);
  }
}
