package dev.itom.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.itom.templates.Templates;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The metamodel describes every attribute of every value type, and reads each one correctly. */
class MetamodelTest {

  /**
   * Every abstract accessor of a value type (an Immutables attribute) is a field of its metamodel
   * type, and every field is an accessor: a new attribute cannot be forgotten.
   */
  @Test
  void everyAttributeOfEveryTypeIsAField() {
    for (MetaType<?> type : Metamodel.types()) {
      Set<String> attributes = new TreeSet<>();
      for (Method method : type.javaType().getMethods()) {
        if (Modifier.isAbstract(method.getModifiers())
            && method.getParameterCount() == 0
            && !method.getName().equals("elementKind")) {
          attributes.add(method.getName());
        }
      }
      Set<String> fields = new TreeSet<>();
      type.fields().forEach(f -> fields.add(f.name()));
      assertThat(fields).as(type.name()).isEqualTo(attributes);
    }
  }

  @Test
  void typesAreListedOnceAndFoundByKindAndClass() {
    assertThat(new HashSet<>(Metamodel.types())).hasSameSizeAs(Metamodel.types());
    for (ElementKind kind : ElementKind.values()) {
      MetaType<? extends Element> type = Metamodel.of(kind);
      assertThat(type.elementKind()).contains(kind);
      assertThat(type.identity()).extracting(MetaField::name).containsExactly("id");
      assertThat(Metamodel.of(type.javaType())).containsSame(type);
    }
    assertThat(Metamodel.of(OperatingModel.class)).containsSame(Metamodel.MODEL);
    assertThat(Metamodel.of(String.class)).isEmpty();
    assertThat(Metamodel.MODEL.elementKind()).isEmpty();
    assertThat(Metamodel.ALIGNMENT.identity())
        .extracting(MetaField::name)
        .containsExactly("from", "to", "kind");
    assertThat(Metamodel.ASSIGNMENT.identity())
        .extracting(MetaField::name)
        .containsExactly("role", "target", "responsibility");
    assertThat(Metamodel.FRAMEWORK_REFERENCE.identity())
        .extracting(MetaField::name)
        .containsExactly("framework", "ref");
    assertThat(Metamodel.PRICING.identity()).isEmpty();
  }

  @Test
  void fieldsDescribeThemselves() {
    MetaField<Stage> owner = Metamodel.STAGE.field("owner").orElseThrow();
    assertThat(owner.type()).isEqualTo(FieldType.REFERENCE);
    assertThat(owner.required()).isFalse();
    assertThat(owner.referenceKinds()).containsExactly(ElementKind.ROLE);
    assertThat(owner.owner()).isSameAs(Metamodel.STAGE);
    assertThat(owner).hasToString("Stage.owner");
    assertThat(Metamodel.STAGE.field("nope")).isEmpty();

    MetaField<ValueChain> kind = Metamodel.VALUE_CHAIN.field("kind").orElseThrow();
    assertThat(kind.required()).isTrue();
    assertThat(kind.enumCodes()).containsExactly("requirement-to-value", "order-to-cash", "custom");
    assertThat(kind.enumType()).contains(ValueChainKind.class);
    assertThat(kind.itemType()).isEmpty();

    assertThat(Metamodel.VALUE_CHAIN.field("stages").orElseThrow().itemType())
        .containsSame(Metamodel.STAGE);
    assertThat(Metamodel.KPI.field("measures").orElseThrow().referenceKinds())
        .containsExactlyInAnyOrder(ElementKind.values());
    assertThat(Metamodel.PROCESS.field("supports").orElseThrow().referenceKinds())
        .containsExactlyInAnyOrder(ElementKind.STAGE, ElementKind.VALUE_CHAIN);
    assertThat(Metamodel.ASSIGNMENT.field("target").orElseThrow().referenceKinds())
        .containsExactlyInAnyOrder(
            ElementKind.STAGE, ElementKind.PROCESS, ElementKind.VALUE_CHAIN, ElementKind.OFFERING);
    assertThat(Metamodel.MODEL.fields())
        .extracting(MetaField::name)
        .startsWith("id", "name", "version", "description", "properties", "roles")
        .endsWith("kpis", "assignments");
    assertThat(FieldType.REFERENCES.isList()).isTrue();
    assertThat(FieldType.REFERENCES.isReference()).isTrue();
    assertThat(FieldType.MAP.isList()).isFalse();
    assertThat(FieldType.TEXT.isReference()).isFalse();
  }

  @Test
  void requiredFieldsAreTheNonOptionalSingleValues() {
    for (MetaType<?> type : Metamodel.types()) {
      for (MetaField<?> field : type.fields()) {
        if (field.required()) {
          assertThat(field.type().isList() || field.type() == FieldType.MAP)
              .as(field.toString())
              .isFalse();
        }
      }
    }
  }

  /** Every accessor returns a value of the Java type its field type promises. */
  @Test
  void accessorsReadEveryValueOfTheTemplates() {
    List<String> read = new ArrayList<>();
    for (OperatingModel model :
        List.of(Templates.referenceModel(), Templates.it4it(), Templates.itil4())) {
      walk(Metamodel.MODEL, model, read);
    }
    assertThat(read).contains("Stage.owner", "Offering.pricing", "Pricing.amount", "Kpi.target");
  }

  @Test
  void accessorReadsOptionalAsNullAndRejectsNull() {
    Stage stage = Stage.builder().id("s").name("S").build();
    MetaField<Stage> owner = Metamodel.STAGE.field("owner").orElseThrow();
    assertThat(owner.get(stage)).isNull();
    assertThat(owner.get(stage.withOwner("r"))).isEqualTo("r");
    assertThat(Metamodel.STAGE.field("questions").orElseThrow().get(stage))
        .isEqualTo(ImmutableList.of());
    assertThatThrownBy(() -> owner.get(nullStage())).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Metamodel.STAGE.field(nullString()))
        .isInstanceOf(NullPointerException.class);
  }

  @SuppressWarnings("NullAway")
  private static Stage nullStage() {
    return null;
  }

  @SuppressWarnings("NullAway")
  private static String nullString() {
    return null;
  }

  private static <T> void walk(MetaType<T> type, T value, List<String> read) {
    for (MetaField<T> field : type.fields()) {
      @Nullable Object got = field.get(value);
      if (got == null) {
        assertThat(field.required()).as(field + " is required").isFalse();
        continue;
      }
      read.add(field.toString());
      switch (field.type()) {
        case ID, TEXT, REFERENCE -> assertThat(got).as(field.toString()).isInstanceOf(String.class);
        case DECIMAL -> assertThat(got).as(field.toString()).isInstanceOf(BigDecimal.class);
        case ENUM -> {
          Class<?> enumType = field.enumType().orElseThrow();
          assertThat(got).as(field.toString()).isInstanceOf(enumType);
          assertThat(field.enumCodes())
              .contains(((Enum<?>) got).name().toLowerCase().replace('_', '-'));
        }
        case TEXTS, REFERENCES ->
            assertThat((ImmutableList<?>) got)
                .as(field.toString())
                .allMatch(String.class::isInstance);
        case MAP -> assertThat(got).as(field.toString()).isInstanceOf(ImmutableSortedMap.class);
        case OBJECT -> walkNested(field.itemType().orElseThrow(), got, read);
        case OBJECTS -> {
          MetaType<?> item = field.itemType().orElseThrow();
          for (Object each : (ImmutableList<?>) got) {
            walkNested(item, each, read);
          }
        }
      }
    }
  }

  private static <T> void walkNested(MetaType<T> type, Object value, List<String> read) {
    assertThat(value).isInstanceOf(type.javaType());
    walk(type, type.javaType().cast(value), read);
  }

  /**
   * {@code create} of a value's own fields gives an equal value and asks each field once, in order:
   * every factory reads every field (a field the factory forgot would come back empty).
   */
  @Test
  void createFromTheFieldsOfEveryValueGivesAnEqualValue() {
    List<String> created = new ArrayList<>();
    for (long seed = 0; seed < 200; seed++) {
      recreate(Metamodel.MODEL, dev.itom.testing.SampleModels.random(seed), created);
    }
    recreate(Metamodel.MODEL, Templates.referenceModel(), created);
    assertThat(new TreeSet<>(created))
        .containsAll(
            Metamodel.types().stream()
                .map(MetaType::name)
                .collect(java.util.stream.Collectors.toList()));
  }

  private static <T> void recreate(MetaType<T> type, T value, List<String> created) {
    List<MetaField<T>> asked = new ArrayList<>();
    T again =
        type.create(
            field -> {
              asked.add(field);
              return field.get(value);
            });
    assertThat(again).as(type.name()).isEqualTo(value);
    assertThat(asked).as(type.name() + " asks every field once").isEqualTo(type.fields());
    created.add(type.name());
    for (MetaField<T> field : type.fields()) {
      Object got = field.get(value);
      if (field.type() == FieldType.OBJECT && got != null) {
        recreateNested(field.itemType().orElseThrow(), got, created);
      } else if (field.type() == FieldType.OBJECTS) {
        for (Object item : (List<?>) got) {
          recreateNested(field.itemType().orElseThrow(), item, created);
        }
      }
    }
  }

  private static <T> void recreateNested(MetaType<T> type, Object value, List<String> created) {
    recreate(type, type.javaType().cast(value), created);
  }

  @Test
  void withSetsOneFieldAndKeepsEveryOther() {
    Stage stage =
        Stage.builder()
            .id("s")
            .name("S")
            .owner("r")
            .addQuestions("Why?")
            .putProperties("k", "v")
            .build();
    MetaField<Stage> owner = Metamodel.STAGE.field("owner").orElseThrow();
    MetaField<Stage> questions = Metamodel.STAGE.field("questions").orElseThrow();
    MetaField<Stage> properties = Metamodel.STAGE.field("properties").orElseThrow();
    assertThat(owner.with(stage, "q")).isEqualTo(stage.withOwner("q"));
    assertThat(owner.with(stage, null).owner()).isEmpty();
    assertThat(owner.with(stage, null).questions()).containsExactly("Why?");
    assertThat(questions.with(stage, ImmutableList.of("How?", "Why?")).questions())
        .containsExactly("How?", "Why?");
    assertThat(questions.with(stage, null).questions()).isEmpty();
    assertThat(properties.with(stage, java.util.Map.of("b", "2", "a", "1")).properties())
        .containsExactly(java.util.Map.entry("a", "1"), java.util.Map.entry("b", "2"));
    assertThat(owner.with(stage, "q").properties()).containsEntry("k", "v");

    MetaField<Offering> pricing = Metamodel.OFFERING.field("pricing").orElseThrow();
    Offering offering =
        Offering.builder()
            .id("o")
            .name("O")
            .type(OfferingType.SERVICE)
            .lifecycle(Lifecycle.ACTIVE)
            .build();
    Pricing free = Pricing.of(PricingModel.FREE);
    assertThat(pricing.with(offering, free).pricing()).contains(free);
    MetaField<Pricing> amount = Metamodel.PRICING.field("amount").orElseThrow();
    assertThat(amount.with(free, new BigDecimal("7.50")).amount()).contains(new BigDecimal("7.50"));
  }

  @Test
  void withRefusesWhatTheFieldCannotHold() {
    Stage stage = Stage.of("s", "S");
    MetaField<Stage> name = Metamodel.STAGE.field("name").orElseThrow();
    MetaField<Stage> questions = Metamodel.STAGE.field("questions").orElseThrow();
    assertThatThrownBy(() -> name.with(stage, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("Stage.name is required");
    assertThatThrownBy(() -> name.with(stage, 42))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Stage.name takes a String");
    assertThatThrownBy(() -> questions.with(stage, ImmutableList.of(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Stage.questions takes a list of String");
    assertThatThrownBy(() -> questions.with(stage, "Why?"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("takes a list");
    MetaField<OperatingModel> modelName = Metamodel.MODEL.field("name").orElseThrow();
    OperatingModel model = OperatingModel.builder("m", "M").build();
    assertThat(modelName.with(model, "N").name()).isEqualTo("N");
    assertThatThrownBy(() -> modelName.with(model, " "))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("/name");
    MetaField<OperatingModel> roles = Metamodel.MODEL.field("roles").orElseThrow();
    assertThatThrownBy(
            () -> roles.with(model, ImmutableList.of(Role.of("r", "A"), Role.of("r", "B"))))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("already used");
  }

  /** Only the stages of a chain are in an order that carries meaning. */
  @Test
  void onlyAChainsStagesAreOrdered() {
    List<String> ordered = new ArrayList<>();
    for (MetaType<?> type : Metamodel.types()) {
      for (MetaField<?> field : type.fields()) {
        if (field.ordered()) {
          ordered.add(field.toString());
        }
      }
    }
    assertThat(ordered).containsExactly("ValueChain.stages");
  }
}
