package dev.itom.templates;

import dev.itom.model.ConsumerKind;
import dev.itom.model.Delivery;
import dev.itom.model.Lifecycle;
import dev.itom.model.OperatingModel;
import dev.itom.model.Pricing;
import dev.itom.model.PricingModel;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * The {@value Templates#TWO_CORE} template: the reference two-core operating model, {@link
 * Templates#referenceModel()}.
 */
final class TwoCoreTemplate {
  private TwoCoreTemplate() {}

  /** Builds the model; every call builds an equal model. */
  static OperatingModel build() {
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
                    .valueProposition(
                        "One account for mail, chat, meetings and files, with single sign-on,"
                            + " data kept in the EU, retention for audits and a service desk that"
                            + " knows your setup: worth a little more than the suite bought"
                            + " directly, which comes with none of that.")
                    .option(
                        "collaboration.basic",
                        "Basic",
                        opt ->
                            opt.description(
                                    "Chat, meetings and 50 GB of files for occasional users.")
                                .pricing(PricingModel.PER_USER, "4.00", "EUR", "user/month")
                                .leadTime(Duration.ofDays(1))
                                .serviceLevel("availability", "99.5", "%")
                                .serviceLevel("restore", "8", "h"))
                    .option(
                        "collaboration.standard",
                        "Standard",
                        opt ->
                            opt.description("Basic plus mail, 1 TB of files and team sites.")
                                .pricing(PricingModel.PER_USER, "7.50", "EUR", "user/month")
                                .leadTime(Duration.ofDays(1))
                                .serviceLevel("availability", "99.9", "%")
                                .serviceLevel("restore", "4", "h"))
                    .option(
                        "collaboration.premium",
                        "Premium",
                        opt ->
                            opt.description(
                                    "Standard plus e-discovery, ten-year retention, guest access"
                                        + " for partners and a named contact.")
                                .pricing(PricingModel.PER_USER, "12.00", "EUR", "user/month")
                                .leadTime(Duration.ofDays(5))
                                .serviceLevel("availability", "99.9", "%")
                                .serviceLevel("restore", "2", "h"))
                    .alternative(
                        "Suite bought directly",
                        a ->
                            a.description(
                                    "The same SaaS suite on a department's card: no single"
                                        + " sign-on, support or retention.")
                                .pricing(PricingModel.PER_USER, "11.70", "EUR", "user/month"))
                    .alternative(
                        "Free consumer apps",
                        a ->
                            a.description(
                                    "Free chat and file-sharing apps: no contract and no data"
                                        + " protection agreement.")
                                .pricing(Pricing.of(PricingModel.FREE))))
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
            "kpi.collaboration-availability",
            "Collaboration availability",
            k ->
                k.unit("%")
                    .target("99.9")
                    .baseline("99.7")
                    .measures(
                        "collaboration.basic", "collaboration.standard", "collaboration.premium"))
        .kpi(
            "kpi.collaboration-restore",
            "Time to restore collaboration",
            k ->
                k.unit("h")
                    .lowerIsBetter()
                    .target("4")
                    .baseline("6")
                    .measures(
                        "collaboration.basic", "collaboration.standard", "collaboration.premium"))
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
}
