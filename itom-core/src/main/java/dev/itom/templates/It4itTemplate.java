package dev.itom.templates;

import dev.itom.model.ConsumerKind;
import dev.itom.model.OperatingModel;

/**
 * The {@value Templates#IT4IT} template: the four IT4IT value streams, {@link Templates#it4it()}.
 */
final class It4itTemplate {
  private It4itTemplate() {}

  /** Builds the model; every call builds an equal model. */
  static OperatingModel build() {
    return OperatingModel.builder("it4it", "IT4IT value streams")
        .version("1")
        .description("The four IT4IT value streams as a starting point for an IT operating model.")
        .role("portfolio-manager", "Portfolio manager")
        .role("product-owner", "Product owner")
        .role("release-manager", "Release manager")
        .role("catalog-manager", "Service catalog manager")
        .role("fulfilment-lead", "Fulfilment lead")
        .role("operations-lead", "Operations lead")
        .consumer("business", "The business", ConsumerKind.BUSINESS_UNIT)
        .valueChain(
            dev.itom.model.ValueChainKind.CUSTOM,
            "s2p",
            "Strategy to Portfolio",
            c ->
                c.stage(
                        "s2p.policy",
                        "Set strategy and policy",
                        s -> s.owner("portfolio-manager").answers("Why?").produces("policy"))
                    .stage(
                        "s2p.demand",
                        "Capture portfolio demand",
                        s ->
                            s.owner("portfolio-manager")
                                .consumes("policy", "incident-trend")
                                .produces("portfolio-backlog-item"))
                    .stage(
                        "s2p.proposal",
                        "Approve the proposal",
                        s ->
                            s.owner("portfolio-manager")
                                .answers("What is worth doing?")
                                .consumes("portfolio-backlog-item")
                                .produces("scope-agreement")))
        .requirementToValue(
            "r2d",
            "Requirement to Deploy",
            c ->
                c.stage(
                        "r2d.plan",
                        "Plan and design",
                        s ->
                            s.owner("product-owner")
                                .answers("What is delivered, and how?")
                                .consumes("scope-agreement")
                                .produces("requirement"))
                    .stage(
                        "r2d.build",
                        "Develop and test",
                        s -> s.owner("product-owner").consumes("requirement").produces("build"))
                    .stage(
                        "r2d.release",
                        "Release and deploy",
                        s ->
                            s.owner("release-manager")
                                .answers("Who runs it?")
                                .consumes("build")
                                .produces("service-release")))
        .orderToCash(
            "r2f",
            "Request to Fulfill",
            c ->
                c.stage(
                        "r2f.catalog",
                        "Publish to the catalog",
                        s ->
                            s.owner("catalog-manager")
                                .answers("Why us? Which options?")
                                .consumes("service-release")
                                .produces("catalog-entry"))
                    .stage(
                        "r2f.request",
                        "Request and subscribe",
                        s ->
                            s.owner("fulfilment-lead")
                                .answers("At what cost? By when?")
                                .consumes("catalog-entry")
                                .produces("subscription"))
                    .stage(
                        "r2f.fulfil",
                        "Fulfil and charge",
                        s ->
                            s.owner("fulfilment-lead")
                                .consumes("subscription")
                                .produces("chargeback")))
        .valueChain(
            dev.itom.model.ValueChainKind.CUSTOM,
            "d2c",
            "Detect to Correct",
            c ->
                c.stage(
                        "d2c.detect",
                        "Detect events",
                        s -> s.owner("operations-lead").consumes("chargeback").produces("event"))
                    .stage(
                        "d2c.correct",
                        "Diagnose and correct",
                        s ->
                            s.owner("operations-lead")
                                .consumes("event")
                                .produces("incident-trend")))
        .artifact("policy", "Policy")
        .artifact("portfolio-backlog-item", "Portfolio backlog item")
        .artifact("scope-agreement", "Scope agreement")
        .artifact("requirement", "Requirement")
        .artifact("build", "Build")
        .artifact("service-release", "Service release")
        .artifact("catalog-entry", "Service catalog entry")
        .artifact("subscription", "Subscription")
        .artifact("chargeback", "Chargeback record")
        .artifact("event", "Event")
        .artifact("incident-trend", "Incident trend")
        .handoff("s2p.proposal", "r2d.plan")
        .handoff("r2d.release", "r2f.catalog")
        .align("r2d.plan", "r2f.request")
        .feedback("d2c.correct", "s2p.demand")
        .governing(
            "portfolio-management",
            "Portfolio management",
            p ->
                p.owner("portfolio-manager")
                    .supports("s2p", "r2d", "r2f")
                    .cobit("APO05", "Managed Portfolio"))
        .enabling(
            "project-management",
            "Project management",
            p -> p.owner("product-owner").supports("r2d.plan", "r2d.build"))
        .supporting(
            "financial-management",
            "Financial management",
            p -> p.owner("fulfilment-lead").supports("r2f.fulfil"))
        .kpi(
            "kpi.lead-time",
            "Lead time from proposal to release",
            k -> k.unit("days").lowerIsBetter().target("30").measures("r2d", "r2d.release"))
        .kpi(
            "kpi.fulfilment-time",
            "Request fulfilment time",
            k -> k.unit("hours").lowerIsBetter().target("8").measures("r2f"))
        .accountable("portfolio-manager", "s2p", "r2d", "r2f", "portfolio-management")
        .accountable("operations-lead", "d2c")
        .build();
  }
}
