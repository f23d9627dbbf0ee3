package dev.itom.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.EnumSet;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The metamodel of {@code itom/1} as data: every kind of value in an operating model ({@link
 * MetaType}) and its fields ({@link MetaField}) in format order, each with its JSON name, its value
 * type, whether it is required, what it may refer to, and an accessor.
 *
 * <p>It is the one description of the format that itom itself uses: the JSON reader's and writer's
 * field tables, the invariant checker's reference kinds, the diff's field names and the ArchiMate
 * mapping come from it, and tests check the JSON Schema and docs/FORMAT.md against it. Values are
 * read through it ({@link MetaField#get}) and made through it ({@link MetaType#create}, {@link
 * MetaField#with}), so that code written over the metamodel (the diff and merge of {@code
 * dev.itom.diff}) handles a new field without change. The document-level {@code format} field is
 * not part of the model and so not listed here.
 *
 * @since 0.1
 */
public final class Metamodel {
  private Metamodel() {}

  /** A role: who does the work in IT. */
  public static final MetaType<Role> ROLE =
      element("Role", Role.class, ElementKind.ROLE, Fields.<Role>of(), ValueFactories::role);

  /** A consumer of IT's products and services. */
  public static final MetaType<Consumer> CONSUMER =
      element(
          "Consumer",
          Consumer.class,
          ElementKind.CONSUMER,
          Fields.<Consumer>of().enumeration("kind", true, ConsumerKind.class, Consumer::kind),
          ValueFactories::consumer);

  /** An artifact handed between stages. */
  public static final MetaType<Artifact> ARTIFACT =
      element(
          "Artifact",
          Artifact.class,
          ElementKind.ARTIFACT,
          Fields.<Artifact>of(),
          ValueFactories::artifact);

  /** A stage of a value chain. */
  public static final MetaType<Stage> STAGE =
      element(
          "Stage",
          Stage.class,
          ElementKind.STAGE,
          Fields.<Stage>of()
              .reference("owner", s -> s.owner().orElse(null), ElementKind.ROLE)
              .texts("questions", Stage::questions)
              .references("consumes", Stage::consumes, ElementKind.ARTIFACT)
              .references("produces", Stage::produces, ElementKind.ARTIFACT),
          ValueFactories::stage);

  /** A value chain and its ordered stages. */
  public static final MetaType<ValueChain> VALUE_CHAIN =
      element(
          "ValueChain",
          ValueChain.class,
          ElementKind.VALUE_CHAIN,
          Fields.<ValueChain>of()
              .enumeration("kind", true, ValueChainKind.class, ValueChain::kind)
              .orderedObjects("stages", STAGE, ValueChain::stages),
          ValueFactories::valueChain);

  /** A reference from a support process to a framework such as COBIT or ITIL 4. */
  public static final MetaType<FrameworkReference> FRAMEWORK_REFERENCE =
      part(
          "FrameworkReference",
          FrameworkReference.class,
          ImmutableList.of("framework", "ref"),
          Fields.<FrameworkReference>none()
              .text("framework", true, FrameworkReference::framework)
              .text("ref", true, FrameworkReference::ref)
              .text("name", false, f -> f.name().orElse(null)),
          ValueFactories::frameworkReference);

  /** A governing, enabling or supporting process (the {@code processes} entries). */
  public static final MetaType<SupportProcess> PROCESS =
      element(
          "SupportProcess",
          SupportProcess.class,
          ElementKind.PROCESS,
          Fields.<SupportProcess>of()
              .enumeration("category", true, ProcessCategory.class, SupportProcess::category)
              .reference("owner", p -> p.owner().orElse(null), ElementKind.ROLE)
              .references(
                  "supports", SupportProcess::supports, ElementKind.STAGE, ElementKind.VALUE_CHAIN)
              .objects("frameworks", FRAMEWORK_REFERENCE, SupportProcess::frameworks),
          ValueFactories::process);

  /** An alignment between two stages, identified by from, to and kind. */
  public static final MetaType<Alignment> ALIGNMENT =
      part(
          "Alignment",
          Alignment.class,
          ImmutableList.of("from", "to", "kind"),
          Fields.<Alignment>none()
              .requiredReference("from", Alignment::from, ElementKind.STAGE)
              .requiredReference("to", Alignment::to, ElementKind.STAGE)
              .enumeration("kind", true, AlignmentKind.class, Alignment::kind)
              .text("description", false, a -> a.description().orElse(null))
              .map("properties", Alignment::properties),
          ValueFactories::alignment);

  /** The pricing of an offering. */
  public static final MetaType<Pricing> PRICING =
      part(
          "Pricing",
          Pricing.class,
          ImmutableList.of(),
          Fields.<Pricing>none()
              .enumeration("model", true, PricingModel.class, Pricing::model)
              .decimal("amount", p -> p.amount().orElse(null))
              .text("currency", false, p -> p.currency().orElse(null))
              .text("unit", false, p -> p.unit().orElse(null)),
          ValueFactories::pricing);

  /** A service level an option promises. */
  public static final MetaType<ServiceLevel> SERVICE_LEVEL =
      part(
          "ServiceLevel",
          ServiceLevel.class,
          ImmutableList.of(),
          Fields.<ServiceLevel>none()
              .text("name", true, ServiceLevel::name)
              .requiredDecimal("target", ServiceLevel::target)
              .text("unit", false, s -> s.unit().orElse(null)),
          ValueFactories::serviceLevel);

  /** An option of an offering in the service catalog: a tier or package. */
  public static final MetaType<Option> OPTION =
      element(
          "Option",
          Option.class,
          ElementKind.OPTION,
          Fields.<Option>of()
              .object("pricing", PRICING, o -> o.pricing().orElse(null))
              .text("leadTime", false, o -> o.leadTime().orElse(null))
              .objects("serviceLevels", SERVICE_LEVEL, Option::serviceLevels),
          ValueFactories::option);

  /** What a consumer could take instead of an offering. */
  public static final MetaType<Alternative> ALTERNATIVE =
      part(
          "Alternative",
          Alternative.class,
          ImmutableList.of(),
          Fields.<Alternative>none()
              .text("name", true, Alternative::name)
              .text("description", false, a -> a.description().orElse(null))
              .object("pricing", PRICING, a -> a.pricing().orElse(null)),
          ValueFactories::alternative);

  /** A product or service IT offers its consumers. */
  public static final MetaType<Offering> OFFERING =
      element(
          "Offering",
          Offering.class,
          ElementKind.OFFERING,
          Fields.<Offering>of()
              .enumeration("type", true, OfferingType.class, Offering::type)
              .text("category", false, o -> o.category().orElse(null))
              .enumeration("delivery", false, Delivery.class, o -> o.delivery().orElse(null))
              .enumeration("lifecycle", true, Lifecycle.class, Offering::lifecycle)
              .reference("owner", o -> o.owner().orElse(null), ElementKind.ROLE)
              .references("consumers", Offering::consumers, ElementKind.CONSUMER)
              .references("realizedBy", Offering::realizedBy, ElementKind.STAGE)
              .object("pricing", PRICING, o -> o.pricing().orElse(null))
              .text("valueProposition", false, o -> o.valueProposition().orElse(null))
              .objects("options", OPTION, Offering::options)
              .objects("alternatives", ALTERNATIVE, Offering::alternatives),
          ValueFactories::offering);

  /** A key performance indicator and what it measures. */
  public static final MetaType<Kpi> KPI =
      element(
          "Kpi",
          Kpi.class,
          ElementKind.KPI,
          Fields.<Kpi>of()
              .text("unit", false, k -> k.unit().orElse(null))
              .enumeration("direction", true, Direction.class, Kpi::direction)
              .decimal("target", k -> k.target().orElse(null))
              .decimal("baseline", k -> k.baseline().orElse(null))
              .references("measures", Kpi::measures, ElementKind.values()),
          ValueFactories::kpi);

  /** A RACI assignment of a role to a target, identified by role, target and responsibility. */
  public static final MetaType<Assignment> ASSIGNMENT =
      part(
          "Assignment",
          Assignment.class,
          ImmutableList.of("role", "target", "responsibility"),
          Fields.<Assignment>none()
              .requiredReference("role", Assignment::role, ElementKind.ROLE)
              .requiredReference(
                  "target",
                  Assignment::target,
                  ElementKind.STAGE,
                  ElementKind.PROCESS,
                  ElementKind.VALUE_CHAIN,
                  ElementKind.OFFERING)
              .enumeration("responsibility", true, Responsibility.class, Assignment::responsibility)
              .map("properties", Assignment::properties),
          ValueFactories::assignment);

  /** The operating model itself: the root of an {@code itom/1} document. */
  public static final MetaType<OperatingModel> MODEL =
      new MetaType<>(
          "OperatingModel",
          OperatingModel.class,
          null,
          Fields.<OperatingModel>none()
              .id(OperatingModel::id)
              .text("name", true, OperatingModel::name)
              .text("version", false, m -> m.version().orElse(null))
              .text("description", false, m -> m.description().orElse(null))
              .map("properties", OperatingModel::properties)
              .objects("roles", ROLE, OperatingModel::roles)
              .objects("consumers", CONSUMER, OperatingModel::consumers)
              .objects("artifacts", ARTIFACT, OperatingModel::artifacts)
              .objects("valueChains", VALUE_CHAIN, OperatingModel::valueChains)
              .objects("processes", PROCESS, OperatingModel::processes)
              .objects("alignments", ALIGNMENT, OperatingModel::alignments)
              .objects("offerings", OFFERING, OperatingModel::offerings)
              .objects("kpis", KPI, OperatingModel::kpis)
              .objects("assignments", ASSIGNMENT, OperatingModel::assignments)
              .build(),
          ImmutableList.of(),
          ValueFactories::model);

  private static final ImmutableList<MetaType<?>> TYPES =
      ImmutableList.of(
          MODEL,
          ROLE,
          CONSUMER,
          ARTIFACT,
          VALUE_CHAIN,
          STAGE,
          PROCESS,
          FRAMEWORK_REFERENCE,
          ALIGNMENT,
          OFFERING,
          PRICING,
          OPTION,
          SERVICE_LEVEL,
          ALTERNATIVE,
          KPI,
          ASSIGNMENT);

  /**
   * Returns every kind of value, the model first, then the kinds in the order their lists appear in
   * a document (a value chain's stages after the value chain).
   *
   * @return every kind of value, the model first, then the kinds in the order their lists appear in
   *     a document (a value chain's stages after the value chain)
   */
  public static ImmutableList<MetaType<?>> types() {
    return TYPES;
  }

  /**
   * Returns the type of the elements of the given kind.
   *
   * @param kind the kind
   * @return the type of the elements of the given kind
   * @throws NullPointerException if {@code kind} is null
   */
  public static MetaType<? extends Element> of(ElementKind kind) {
    return switch (checkNotNull(kind, "kind")) {
      case ROLE -> ROLE;
      case CONSUMER -> CONSUMER;
      case ARTIFACT -> ARTIFACT;
      case VALUE_CHAIN -> VALUE_CHAIN;
      case STAGE -> STAGE;
      case PROCESS -> PROCESS;
      case OFFERING -> OFFERING;
      case OPTION -> OPTION;
      case KPI -> KPI;
    };
  }

  /**
   * Returns the type whose values are of the given Java class, such as {@code Stage.class}; empty
   * for any other class.
   *
   * @param javaType the java type
   * @return the type whose values are of the given Java class, such as {@code Stage.class}
   * @throws NullPointerException if {@code javaType} is null
   */
  public static Optional<MetaType<?>> of(Class<?> javaType) {
    checkNotNull(javaType, "javaType");
    for (MetaType<?> type : TYPES) {
      if (type.javaType().isAssignableFrom(javaType)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  private static <T extends Element> MetaType<T> element(
      String name,
      Class<T> javaType,
      ElementKind kind,
      Fields<T> fields,
      Function<FieldValues<T>, T> factory) {
    return new MetaType<>(name, javaType, kind, fields.build(), ImmutableList.of("id"), factory);
  }

  private static <T> MetaType<T> part(
      String name,
      Class<T> javaType,
      ImmutableList<String> identity,
      Fields<T> fields,
      Function<FieldValues<T>, T> factory) {
    return new MetaType<>(name, javaType, null, fields.build(), identity, factory);
  }

  /** Collects the fields of one type in order. */
  private static final class Fields<T> {
    private final ImmutableList.Builder<MetaField<T>> fields = ImmutableList.builder();

    static <T> Fields<T> none() {
      return new Fields<>();
    }

    /** The fields every element starts with: id, name, description, properties. */
    static <T extends Element> Fields<T> of() {
      return Fields.<T>none()
          .id(Element::id)
          .text("name", true, Element::name)
          .text("description", false, e -> e.description().orElse(null))
          .map("properties", Element::properties);
    }

    Fields<T> id(Function<T, @Nullable Object> accessor) {
      return add("id", FieldType.ID, true, accessor);
    }

    Fields<T> text(String name, boolean required, Function<T, @Nullable Object> accessor) {
      return add(name, FieldType.TEXT, required, accessor);
    }

    Fields<T> decimal(String name, Function<T, @Nullable Object> accessor) {
      return add(name, FieldType.DECIMAL, false, accessor);
    }

    Fields<T> requiredDecimal(String name, Function<T, @Nullable Object> accessor) {
      return add(name, FieldType.DECIMAL, true, accessor);
    }

    Fields<T> texts(String name, Function<T, @Nullable Object> accessor) {
      return add(name, FieldType.TEXTS, false, accessor);
    }

    Fields<T> map(String name, Function<T, @Nullable Object> accessor) {
      return add(name, FieldType.MAP, false, accessor);
    }

    <E extends Enum<E>> Fields<T> enumeration(
        String name, boolean required, Class<E> type, Function<T, @Nullable Object> accessor) {
      ImmutableList.Builder<String> codes = ImmutableList.builder();
      for (E constant : type.getEnumConstants()) {
        codes.add(Codes.codeOf(constant));
      }
      fields.add(
          new MetaField<>(
              name,
              FieldType.ENUM,
              required,
              false,
              ImmutableSet.of(),
              type,
              codes.build(),
              null,
              accessor));
      return this;
    }

    Fields<T> reference(String name, Function<T, @Nullable Object> accessor, ElementKind... kinds) {
      return refer(name, FieldType.REFERENCE, false, accessor, kinds);
    }

    Fields<T> requiredReference(
        String name, Function<T, @Nullable Object> accessor, ElementKind... kinds) {
      return refer(name, FieldType.REFERENCE, true, accessor, kinds);
    }

    Fields<T> references(
        String name, Function<T, @Nullable Object> accessor, ElementKind... kinds) {
      return refer(name, FieldType.REFERENCES, false, accessor, kinds);
    }

    Fields<T> object(String name, MetaType<?> item, Function<T, @Nullable Object> accessor) {
      return nest(name, FieldType.OBJECT, false, item, accessor);
    }

    Fields<T> objects(String name, MetaType<?> item, Function<T, @Nullable Object> accessor) {
      return nest(name, FieldType.OBJECTS, false, item, accessor);
    }

    Fields<T> orderedObjects(
        String name, MetaType<?> item, Function<T, @Nullable Object> accessor) {
      return nest(name, FieldType.OBJECTS, true, item, accessor);
    }

    private Fields<T> refer(
        String name,
        FieldType type,
        boolean required,
        Function<T, @Nullable Object> accessor,
        ElementKind... kinds) {
      EnumSet<ElementKind> set = EnumSet.noneOf(ElementKind.class);
      for (ElementKind kind : kinds) {
        set.add(kind);
      }
      fields.add(
          new MetaField<>(
              name,
              type,
              required,
              false,
              ImmutableSet.copyOf(set),
              null,
              ImmutableList.of(),
              null,
              accessor));
      return this;
    }

    private Fields<T> nest(
        String name,
        FieldType type,
        boolean ordered,
        MetaType<?> item,
        Function<T, @Nullable Object> accessor) {
      fields.add(
          new MetaField<>(
              name,
              type,
              false,
              ordered,
              ImmutableSet.of(),
              null,
              ImmutableList.of(),
              item,
              accessor));
      return this;
    }

    private Fields<T> add(
        String name, FieldType type, boolean required, Function<T, @Nullable Object> accessor) {
      fields.add(
          new MetaField<>(
              name,
              type,
              required,
              false,
              ImmutableSet.of(),
              null,
              ImmutableList.of(),
              null,
              accessor));
      return this;
    }

    ImmutableList<MetaField<T>> build() {
      return fields.build();
    }
  }
}
