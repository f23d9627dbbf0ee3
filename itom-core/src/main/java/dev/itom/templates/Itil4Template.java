package dev.itom.templates;

import dev.itom.model.ConsumerKind;
import dev.itom.model.OperatingModel;

/**
 * The {@value Templates#ITIL4} template: the ITIL 4 service value chain, {@link Templates#itil4()}.
 */
final class Itil4Template {
  private Itil4Template() {}

  /** Builds the model; every call builds an equal model. */
  static OperatingModel build() {
    return OperatingModel.builder("itil4", "ITIL 4 service value chain")
        .version("1")
        .description(
            "The ITIL 4 service value chain as a starting point for an IT operating model.")
        .role("service-owner", "Service owner")
        .role("relationship-manager", "Relationship manager")
        .role("architect", "Architect")
        .role("service-desk", "Service desk")
        .consumer("customers", "Customers", ConsumerKind.CUSTOMER)
        .requirementToValue(
            "develop",
            "Develop a new service",
            c ->
                c.stage(
                        "develop.engage",
                        "Engage",
                        s ->
                            s.owner("relationship-manager")
                                .answers("Why? Which outcome do consumers need?")
                                .produces("demand"))
                    .stage(
                        "develop.plan",
                        "Plan",
                        s -> s.owner("service-owner").consumes("demand").produces("plan"))
                    .stage(
                        "develop.design",
                        "Design and transition",
                        s ->
                            s.owner("architect")
                                .answers("What and how?")
                                .consumes("plan")
                                .produces("service-design"))
                    .stage(
                        "develop.build",
                        "Obtain/build",
                        s ->
                            s.owner("architect")
                                .consumes("service-design")
                                .produces("service-component"))
                    .stage(
                        "develop.improve",
                        "Improve",
                        s ->
                            s.owner("service-owner")
                                .answers("Was the value realized?")
                                .consumes("service-component", "performance-data")
                                .produces("improvement")))
        .orderToCash(
            "serve",
            "Serve a request",
            c ->
                c.stage(
                        "serve.engage",
                        "Engage",
                        s ->
                            s.owner("service-desk")
                                .answers("Why us? Which options? At what cost? By when?")
                                .consumes("improvement")
                                .produces("request"))
                    .stage(
                        "serve.deliver",
                        "Deliver and support",
                        s ->
                            s.owner("service-desk")
                                .consumes("request")
                                .produces("performance-data")))
        .artifact("demand", "Demand")
        .artifact("plan", "Plan")
        .artifact("service-design", "Service design")
        .artifact("service-component", "Service component")
        .artifact("improvement", "Improvement initiative")
        .artifact("request", "Service request")
        .artifact("performance-data", "Performance data")
        .handoff("develop.build", "serve.deliver")
        .feedback("serve.deliver", "develop.improve")
        .governing(
            "strategy-management",
            "Strategy management",
            p ->
                p.owner("service-owner")
                    .supports("develop")
                    .itil("strategy-management", "Strategy management"))
        .governing(
            "relationship-management",
            "Relationship management",
            p ->
                p.owner("relationship-manager")
                    .supports("develop.engage", "serve.engage")
                    .itil("relationship-management", "Relationship management"))
        .enabling(
            "project-management",
            "Project management",
            p ->
                p.supports("develop.design", "develop.build")
                    .itil("project-management", "Project management"))
        .supporting(
            "service-desk-practice",
            "Service desk",
            p ->
                p.owner("service-desk")
                    .supports("serve.deliver")
                    .itil("service-desk", "Service desk"))
        .kpi(
            "kpi.satisfaction",
            "Customer satisfaction",
            k -> k.unit("%").target("85").measures("develop.improve", "serve"))
        .accountable("service-owner", "develop", "serve")
        .build();
  }
}
