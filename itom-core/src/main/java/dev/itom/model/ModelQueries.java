package dev.itom.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * The queries of an {@link OperatingModel} that its id index answers: the lookups of elements by
 * id, in constant time, and the navigation along references (the reverse relations are built on
 * first use). {@code OperatingModel} is the only subclass; users see these methods as its own.
 *
 * <p>The methods are public and not final: javac then gives the public {@code OperatingModel} a
 * public bridge of each, so that they can also be called by reflection from any package.
 */
abstract class ModelQueries {
  ModelQueries() {}

  /** Returns the model's id index, built once per model. */
  abstract ModelIndex index();

  // ---- lookups -------------------------------------------------------------------------------

  /**
   * Returns the number of identified elements (roles, consumers, artifacts, chains, stages,
   * processes, offerings and KPIs) in this model.
   *
   * @return the element count
   */
  public int elementCount() {
    return index().size();
  }

  /**
   * Returns the element with the given id, of any kind, in constant time.
   *
   * @param id an element id
   * @return the element, or empty if none has that id
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<Element> element(String id) {
    return index().element(checkNotNull(id, "id"));
  }

  /**
   * Returns the role with the given id.
   *
   * @param id a role id
   * @return the role, or empty if no role has that id
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<Role> role(String id) {
    return index().element(checkNotNull(id, "id"), Role.class);
  }

  /**
   * Returns the consumer with the given id.
   *
   * @param id a consumer id
   * @return the consumer, or empty if no consumer has that id
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<Consumer> consumer(String id) {
    return index().element(checkNotNull(id, "id"), Consumer.class);
  }

  /**
   * Returns the artifact with the given id.
   *
   * @param id an artifact id
   * @return the artifact, or empty if no artifact has that id
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<Artifact> artifact(String id) {
    return index().element(checkNotNull(id, "id"), Artifact.class);
  }

  /**
   * Returns the value chain with the given id.
   *
   * @param id a chain id
   * @return the chain, or empty if no chain has that id
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<ValueChain> valueChain(String id) {
    return index().element(checkNotNull(id, "id"), ValueChain.class);
  }

  /**
   * Returns the stage with the given id, from whichever chain holds it.
   *
   * @param id a stage id
   * @return the stage, or empty if no stage has that id
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<Stage> stage(String id) {
    return index().element(checkNotNull(id, "id"), Stage.class);
  }

  /**
   * Returns the support process with the given id.
   *
   * @param id a process id
   * @return the process, or empty if no process has that id
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<SupportProcess> process(String id) {
    return index().element(checkNotNull(id, "id"), SupportProcess.class);
  }

  /**
   * Returns the offering with the given id.
   *
   * @param id an offering id
   * @return the offering, or empty if no offering has that id
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<Offering> offering(String id) {
    return index().element(checkNotNull(id, "id"), Offering.class);
  }

  /**
   * Returns the KPI with the given id.
   *
   * @param id a KPI id
   * @return the KPI, or empty if no KPI has that id
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<Kpi> kpi(String id) {
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
  public Optional<String> pathOf(String id) {
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
  public Optional<ValueChain> chainOf(String stageId) {
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
  public ImmutableList<SupportProcess> processesSupporting(String id) {
    return index()
        .navigation()
        .relation(Navigation.PROCESSES_SUPPORTING)
        .get(checkNotNull(id, "id"));
  }

  /**
   * Returns the alignments that start or end at a stage, in model order.
   *
   * @param stageId a stage id
   * @return the alignments, possibly empty
   * @throws NullPointerException if {@code stageId} is null
   */
  public ImmutableList<Alignment> alignmentsOf(String stageId) {
    return index()
        .navigation()
        .relation(Navigation.ALIGNMENTS_OF)
        .get(checkNotNull(stageId, "stageId"));
  }

  /**
   * Returns the stages that produce an artifact, in model order.
   *
   * @param artifactId an artifact id
   * @return the stages, possibly empty
   * @throws NullPointerException if {@code artifactId} is null
   */
  public ImmutableList<Stage> stagesProducing(String artifactId) {
    return index()
        .navigation()
        .relation(Navigation.PRODUCERS)
        .get(checkNotNull(artifactId, "artifactId"));
  }

  /**
   * Returns the stages that consume an artifact, in model order.
   *
   * @param artifactId an artifact id
   * @return the stages, possibly empty
   * @throws NullPointerException if {@code artifactId} is null
   */
  public ImmutableList<Stage> stagesConsuming(String artifactId) {
    return index()
        .navigation()
        .relation(Navigation.CONSUMERS)
        .get(checkNotNull(artifactId, "artifactId"));
  }

  /**
   * Returns the RACI assignments whose target is the given element, in model order.
   *
   * @param targetId the id of a stage, process, chain or offering
   * @return the assignments, possibly empty
   * @throws NullPointerException if {@code targetId} is null
   */
  public ImmutableList<Assignment> assignmentsFor(String targetId) {
    return index()
        .navigation()
        .relation(Navigation.ASSIGNMENTS_FOR)
        .get(checkNotNull(targetId, "targetId"));
  }

  /**
   * Returns the KPIs that measure an element, in model order.
   *
   * @param id an element id
   * @return the KPIs, possibly empty
   * @throws NullPointerException if {@code id} is null
   */
  public ImmutableList<Kpi> kpisMeasuring(String id) {
    return index().navigation().relation(Navigation.KPIS_MEASURING).get(checkNotNull(id, "id"));
  }

  /**
   * Returns the offerings realized by a stage, in model order.
   *
   * @param stageId a stage id
   * @return the offerings, possibly empty
   * @throws NullPointerException if {@code stageId} is null
   */
  public ImmutableList<Offering> offeringsRealizedBy(String stageId) {
    return index()
        .navigation()
        .relation(Navigation.OFFERINGS_REALIZED_BY)
        .get(checkNotNull(stageId, "stageId"));
  }

  /**
   * Returns the offerings that serve a consumer, in model order.
   *
   * @param consumerId a consumer id
   * @return the offerings, possibly empty
   * @throws NullPointerException if {@code consumerId} is null
   */
  public ImmutableList<Offering> offeringsServing(String consumerId) {
    return index()
        .navigation()
        .relation(Navigation.OFFERINGS_SERVING)
        .get(checkNotNull(consumerId, "consumerId"));
  }
}
