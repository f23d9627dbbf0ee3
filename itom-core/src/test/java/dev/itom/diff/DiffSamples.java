package dev.itom.diff;

import dev.itom.model.OperatingModel;
import dev.itom.model.PricingModel;
import dev.itom.model.Role;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A small hand-built model for the golden tests of diff and merge, and one instance of every public
 * class of {@code dev.itom.diff}, for the null-rejection test that scans every public class.
 */
public final class DiffSamples {
  private DiffSamples() {}

  /** The base of the golden examples: two chains, three roles, a process, an offering. */
  static OperatingModel base() {
    return OperatingModel.builder("acme", "ACME IT")
        .version("1")
        .role("architect", "Architect")
        .role("product-owner", "Product owner")
        .role("tester", "Tester")
        .artifact("design", "Design")
        .artifact("draft", "Draft")
        .requirementToValue(
            "r2v",
            "Requirement to Value",
            c ->
                c.stage("r2v.plan", "Plan", s -> s.owner("product-owner").answers("Why?"))
                    .stage("r2v.build", "Build", s -> s.owner("architect").produces("draft"))
                    .stage("r2v.run", "Run"))
        .orderToCash(
            "o2c", "Order to Cash", c -> c.stage("o2c.order", "Order").stage("o2c.bill", "Bill"))
        .governing(
            "portfolio",
            "Portfolio management",
            p -> p.supports("r2v").cobit("APO05", "Managed Portfolio"))
        .offering(
            "collab",
            "Collaboration",
            o ->
                o.owner("product-owner")
                    .realizedBy("r2v.run")
                    .pricing(PricingModel.PER_USER, new BigDecimal("7.50"), "EUR", "user/month"))
        .handoff("r2v.run", "o2c.order")
        .accountable("architect", "r2v.build")
        .build();
  }

  /**
   * The base with every kind of change: the model's version and a property, a role removed and one
   * reordered, a stage renamed and given another owner and other products, a stage added, a stage
   * moved to the other chain, a question, a framework name, an alignment, a price.
   */
  static OperatingModel everyKindOfChange() {
    return OperatingModel.builder("acme", "ACME IT")
        .version("2")
        .property("region", "EU")
        .role("product-owner", "Product owner")
        .role("architect", "Architect")
        .artifact("design", "Design")
        .artifact("draft", "Draft")
        .requirementToValue(
            "r2v",
            "Requirement to Value",
            c ->
                c.stage("r2v.plan", "Plan", s -> s.owner("product-owner").answers("Why?", "How?"))
                    .stage(
                        "r2v.build",
                        "Design and build",
                        s -> s.owner("product-owner").produces("design"))
                    .stage("r2v.check", "Check")
                    .stage("r2v.run", "Run")
                    .stage("o2c.bill", "Bill"))
        .orderToCash("o2c", "Order to Cash", c -> c.stage("o2c.order", "Order"))
        .governing(
            "portfolio", "Portfolio management", p -> p.supports("r2v").cobit("APO05", "Portfolio"))
        .offering(
            "collab",
            "Collaboration",
            o ->
                o.owner("product-owner")
                    .realizedBy("r2v.run")
                    .pricing(PricingModel.PER_USER, new BigDecimal("8.00"), "EUR", "user/month"))
        .handoff("r2v.run", "o2c.order")
        .feedback("o2c.order", "r2v.plan")
        .accountable("architect", "r2v.build")
        .build();
  }

  /**
   * One instance of every public class of {@code dev.itom.diff} with instance methods.
   *
   * @return the samples
   */
  public static List<Object> samples() {
    OperatingModel base = base();
    OperatingModel ours =
        base.withRoles(
            List.of(
                Role.of("architect", "Lead architect"), base.roles().get(1), base.roles().get(2)));
    OperatingModel theirs =
        base.withRoles(
            List.of(
                Role.of("architect", "Chief architect"), base.roles().get(1), base.roles().get(2)));
    ModelDiff diff = ModelDiff.between(base, ours);
    ModelMerge merge = ModelMerge.of(base, ours, theirs);
    List<Object> samples = new ArrayList<>();
    samples.add(diff);
    samples.add(merge);
    samples.add(merge.conflicts().get(0));
    samples.addAll(ModelDiff.between(base(), everyKindOfChange()).changes());
    samples.add(DiffText.lines(diff).get(0));
    samples.add(Key.of("architect"));
    samples.add(Locator.model());
    samples.add(
        new Locator.Step(Locator.model().type().field("alignments").orElseThrow(), Key.of("a")));
    samples.add(
        new Placement(
            Locator.model(), Locator.model().type().field("roles").orElseThrow(), 0, null));
    try {
      ModelDiff.between(base, ours).applyTo(theirs);
    } catch (StaleChangeException stale) {
      samples.add(stale);
      samples.add(stale.stale().get(0));
    }
    return samples;
  }

  /**
   * The value types of {@code dev.itom.diff} whose equality {@code DiffEqualityTest} checks.
   *
   * @return the types
   */
  public static Set<Class<?>> equalityTested() {
    return Set.of(
        ModelDiff.class,
        Change.Add.class,
        Change.Remove.class,
        Change.Edit.class,
        Change.Move.class,
        Key.class,
        Locator.class,
        Locator.Step.class,
        Placement.class,
        Conflict.class,
        StaleChange.class,
        DiffText.Line.class);
  }
}
