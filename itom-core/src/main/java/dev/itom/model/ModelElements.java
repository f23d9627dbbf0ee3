package dev.itom.model;

import dev.itom.model.access.ElementFactory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The model's {@link ElementFactory}: creates each element through its immutable class's
 * all-attribute factory, so that no builder, and no collection builder per attribute, is made. The
 * fluent builders use {@link #INSTANCE}; itom's readers reach it through {@link
 * ElementFactory#get()}, for which this class installs itself when it is initialized.
 */
final class ModelElements implements ElementFactory {
  static final ModelElements INSTANCE = new ModelElements();

  static {
    ElementFactory.install(INSTANCE);
  }

  private ModelElements() {}

  @Override
  public Role role(
      String id, String name, @Nullable String description, Map<String, String> properties) {
    return ImmutableRole.of(id, name, Optional.ofNullable(description), properties);
  }

  @Override
  public Artifact artifact(
      String id, String name, @Nullable String description, Map<String, String> properties) {
    return ImmutableArtifact.of(id, name, Optional.ofNullable(description), properties);
  }

  @Override
  public Consumer consumer(
      String id,
      String name,
      @Nullable String description,
      Map<String, String> properties,
      ConsumerKind kind) {
    return ImmutableConsumer.of(id, name, Optional.ofNullable(description), properties, kind);
  }

  @Override
  public Stage stage(
      String id,
      String name,
      @Nullable String description,
      Map<String, String> properties,
      @Nullable String owner,
      List<String> questions,
      List<String> consumes,
      List<String> produces) {
    return ImmutableStage.of(
        id,
        name,
        Optional.ofNullable(description),
        properties,
        Optional.ofNullable(owner),
        questions,
        consumes,
        produces);
  }

  @Override
  public ValueChain chain(
      String id,
      String name,
      @Nullable String description,
      Map<String, String> properties,
      ValueChainKind kind,
      List<Stage> stages) {
    return ImmutableValueChain.of(
        id, name, Optional.ofNullable(description), properties, kind, stages);
  }

  @Override
  public SupportProcess process(
      String id,
      String name,
      @Nullable String description,
      Map<String, String> properties,
      ProcessCategory category,
      @Nullable String owner,
      List<String> supports,
      List<FrameworkReference> frameworks) {
    return ImmutableSupportProcess.of(
        id,
        name,
        Optional.ofNullable(description),
        properties,
        category,
        Optional.ofNullable(owner),
        supports,
        frameworks);
  }

  @Override
  public Offering offering(
      String id,
      String name,
      @Nullable String description,
      Map<String, String> properties,
      OfferingType type,
      @Nullable String category,
      @Nullable Delivery delivery,
      Lifecycle lifecycle,
      @Nullable String owner,
      List<String> consumers,
      List<String> realizedBy,
      @Nullable Pricing pricing,
      @Nullable String valueProposition,
      List<Option> options,
      List<Alternative> alternatives) {
    return ImmutableOffering.of(
        id,
        name,
        Optional.ofNullable(description),
        properties,
        type,
        Optional.ofNullable(category),
        Optional.ofNullable(delivery),
        lifecycle,
        Optional.ofNullable(owner),
        consumers,
        realizedBy,
        Optional.ofNullable(pricing),
        Optional.ofNullable(valueProposition),
        options,
        alternatives);
  }

  @Override
  public Option option(
      String id,
      String name,
      @Nullable String description,
      Map<String, String> properties,
      @Nullable Pricing pricing,
      @Nullable String leadTime,
      List<ServiceLevel> serviceLevels) {
    return ImmutableOption.of(
        id,
        name,
        Optional.ofNullable(description),
        properties,
        Optional.ofNullable(pricing),
        Optional.ofNullable(leadTime),
        serviceLevels);
  }

  @Override
  public Kpi kpi(
      String id,
      String name,
      @Nullable String description,
      Map<String, String> properties,
      @Nullable String unit,
      Direction direction,
      @Nullable BigDecimal target,
      @Nullable BigDecimal baseline,
      List<String> measures) {
    return ImmutableKpi.of(
        id,
        name,
        Optional.ofNullable(description),
        properties,
        Optional.ofNullable(unit),
        direction,
        Optional.ofNullable(target),
        Optional.ofNullable(baseline),
        measures);
  }

  @Override
  public Alignment alignment(
      String from,
      String to,
      AlignmentKind kind,
      @Nullable String description,
      Map<String, String> properties) {
    return ImmutableAlignment.of(from, to, kind, Optional.ofNullable(description), properties);
  }

  @Override
  public Assignment assignment(
      String role, String target, Responsibility responsibility, Map<String, String> properties) {
    return ImmutableAssignment.of(role, target, responsibility, properties);
  }

  @Override
  public OperatingModel model(
      String id,
      String name,
      @Nullable String version,
      @Nullable String description,
      Map<String, String> properties,
      List<Role> roles,
      List<Consumer> consumers,
      List<Artifact> artifacts,
      List<ValueChain> valueChains,
      List<SupportProcess> processes,
      List<Alignment> alignments,
      List<Offering> offerings,
      List<Kpi> kpis,
      List<Assignment> assignments) {
    return ImmutableOperatingModel.of(
        id,
        name,
        Optional.ofNullable(version),
        Optional.ofNullable(description),
        properties,
        roles,
        consumers,
        artifacts,
        valueChains,
        processes,
        alignments,
        offerings,
        kpis,
        assignments);
  }
}
