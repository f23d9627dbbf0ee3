package dev.itom.bench;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.itom.bench.Twin.orEmpty;

import dev.itom.bench.Twin.TAlignment;
import dev.itom.bench.Twin.TAlternative;
import dev.itom.bench.Twin.TArtifact;
import dev.itom.bench.Twin.TAssignment;
import dev.itom.bench.Twin.TChain;
import dev.itom.bench.Twin.TConsumer;
import dev.itom.bench.Twin.TFramework;
import dev.itom.bench.Twin.TKpi;
import dev.itom.bench.Twin.TModel;
import dev.itom.bench.Twin.TOffering;
import dev.itom.bench.Twin.TOption;
import dev.itom.bench.Twin.TPricing;
import dev.itom.bench.Twin.TProcess;
import dev.itom.bench.Twin.TRole;
import dev.itom.bench.Twin.TServiceLevel;
import dev.itom.bench.Twin.TStage;
import dev.itom.model.DetailsBuilder;
import dev.itom.model.Direction;
import dev.itom.model.OfferingType;
import dev.itom.model.OperatingModel;
import dev.itom.model.OperatingModelBuilder;
import dev.itom.model.Pricing;
import dev.itom.model.ServiceLevel;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The two ways {@link ModelBenchmark} builds an itom model: element by element through the fluent
 * builder from a {@link Twin}, and from elements that are already built.
 */
public final class ModelBuilds {
  private ModelBuilds() {}

  private static Map<String, String> orEmptyMap(@Nullable Map<String, String> map) {
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
    orEmptyMap(t.properties()).forEach(b::property);
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
            if (o.pricing() != null) {
              offering.pricing(pricing(o.pricing()));
            }
            if (o.valueProposition() != null) {
              offering.valueProposition(o.valueProposition());
            }
            for (TOption opt : orEmpty(o.options())) {
              offering.option(
                  opt.id(),
                  opt.name(),
                  option -> {
                    details(option, opt.description(), opt.properties());
                    if (opt.pricing() != null) {
                      option.pricing(pricing(opt.pricing()));
                    }
                    if (opt.leadTime() != null) {
                      option.leadTime(opt.leadTime());
                    }
                    for (TServiceLevel l : orEmpty(opt.serviceLevels())) {
                      ServiceLevel.Builder level = ServiceLevel.builder().name(l.name());
                      level.target(l.target());
                      if (l.unit() != null) {
                        level.unit(l.unit());
                      }
                      option.serviceLevel(level.build());
                    }
                  });
            }
            for (TAlternative a : orEmpty(o.alternatives())) {
              offering.alternative(
                  a.name(),
                  alternative -> {
                    if (a.description() != null) {
                      alternative.description(a.description());
                    }
                    if (a.pricing() != null) {
                      alternative.pricing(pricing(a.pricing()));
                    }
                  });
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

  private static Pricing pricing(TPricing p) {
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
    return pricing.build();
  }
}
