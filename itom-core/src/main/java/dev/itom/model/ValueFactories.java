package dev.itom.model;

/**
 * How {@link MetaType#create} builds a value of each kind from its field values: one method per
 * kind of {@link Metamodel}, each setting every field of its type through the type's builder.
 * {@code MetamodelTest} checks that each reads every field and that {@code create} of a value's own
 * fields gives an equal value.
 */
final class ValueFactories {
  private ValueFactories() {}

  static Role role(FieldValues<Role> v) {
    return Role.builder()
        .id(v.text("id"))
        .name(v.text("name"))
        .description(v.optionalText("description"))
        .properties(v.map("properties"))
        .build();
  }

  static Consumer consumer(FieldValues<Consumer> v) {
    return Consumer.builder()
        .id(v.text("id"))
        .name(v.text("name"))
        .description(v.optionalText("description"))
        .properties(v.map("properties"))
        .kind(v.enumeration("kind", ConsumerKind.class))
        .build();
  }

  static Artifact artifact(FieldValues<Artifact> v) {
    return Artifact.builder()
        .id(v.text("id"))
        .name(v.text("name"))
        .description(v.optionalText("description"))
        .properties(v.map("properties"))
        .build();
  }

  static Stage stage(FieldValues<Stage> v) {
    return Stage.builder()
        .id(v.text("id"))
        .name(v.text("name"))
        .description(v.optionalText("description"))
        .properties(v.map("properties"))
        .owner(v.optionalText("owner"))
        .questions(v.strings("questions"))
        .consumes(v.strings("consumes"))
        .produces(v.strings("produces"))
        .build();
  }

  static ValueChain valueChain(FieldValues<ValueChain> v) {
    return ValueChain.builder()
        .id(v.text("id"))
        .name(v.text("name"))
        .description(v.optionalText("description"))
        .properties(v.map("properties"))
        .kind(v.enumeration("kind", ValueChainKind.class))
        .stages(v.objects("stages", Stage.class))
        .build();
  }

  static FrameworkReference frameworkReference(FieldValues<FrameworkReference> v) {
    return FrameworkReference.builder()
        .framework(v.text("framework"))
        .ref(v.text("ref"))
        .name(v.optionalText("name"))
        .build();
  }

  static SupportProcess process(FieldValues<SupportProcess> v) {
    return SupportProcess.builder()
        .id(v.text("id"))
        .name(v.text("name"))
        .description(v.optionalText("description"))
        .properties(v.map("properties"))
        .category(v.enumeration("category", ProcessCategory.class))
        .owner(v.optionalText("owner"))
        .supports(v.strings("supports"))
        .frameworks(v.objects("frameworks", FrameworkReference.class))
        .build();
  }

  static Alignment alignment(FieldValues<Alignment> v) {
    return Alignment.builder()
        .from(v.text("from"))
        .to(v.text("to"))
        .kind(v.enumeration("kind", AlignmentKind.class))
        .description(v.optionalText("description"))
        .properties(v.map("properties"))
        .build();
  }

  static Pricing pricing(FieldValues<Pricing> v) {
    return Pricing.builder()
        .model(v.enumeration("model", PricingModel.class))
        .amount(v.decimal("amount"))
        .currency(v.optionalText("currency"))
        .unit(v.optionalText("unit"))
        .build();
  }

  static Offering offering(FieldValues<Offering> v) {
    return Offering.builder()
        .id(v.text("id"))
        .name(v.text("name"))
        .description(v.optionalText("description"))
        .properties(v.map("properties"))
        .type(v.enumeration("type", OfferingType.class))
        .category(v.optionalText("category"))
        .delivery(v.optionalEnumeration("delivery", Delivery.class))
        .lifecycle(v.enumeration("lifecycle", Lifecycle.class))
        .owner(v.optionalText("owner"))
        .consumers(v.strings("consumers"))
        .realizedBy(v.strings("realizedBy"))
        .pricing(v.object("pricing", Pricing.class))
        .valueProposition(v.optionalText("valueProposition"))
        .options(v.objects("options", Option.class))
        .alternatives(v.objects("alternatives", Alternative.class))
        .build();
  }

  static ServiceLevel serviceLevel(FieldValues<ServiceLevel> v) {
    return ServiceLevel.builder()
        .name(v.text("name"))
        .target(v.requiredDecimal("target"))
        .unit(v.optionalText("unit"))
        .build();
  }

  static Option option(FieldValues<Option> v) {
    return Option.builder()
        .id(v.text("id"))
        .name(v.text("name"))
        .description(v.optionalText("description"))
        .properties(v.map("properties"))
        .pricing(v.object("pricing", Pricing.class))
        .leadTime(v.optionalText("leadTime"))
        .serviceLevels(v.objects("serviceLevels", ServiceLevel.class))
        .build();
  }

  static Alternative alternative(FieldValues<Alternative> v) {
    return Alternative.builder()
        .name(v.text("name"))
        .description(v.optionalText("description"))
        .pricing(v.object("pricing", Pricing.class))
        .build();
  }

  static Kpi kpi(FieldValues<Kpi> v) {
    return Kpi.builder()
        .id(v.text("id"))
        .name(v.text("name"))
        .description(v.optionalText("description"))
        .properties(v.map("properties"))
        .unit(v.optionalText("unit"))
        .direction(v.enumeration("direction", Direction.class))
        .target(v.decimal("target"))
        .baseline(v.decimal("baseline"))
        .measures(v.strings("measures"))
        .build();
  }

  static Assignment assignment(FieldValues<Assignment> v) {
    return Assignment.builder()
        .role(v.text("role"))
        .target(v.text("target"))
        .responsibility(v.enumeration("responsibility", Responsibility.class))
        .properties(v.map("properties"))
        .build();
  }

  /** Builds the model through its generated builder, so that its invariants are checked once. */
  static OperatingModel model(FieldValues<OperatingModel> v) {
    return ImmutableOperatingModel.builder()
        .id(v.text("id"))
        .name(v.text("name"))
        .version(v.optionalText("version"))
        .description(v.optionalText("description"))
        .properties(v.map("properties"))
        .roles(v.objects("roles", Role.class))
        .consumers(v.objects("consumers", Consumer.class))
        .artifacts(v.objects("artifacts", Artifact.class))
        .valueChains(v.objects("valueChains", ValueChain.class))
        .processes(v.objects("processes", SupportProcess.class))
        .alignments(v.objects("alignments", Alignment.class))
        .offerings(v.objects("offerings", Offering.class))
        .kpis(v.objects("kpis", Kpi.class))
        .assignments(v.objects("assignments", Assignment.class))
        .build();
  }
}
