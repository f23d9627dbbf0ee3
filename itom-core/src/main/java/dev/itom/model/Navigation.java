package dev.itom.model;

/**
 * The reverse references of one model (which processes support a stage, which stages consume an
 * artifact, ...), built in one pass on first use so that reading and validating a model does not
 * pay for them. Read-only once built.
 */
final class Navigation {
  final Relation<SupportProcess> processesSupporting;
  final Relation<Alignment> alignmentsOf;
  final Relation<Stage> producers;
  final Relation<Stage> consumers;
  final Relation<Assignment> assignmentsFor;
  final Relation<Kpi> kpisMeasuring;
  final Relation<Offering> offeringsRealizedBy;
  final Relation<Offering> offeringsServing;

  Navigation(OperatingModel model) {
    processesSupporting = new Relation<>(model.processes().size());
    for (SupportProcess process : model.processes()) {
      for (String id : process.supports()) {
        processesSupporting.put(id, process);
      }
    }
    alignmentsOf = new Relation<>(model.alignments().size() * 2);
    for (Alignment alignment : model.alignments()) {
      alignmentsOf.put(alignment.from(), alignment);
      if (!alignment.to().equals(alignment.from())) {
        alignmentsOf.put(alignment.to(), alignment);
      }
    }
    producers = new Relation<>(model.artifacts().size());
    consumers = new Relation<>(model.artifacts().size());
    for (ValueChain chain : model.valueChains()) {
      for (Stage stage : chain.stages()) {
        for (String artifact : stage.produces()) {
          producers.put(artifact, stage);
        }
        for (String artifact : stage.consumes()) {
          consumers.put(artifact, stage);
        }
      }
    }
    assignmentsFor = new Relation<>(model.assignments().size());
    for (Assignment assignment : model.assignments()) {
      assignmentsFor.put(assignment.target(), assignment);
    }
    kpisMeasuring = new Relation<>(model.kpis().size());
    for (Kpi kpi : model.kpis()) {
      for (String id : kpi.measures()) {
        kpisMeasuring.put(id, kpi);
      }
    }
    offeringsRealizedBy = new Relation<>(model.offerings().size());
    offeringsServing = new Relation<>(model.consumers().size());
    for (Offering offering : model.offerings()) {
      for (String id : offering.realizedBy()) {
        offeringsRealizedBy.put(id, offering);
      }
      for (String id : offering.consumers()) {
        offeringsServing.put(id, offering);
      }
    }
    processesSupporting.freeze();
    alignmentsOf.freeze();
    producers.freeze();
    consumers.freeze();
    assignmentsFor.freeze();
    kpisMeasuring.freeze();
    offeringsRealizedBy.freeze();
    offeringsServing.freeze();
  }
}
