package dev.itom.bench;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.itom.model.AlignmentKind;
import dev.itom.model.ConsumerKind;
import dev.itom.model.Delivery;
import dev.itom.model.DetailsBuilder;
import dev.itom.model.Direction;
import dev.itom.model.Kpi;
import dev.itom.model.Lifecycle;
import dev.itom.model.Offering;
import dev.itom.model.OfferingType;
import dev.itom.model.OperatingModel;
import dev.itom.model.OperatingModelBuilder;
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
      @Nullable TPricing pricing) {}

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
        o.pricing()
            .map(
                p ->
                    new TPricing(
                        p.model(),
                        p.amount().orElse(null),
                        p.currency().orElse(null),
                        p.unit().orElse(null)))
            .orElse(null));
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

  // ---- twin to model -------------------------------------------------------------------------

  private static <T> List<T> orEmpty(@Nullable List<T> list) {
    return list == null ? List.of() : list;
  }

  private static Map<String, String> orEmpty(@Nullable Map<String, String> map) {
    return map == null ? Map.of() : map;
  }

  private static String[] array(@Nullable List<String> list) {
    return list == null ? new String[0] : list.toArray(new String[0]);
  }

  private static void details(
      DetailsBuilder<?> builder,
      @Nullable String description,
      @Nullable Map<String, String> properties) {
    if (description != null) {
      builder.description(description);
    }
    if (properties != null && !properties.isEmpty()) {
      builder.properties(properties);
    }
  }

  /**
   * Builds an itom model from a twin through the fluent builder ({@link OperatingModel#builder}),
   * element by element, checking every invariant at the end.
   *
   * @param t the twin
   * @return the model
   * @throws NullPointerException if {@code t} is null
   * @throws dev.itom.model.InvalidModelException if the twin breaks an invariant
   */
  public static OperatingModel buildFluent(TModel t) {
    checkNotNull(t, "twin");
    OperatingModelBuilder b = OperatingModel.builder(t.id(), t.name());
    if (t.version() != null) {
      b.version(t.version());
    }
    if (t.description() != null) {
      b.description(t.description());
    }
    orEmpty(t.properties()).forEach(b::property);
    for (TRole r : orEmpty(t.roles())) {
      b.role(r.id(), r.name(), d -> details(d, r.description(), r.properties()));
    }
    for (TConsumer c : orEmpty(t.consumers())) {
      b.consumer(c.id(), c.name(), c.kind(), d -> details(d, c.description(), c.properties()));
    }
    for (TArtifact a : orEmpty(t.artifacts())) {
      b.artifact(a.id(), a.name(), d -> details(d, a.description(), a.properties()));
    }
    for (TChain c : orEmpty(t.valueChains())) {
      b.valueChain(
          c.kind(),
          c.id(),
          c.name(),
          chain -> {
            details(chain, c.description(), c.properties());
            for (TStage s : orEmpty(c.stages())) {
              chain.stage(
                  s.id(),
                  s.name(),
                  stage -> {
                    details(stage, s.description(), s.properties());
                    if (s.owner() != null) {
                      stage.owner(s.owner());
                    }
                    stage.answers(array(s.questions()));
                    stage.consumes(array(s.consumes()));
                    stage.produces(array(s.produces()));
                  });
            }
          });
    }
    for (TProcess p : orEmpty(t.processes())) {
      b.process(
          p.category(),
          p.id(),
          p.name(),
          process -> {
            details(process, p.description(), p.properties());
            if (p.owner() != null) {
              process.owner(p.owner());
            }
            process.supports(array(p.supports()));
            for (TFramework f : orEmpty(p.frameworks())) {
              process.framework(f.framework(), f.ref(), checkNotNull(f.name(), "framework name"));
            }
          });
    }
    for (TAlignment a : orEmpty(t.alignments())) {
      b.align(a.from(), a.to(), a.kind());
    }
    for (TOffering o : orEmpty(t.offerings())) {
      b.offering(
          o.id(),
          o.name(),
          offering -> {
            details(offering, o.description(), o.properties());
            if (o.type() == OfferingType.PRODUCT) {
              offering.product();
            } else {
              offering.service();
            }
            if (o.category() != null) {
              offering.category(o.category());
            }
            if (o.delivery() != null) {
              offering.delivery(o.delivery());
            }
            offering.lifecycle(o.lifecycle());
            if (o.owner() != null) {
              offering.owner(o.owner());
            }
            offering.consumers(array(o.consumers()));
            offering.realizedBy(array(o.realizedBy()));
            TPricing p = o.pricing();
            if (p != null) {
              Pricing.Builder pricing = Pricing.builder().model(p.model());
              if (p.amount() != null) {
                pricing.amount(p.amount());
              }
              if (p.currency() != null) {
                pricing.currency(p.currency());
              }
              if (p.unit() != null) {
                pricing.unit(p.unit());
              }
              offering.pricing(pricing.build());
            }
          });
    }
    for (TKpi k : orEmpty(t.kpis())) {
      b.kpi(
          k.id(),
          k.name(),
          kpi -> {
            details(kpi, k.description(), k.properties());
            if (k.unit() != null) {
              kpi.unit(k.unit());
            }
            if (k.direction() == Direction.HIGHER_IS_BETTER) {
              kpi.higherIsBetter();
            } else {
              kpi.lowerIsBetter();
            }
            if (k.target() != null) {
              kpi.target(k.target());
            }
            if (k.baseline() != null) {
              kpi.baseline(k.baseline());
            }
            kpi.measures(array(k.measures()));
          });
    }
    for (TAssignment a : orEmpty(t.assignments())) {
      b.assign(a.role(), a.target(), a.responsibility());
    }
    return b.build();
  }

  /**
   * Builds an itom model from element lists that are already built (the model's own), so only the
   * model, its index and its invariant check are measured.
   *
   * @param model the model whose elements are reused
   * @return an equal model
   * @throws NullPointerException if {@code model} is null
   */
  public static OperatingModel rebuild(OperatingModel model) {
    checkNotNull(model, "model");
    OperatingModelBuilder b = OperatingModel.builder(model.id(), model.name());
    model.version().ifPresent(b::version);
    model.description().ifPresent(b::description);
    model.properties().forEach(b::property);
    return b.addRoles(model.roles())
        .addConsumers(model.consumers())
        .addArtifacts(model.artifacts())
        .addValueChains(model.valueChains())
        .addProcesses(model.processes())
        .addAlignments(model.alignments())
        .addOfferings(model.offerings())
        .addKpis(model.kpis())
        .addAssignments(model.assignments())
        .build();
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
