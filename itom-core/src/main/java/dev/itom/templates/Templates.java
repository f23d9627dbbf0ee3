package dev.itom.templates;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedSet;
import dev.itom.model.ConsumerKind;
import dev.itom.model.Delivery;
import dev.itom.model.Lifecycle;
import dev.itom.model.OperatingModel;
import dev.itom.model.PricingModel;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Ready starting models built with the fluent builder.
 *
 * <p>The {@linkplain #referenceModel() reference model} is the two-core operating model of an IT
 * organization that offers enterprise collaboration as SaaS: Requirement to Value and Order to
 * Cash, interconnected by artifacts and alignments, with the governing, enabling and supporting
 * processes around them, consumers, KPIs and RACI decision rights.
 */
public final class Templates {
  /** The name of the {@linkplain #referenceModel() reference model} template: {@value}. */
  public static final String TWO_CORE = "two-core";

  /** The name of the {@linkplain #it4it() IT4IT value streams} template: {@value}. */
  public static final String IT4IT = "it4it";

  /** The name of the {@linkplain #itil4() ITIL 4 service value chain} template: {@value}. */
  public static final String ITIL4 = "itil4";

  private Templates() {}

  /**
   * Returns the names of every template, in order.
   *
   * @return the template names
   */
  public static ImmutableSortedSet<String> names() {
    return ImmutableSortedSet.of(TWO_CORE, IT4IT, ITIL4);
  }

  /**
   * Returns the template with the given name.
   *
   * @param name a template name from {@link #names()}
   * @return the model, or empty if no template has that name
   * @throws NullPointerException if {@code name} is null
   */
  public static Optional<OperatingModel> byName(String name) {
    checkNotNull(name, "name");
    return switch (name) {
      case TWO_CORE -> Optional.of(referenceModel());
      case IT4IT -> Optional.of(it4it());
      case ITIL4 -> Optional.of(itil4());
      default -> Optional.empty();
    };
  }

  /**
   * Returns the reference two-core operating model.
   *
   * @return the reference model; every call builds an equal model
   */
  public static OperatingModel referenceModel() {
    return OperatingModel.builder("acme-it", "ACME IT operating model")
        .version("2026.1")
        .description(
            "How ACME's IT organization gets its products and services, enterprise collaboration"
                + " first, into the hands of its consumers.")
        .property("owner", "Office of the CIO")
        // Who does the work.
        .role("cio", "Chief information officer")
        .role("portfolio-manager", "Portfolio manager")
        .role("brm", "Business relationship manager")
        .role("product-manager", "Product manager")
        .role("architect", "Enterprise architect")
        .role("project-manager", "Project manager")
        .role("service-owner", "Service owner")
        .role("service-desk", "Service desk lead")
        .role("finance-controller", "IT finance controller")
        .role("supplier-manager", "Supplier manager")
        // Who receives the products and services.
        .consumer("sales", "Sales", ConsumerKind.BUSINESS_UNIT)
        .consumer("finance", "Finance", ConsumerKind.BUSINESS_UNIT)
        .consumer("all-staff", "All office staff", ConsumerKind.EMPLOYEE_GROUP)
        .consumer("partners", "Channel partners", ConsumerKind.PARTNER)
        // Requirement to Value: what, how, why, who.
        .requirementToValue(
            "r2v",
            "Requirement to Value",
            chain ->
                chain
                    .description("The value view: what is delivered, how, why and by whom.")
                    .stage(
                        "r2v.demand",
                        "Capture demand",
                        s ->
                            s.owner("brm")
                                .answers("Why? Which business outcome is needed?")
                                .produces("demand"))
                    .stage(
                        "r2v.portfolio",
                        "Decide and prioritize",
                        s ->
                            s.owner("portfolio-manager")
                                .answers("Why this, and why now?")
                                .consumes("demand", "value-report")
                                .produces("business-case"))
                    .stage(
                        "r2v.requirements",
                        "Define requirements",
                        s ->
                            s.owner("product-manager")
                                .answers("What is delivered?")
                                .consumes("business-case")
                                .produces("requirement", "scope-agreement"))
                    .stage(
                        "r2v.build",
                        "Design and build",
                        s ->
                            s.owner("architect")
                                .answers("How is it delivered?")
                                .consumes("requirement")
                                .produces("release"))
                    .stage(
                        "r2v.deploy",
                        "Deploy and release",
                        s ->
                            s.owner("service-owner")
                                .answers("Who delivers and runs it?")
                                .consumes("release")
                                .produces("service-offer"))
                    .stage(
                        "r2v.value",
                        "Realize value",
                        s ->
                            s.owner("brm")
                                .answers("Was the promised value realized?")
                                .consumes("usage-record", "benefit-report")
                                .produces("value-report")))
        // Order to Cash: why us, which options, at what cost, by when.
        .orderToCash(
            "o2c",
            "Order to Cash",
            chain ->
                chain
                    .description(
                        "Order to IT benefit: why us, which options, at what cost, by when.")
                    .stage(
                        "o2c.offer",
                        "Publish the offer",
                        s ->
                            s.owner("product-manager")
                                .answers("Why us?")
                                .consumes("service-offer")
                                .produces("catalog-item"))
                    .stage(
                        "o2c.quote",
                        "Select options and quote",
                        s ->
                            s.owner("brm")
                                .answers("Which options?", "At what cost?")
                                .consumes("catalog-item", "scope-agreement")
                                .produces("quote"))
                    .stage(
                        "o2c.order",
                        "Take the order",
                        s ->
                            s.owner("service-desk")
                                .answers("By when?")
                                .consumes("quote")
                                .produces("order"))
                    .stage(
                        "o2c.fulfil",
                        "Fulfil and provision",
                        s ->
                            s.owner("service-owner")
                                .consumes("order")
                                .produces("subscription", "usage-record"))
                    .stage(
                        "o2c.bill",
                        "Charge back",
                        s ->
                            s.owner("finance-controller")
                                .consumes("subscription", "usage-record")
                                .produces("invoice"))
                    .stage(
                        "o2c.benefit",
                        "Collect and report the benefit",
                        s ->
                            s.owner("finance-controller")
                                .consumes("invoice")
                                .produces("benefit-report")))
        // Information handed between stages.
        .artifact("demand", "Demand")
        .artifact("business-case", "Business case")
        .artifact("requirement", "Requirement")
        .artifact("scope-agreement", "Scope agreement")
        .artifact("release", "Release")
        .artifact("service-offer", "Service offer")
        .artifact("catalog-item", "Catalog item")
        .artifact("quote", "Quote")
        .artifact("order", "Order")
        .artifact("subscription", "Subscription")
        .artifact("usage-record", "Usage record")
        .artifact("invoice", "Invoice")
        .artifact("benefit-report", "Benefit report")
        .artifact("value-report", "Value report")
        // The two chains are interconnected and aligned.
        .align("r2v.requirements", "o2c.quote")
        .handoff("r2v.deploy", "o2c.offer")
        .feedback("o2c.benefit", "r2v.value")
        .feedback("r2v.value", "r2v.portfolio")
        // Governing and aligning processes.
        .governing(
            "portfolio-management",
            "Portfolio management",
            p ->
                p.owner("portfolio-manager")
                    .supports("r2v.portfolio", "r2v")
                    .cobit("APO05", "Managed Portfolio")
                    .itil("portfolio-management", "Portfolio management"))
        .governing(
            "relationship-management",
            "Business relationship management",
            p ->
                p.owner("brm")
                    .supports("r2v.demand", "o2c.quote", "r2v.value")
                    .cobit("APO08", "Managed Relationships")
                    .itil("relationship-management", "Relationship management"))
        .governing(
            "it-governance",
            "IT governance",
            p ->
                p.owner("cio")
                    .supports("r2v", "o2c")
                    .cobit("EDM01", "Ensured Governance Framework Setting and Maintenance")
                    .cobit("EDM02", "Ensured Benefits Delivery"))
        // Enabling processes.
        .enabling(
            "project-management",
            "Project management",
            p ->
                p.owner("project-manager")
                    .supports("r2v.build", "r2v.deploy")
                    .cobit("BAI11", "Managed Projects")
                    .itil("project-management", "Project management"))
        // Other supporting processes.
        .supporting(
            "supplier-management",
            "Supplier management",
            p ->
                p.owner("supplier-manager")
                    .supports("o2c.fulfil")
                    .cobit("APO10", "Managed Vendors")
                    .itil("supplier-management", "Supplier management"))
        .supporting(
            "financial-management",
            "Financial management",
            p ->
                p.owner("finance-controller")
                    .supports("o2c.bill", "o2c.benefit")
                    .cobit("APO06", "Managed Budget and Costs")
                    .itil("service-financial-management", "Service financial management"))
        // What is offered, how it is delivered, to whom, at what price.
        .offering(
            "collaboration",
            "Enterprise collaboration",
            o ->
                o.service()
                    .category("collaboration")
                    .delivery(Delivery.SAAS)
                    .lifecycle(Lifecycle.ACTIVE)
                    .owner("service-owner")
                    .consumers("sales", "finance", "all-staff", "partners")
                    .realizedBy("r2v.deploy", "o2c.fulfil")
                    .pricing(PricingModel.PER_USER, new BigDecimal("7.50"), "EUR", "user/month"))
        .offering(
            "collaboration-onprem",
            "Team file shares",
            o ->
                o.service()
                    .category("collaboration")
                    .delivery(Delivery.ON_PREMISES)
                    .lifecycle(Lifecycle.RETIRING)
                    .owner("service-owner")
                    .consumers("finance")
                    .realizedBy("o2c.fulfil")
                    .pricing(PricingModel.FIXED, new BigDecimal("1200.00"), "EUR", "month"))
        // What measures the value.
        .kpi(
            "kpi.value-realized",
            "Business value realized",
            k -> k.unit("%").target("90").baseline("60").measures("r2v", "r2v.value"))
        .kpi(
            "kpi.time-to-value",
            "Time to value",
            k -> k.unit("days").lowerIsBetter().target("30").baseline("75").measures("r2v"))
        .kpi(
            "kpi.order-cycle",
            "Order to fulfilment time",
            k ->
                k.unit("days")
                    .lowerIsBetter()
                    .target("2")
                    .baseline("5")
                    .measures("o2c", "o2c.fulfil"))
        .kpi(
            "kpi.cost-recovery",
            "IT cost recovered",
            k -> k.unit("%").target("100").baseline("85").measures("o2c.benefit"))
        .kpi(
            "kpi.adoption",
            "Collaboration adoption",
            k -> k.unit("%").target("80").baseline("45").measures("collaboration"))
        // RACI decision rights.
        .accountable("cio", "r2v", "o2c", "it-governance")
        .accountable("portfolio-manager", "r2v.portfolio", "portfolio-management")
        .accountable("brm", "r2v.demand", "r2v.value", "o2c.quote", "relationship-management")
        .accountable("product-manager", "r2v.requirements", "o2c.offer")
        .accountable("architect", "r2v.build")
        .responsible("project-manager", "r2v.build", "project-management")
        .accountable("project-manager", "project-management")
        .accountable("service-owner", "r2v.deploy", "o2c.fulfil", "collaboration")
        .responsible("service-desk", "o2c.order")
        .accountable("service-desk", "o2c.order")
        .accountable("finance-controller", "o2c.bill", "o2c.benefit", "financial-management")
        .accountable("supplier-manager", "supplier-management")
        .consulted("architect", "r2v.requirements")
        .consulted("finance-controller", "o2c.quote")
        .informed("portfolio-manager", "r2v.value")
        .build();
  }

  /**
   * Returns a starting model laid out as the four IT4IT value streams: Strategy to Portfolio and
   * Detect to Correct as custom chains, Requirement to Deploy as the Requirement-to-Value chain and
   * Request to Fulfill as the Order-to-Cash chain, joined by the IT4IT data objects they hand over.
   *
   * @return the IT4IT starting model; every call builds an equal model
   */
  public static OperatingModel it4it() {
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

  /**
   * Returns a starting model laid out as the ITIL 4 service value chain: its six activities (plan,
   * improve, engage, design and transition, obtain/build, deliver and support) as stages of two
   * value streams, developing a new service (Requirement to Value) and serving a request (Order to
   * Cash), with the ITIL 4 practices that govern, enable and support them.
   *
   * @return the ITIL 4 starting model; every call builds an equal model
   */
  public static OperatingModel itil4() {
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
