package dev.itom.bench;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.itom.model.AlignmentKind;
import dev.itom.model.ConsumerKind;
import dev.itom.model.Delivery;
import dev.itom.model.Direction;
import dev.itom.model.Kpi;
import dev.itom.model.Lifecycle;
import dev.itom.model.Offering;
import dev.itom.model.OfferingType;
import dev.itom.model.OperatingModel;
import dev.itom.model.Pricing;
import dev.itom.model.PricingModel;
import dev.itom.model.ProcessCategory;
import dev.itom.model.Responsibility;
import dev.itom.model.Stage;
import dev.itom.model.SupportProcess;
import dev.itom.model.ValueChain;
import dev.itom.model.ValueChainKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The plain-record twin of an {@link OperatingModel}: the same fields as Java records, with no
 * checks and no index; what the baselines read and write. Optional values are {@code null}, absent
 * lists and maps are empty (or {@code null} when Jackson databind reads them).
 */
public final class Twin {
  private Twin() {}

  /** The document; {@code format} is always {@code itom/1}. */
  public record TModel(
      String format,
      String id,
      String name,
      @Nullable String version,
      @Nullable String description,
      @Nullable SortedMap<String, String> properties,
      @Nullable List<TRole> roles,
      @Nullable List<TConsumer> consumers,
      @Nullable List<TArtifact> artifacts,
      @Nullable List<TChain> valueChains,
      @Nullable List<TProcess> processes,
      @Nullable List<TAlignment> alignments,
      @Nullable List<TOffering> offerings,
      @Nullable List<TKpi> kpis,
      @Nullable List<TAssignment> assignments) {}

  /** A role. */
  public record TRole(
      String id,
      String name,
      @Nullable String description,
      @Nullable SortedMap<String, String> properties) {}

  /** A consumer. */
  public record TConsumer(
      String id,
      String name,
      @Nullable String description,
      @Nullable SortedMap<String, String> properties,
      ConsumerKind kind) {}

  /** An artifact. */
  public record TArtifact(
      String id,
      String name,
      @Nullable String description,
      @Nullable SortedMap<String, String> properties) {}

  /** A value chain with its stages. */
  public record TChain(
      String id,
      String name,
      @Nullable String description,
      @Nullable SortedMap<String, String> properties,
      ValueChainKind kind,
      @Nullable List<TStage> stages) {}

  /** A stage. */
  public record TStage(
      String id,
      String name,
      @Nullable String description,
      @Nullable SortedMap<String, String> properties,
      @Nullable String owner,
      @Nullable List<String> questions,
      @Nullable List<String> consumes,
      @Nullable List<String> produces) {}

  /** A support process. */
  public record TProcess(
      String id,
      String name,
      @Nullable String description,
      @Nullable SortedMap<String, String> properties,
      ProcessCategory category,
      @Nullable String owner,
      @Nullable List<String> supports,
      @Nullable List<TFramework> frameworks) {}

  /** A framework reference. */
  public record TFramework(String framework, String ref, @Nullable String name) {}

  /** An alignment between two stages. */
  public record TAlignment(
      String from,
      String to,
      AlignmentKind kind,
      @Nullable String description,
      @Nullable SortedMap<String, String> properties) {}

  /** An offering. */
  public record TOffering(
      String id,
      String name,
      @Nullable String description,
      @Nullable SortedMap<String, String> properties,
      OfferingType type,
      @Nullable String category,
      @Nullable Delivery delivery,
      Lifecycle lifecycle,
      @Nullable String owner,
      @Nullable List<String> consumers,
      @Nullable List<String> realizedBy,
      @Nullable TPricing pricing,
      @Nullable String valueProposition,
      @Nullable List<TOption> options,
      @Nullable List<TAlternative> alternatives) {}

  /** An option of an offering. */
  public record TOption(
      String id,
      String name,
      @Nullable String description,
      @Nullable SortedMap<String, String> properties,
      @Nullable TPricing pricing,
      @Nullable String leadTime,
      @Nullable List<TServiceLevel> serviceLevels) {}

  /** A service level of an option. */
  public record TServiceLevel(String name, BigDecimal target, @Nullable String unit) {}

  /** An alternative to an offering. */
  public record TAlternative(
      String name, @Nullable String description, @Nullable TPricing pricing) {}

  /** The pricing of an offering. */
  public record TPricing(
      PricingModel model,
      @Nullable BigDecimal amount,
      @Nullable String currency,
      @Nullable String unit) {}

  /** A KPI. */
  public record TKpi(
      String id,
      String name,
      @Nullable String description,
      @Nullable SortedMap<String, String> properties,
      @Nullable String unit,
      Direction direction,
      @Nullable BigDecimal target,
      @Nullable BigDecimal baseline,
      @Nullable List<String> measures) {}

  /** A RACI assignment. */
  public record TAssignment(
      String role,
      String target,
      Responsibility responsibility,
      @Nullable SortedMap<String, String> properties) {}

  // ---- model to twin -------------------------------------------------------------------------

  /**
   * Converts a model to its twin (copies every list and map).
   *
   * @param model the model
   * @return the twin
   * @throws NullPointerException if {@code model} is null
   */
  public static TModel of(OperatingModel model) {
    checkNotNull(model, "model");
    return new TModel(
        "itom/1",
        model.id(),
        model.name(),
        model.version().orElse(null),
        model.description().orElse(null),
        map(model.properties()),
        list(
            model.roles(),
            r -> new TRole(r.id(), r.name(), r.description().orElse(null), map(r.properties()))),
        list(
            model.consumers(),
            c ->
                new TConsumer(
                    c.id(), c.name(), c.description().orElse(null), map(c.properties()), c.kind())),
        list(
            model.artifacts(),
            a ->
                new TArtifact(a.id(), a.name(), a.description().orElse(null), map(a.properties()))),
        list(model.valueChains(), Twin::chain),
        list(model.processes(), Twin::process),
        list(
            model.alignments(),
            a ->
                new TAlignment(
                    a.from(), a.to(), a.kind(), a.description().orElse(null), map(a.properties()))),
        list(model.offerings(), Twin::offering),
        list(model.kpis(), Twin::kpi),
        list(
            model.assignments(),
            a -> new TAssignment(a.role(), a.target(), a.responsibility(), map(a.properties()))));
  }

  private static TChain chain(ValueChain c) {
    return new TChain(
        c.id(),
        c.name(),
        c.description().orElse(null),
        map(c.properties()),
        c.kind(),
        list(c.stages(), Twin::stage));
  }

  private static TStage stage(Stage s) {
    return new TStage(
        s.id(),
        s.name(),
        s.description().orElse(null),
        map(s.properties()),
        s.owner().orElse(null),
        new ArrayList<>(s.questions()),
        new ArrayList<>(s.consumes()),
        new ArrayList<>(s.produces()));
  }

  private static TProcess process(SupportProcess p) {
    return new TProcess(
        p.id(),
        p.name(),
        p.description().orElse(null),
        map(p.properties()),
        p.category(),
        p.owner().orElse(null),
        new ArrayList<>(p.supports()),
        list(p.frameworks(), f -> new TFramework(f.framework(), f.ref(), f.name().orElse(null))));
  }

  private static TOffering offering(Offering o) {
    return new TOffering(
        o.id(),
        o.name(),
        o.description().orElse(null),
        map(o.properties()),
        o.type(),
        o.category().orElse(null),
        o.delivery().orElse(null),
        o.lifecycle(),
        o.owner().orElse(null),
        new ArrayList<>(o.consumers()),
        new ArrayList<>(o.realizedBy()),
        o.pricing().map(Twin::pricing).orElse(null),
        o.valueProposition().orElse(null),
        list(
            o.options(),
            t ->
                new TOption(
                    t.id(),
                    t.name(),
                    t.description().orElse(null),
                    map(t.properties()),
                    t.pricing().map(Twin::pricing).orElse(null),
                    t.leadTime().orElse(null),
                    list(
                        t.serviceLevels(),
                        l -> new TServiceLevel(l.name(), l.target(), l.unit().orElse(null))))),
        list(
            o.alternatives(),
            a ->
                new TAlternative(
                    a.name(),
                    a.description().orElse(null),
                    a.pricing().map(Twin::pricing).orElse(null))));
  }

  private static TPricing pricing(Pricing p) {
    return new TPricing(
        p.model(), p.amount().orElse(null), p.currency().orElse(null), p.unit().orElse(null));
  }

  private static TKpi kpi(Kpi k) {
    return new TKpi(
        k.id(),
        k.name(),
        k.description().orElse(null),
        map(k.properties()),
        k.unit().orElse(null),
        k.direction(),
        k.target().orElse(null),
        k.baseline().orElse(null),
        new ArrayList<>(k.measures()));
  }

  private static SortedMap<String, String> map(Map<String, String> properties) {
    return properties.isEmpty() ? Collections.emptySortedMap() : new TreeMap<>(properties);
  }

  private static <A, B> List<B> list(List<A> items, Function<A, B> convert) {
    List<B> out = new ArrayList<>(items.size());
    for (A item : items) {
      out.add(convert.apply(item));
    }
    return out;
  }

  /** Returns the list, or an empty list for {@code null} (an absent list of a twin). */
  static <T> List<T> orEmpty(@Nullable List<T> list) {
    return list == null ? List.of() : list;
  }

  /**
   * Counts the objects of a twin that an itom model would count as elements plus alignments and
   * assignments; used to check the twin is complete.
   *
   * @param t the twin
   * @return the number of objects
   */
  static int objects(TModel t) {
    int count =
        orEmpty(t.roles()).size()
            + orEmpty(t.consumers()).size()
            + orEmpty(t.artifacts()).size()
            + orEmpty(t.processes()).size()
            + orEmpty(t.alignments()).size()
            + orEmpty(t.offerings()).size()
            + orEmpty(t.kpis()).size()
            + orEmpty(t.assignments()).size();
    for (TChain chain : orEmpty(t.valueChains())) {
      count += 1 + orEmpty(chain.stages()).size();
    }
    return count;
  }
}
