package dev.itom.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.itom.model.MetaField;
import dev.itom.model.MetaType;
import dev.itom.model.Metamodel;
import dev.itom.model.OperatingModel;
import dev.itom.templates.Templates;
import dev.itom.testing.SampleModels;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The metamodel, the JSON that itom writes, the shipped JSON Schema and docs/FORMAT.md describe one
 * format: every field of every kind is written and read through the metamodel's names, and the
 * schema and the docs list exactly those fields.
 */
class MetamodelFormatTest {
  private static final ObjectMapper EXACT =
      new ObjectMapper()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
  private static JsonNode schema;

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in = ItomJson.class.getResourceAsStream(Schemas.RESOURCE)) {
      schema = EXACT.readTree(in);
    }
  }

  /** A random model's JSON has exactly the metamodel's fields, in its order, with its values. */
  @Test
  void everyFieldOfEveryKindIsWrittenAndReadThroughTheMetamodel() throws Exception {
    Set<String> seen = new LinkedHashSet<>();
    List<OperatingModel> models = new ArrayList<>();
    models.add(Templates.referenceModel());
    models.add(Templates.it4it());
    models.add(Templates.itil4());
    for (String golden : List.of("valid-every-field.json", "valid-reference.json")) {
      try (InputStream in = MetamodelFormatTest.class.getResourceAsStream("/itom-1/" + golden)) {
        assertThat(in).as(golden).isNotNull();
        models.add(ItomJson.reader().read(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      }
    }
    for (long seed = 0; seed < 300; seed++) {
      models.add(SampleModels.random(seed));
    }
    for (OperatingModel model : models) {
      String json = ItomJson.writer().writeToString(model);
      JsonNode root = EXACT.readTree(json);
      assertThat(root.path("format").asText()).isEqualTo("itom/1");
      ((com.fasterxml.jackson.databind.node.ObjectNode) root).remove("format");
      compare(Metamodel.MODEL, model, root, "", seen);
      assertThat(ItomJson.reader().read(json)).isEqualTo(model);
    }
    Set<String> all = new LinkedHashSet<>();
    for (MetaType<?> type : Metamodel.types()) {
      type.fields().forEach(f -> all.add(f.toString()));
    }
    assertThat(seen)
        .as("fields seen in the JSON of the models")
        .containsExactlyInAnyOrderElementsOf(all);
  }

  private static <T> void compare(
      MetaType<T> type, T value, JsonNode node, String pointer, Set<String> seen) {
    assertThat(node.isObject()).as(pointer).isTrue();
    List<String> expectedKeys = new ArrayList<>();
    for (MetaField<T> field : type.fields()) {
      @Nullable Object got = field.get(value);
      boolean empty =
          got == null
              || (got instanceof ImmutableList<?> list && list.isEmpty())
              || (got instanceof ImmutableSortedMap<?, ?> map && map.isEmpty());
      if (empty) {
        continue;
      }
      expectedKeys.add(field.name());
      seen.add(field.toString());
      compareValue(field, got, node.get(field.name()), pointer + "/" + field.name(), seen);
    }
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).as("fields at %s", pointer.isEmpty() ? "/" : pointer).isEqualTo(expectedKeys);
  }

  private static void compareValue(
      MetaField<?> field, Object got, JsonNode node, String pointer, Set<String> seen) {
    switch (field.type()) {
      case ID, TEXT, REFERENCE -> assertThat(node.textValue()).as(pointer).isEqualTo(got);
      case DECIMAL -> {
        assertThat(node.isNumber()).as(pointer).isTrue();
        assertThat(node.decimalValue()).as(pointer).isEqualTo(got);
      }
      case ENUM -> {
        assertThat(field.enumCodes()).contains(node.textValue());
        assertThat(field.enumCodes().indexOf(node.textValue()))
            .as(pointer)
            .isEqualTo(((Enum<?>) got).ordinal());
      }
      case TEXTS, REFERENCES -> {
        List<String> texts = new ArrayList<>();
        node.elements().forEachRemaining(e -> texts.add(e.textValue()));
        assertThat(texts).as(pointer).isEqualTo(got);
      }
      case MAP -> {
        Map<String, String> map = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().textValue()));
        assertThat(map).as(pointer).isEqualTo(got);
        assertThat(new ArrayList<>(map.keySet()))
            .isEqualTo(new ArrayList<>(((ImmutableSortedMap<?, ?>) got).keySet()));
      }
      case OBJECT -> nested(field.itemType().orElseThrow(), got, node, pointer, seen);
      case OBJECTS -> {
        ImmutableList<?> items = (ImmutableList<?>) got;
        assertThat(node.size()).as(pointer).isEqualTo(items.size());
        for (int i = 0; i < items.size(); i++) {
          nested(
              field.itemType().orElseThrow(), items.get(i), node.get(i), pointer + "/" + i, seen);
        }
      }
    }
  }

  private static <T> void nested(
      MetaType<T> type, Object value, JsonNode node, String pointer, Set<String> seen) {
    compare(type, type.javaType().cast(value), node, pointer, seen);
  }

  /** The schema's objects have exactly the metamodel's fields, in order, required as it says. */
  @Test
  void theSchemaAgreesWithTheMetamodel() {
    JsonNode root = schema.deepCopy();
    // format and $schema belong to the document, not to the model
    ((com.fasterxml.jackson.databind.node.ObjectNode) root.get("properties"))
        .remove(List.of("format", "$schema"));
    List<String> required = new ArrayList<>();
    root.get("required").elements().forEachRemaining(r -> required.add(r.asText()));
    assertThat(required).startsWith("format");
    checkSchema(Metamodel.MODEL, root, required.subList(1, required.size()), new LinkedHashSet<>());
  }

  private static void checkSchema(
      MetaType<?> type, JsonNode object, List<String> required, Set<MetaType<?>> done) {
    if (!done.add(type)) {
      return;
    }
    assertThat(object.path("additionalProperties").asBoolean(true)).as(type.name()).isFalse();
    List<String> names = new ArrayList<>();
    object.get("properties").fieldNames().forEachRemaining(names::add);
    assertThat(names)
        .as(type.name())
        .isEqualTo(type.fields().stream().map(MetaField::name).toList());
    assertThat(required)
        .as(type.name() + " required")
        .isEqualTo(
            type.fields().stream().filter(MetaField::required).map(MetaField::name).toList());
    for (MetaField<?> field : type.fields()) {
      JsonNode property = object.get("properties").get(field.name());
      String what = field.toString();
      switch (field.type()) {
        case ID, REFERENCE -> assertThat(ref(property)).as(what).isEqualTo("id");
        case TEXT -> {
          if (field.name().equals("name") && type.elementKind().isPresent()
              || type == Metamodel.MODEL && field.name().equals("name")) {
            assertThat(ref(property)).as(what).isEqualTo("name");
          } else {
            assertThat(property.path("type").asText()).as(what).isEqualTo("string");
          }
        }
        case DECIMAL -> assertThat(property.path("type").asText()).as(what).isEqualTo("number");
        case ENUM -> {
          List<String> codes = new ArrayList<>();
          property.get("enum").elements().forEachRemaining(c -> codes.add(c.asText()));
          assertThat(codes).as(what).isEqualTo(field.enumCodes());
        }
        case REFERENCES -> {
          assertThat(property.path("type").asText()).as(what).isEqualTo("array");
          assertThat(ref(property.get("items"))).as(what).isEqualTo("id");
        }
        case TEXTS -> {
          assertThat(property.path("type").asText()).as(what).isEqualTo("array");
          assertThat(property.get("items").path("type").asText()).as(what).isEqualTo("string");
        }
        case MAP -> assertThat(ref(property)).as(what).isEqualTo("properties");
        case OBJECT -> checkDef(field.itemType().orElseThrow(), ref(property), done);
        case OBJECTS -> {
          assertThat(property.path("type").asText()).as(what).isEqualTo("array");
          checkDef(field.itemType().orElseThrow(), ref(property.get("items")), done);
        }
      }
    }
  }

  private static void checkDef(MetaType<?> type, String def, Set<MetaType<?>> done) {
    JsonNode object = schema.get("$defs").get(def);
    assertThat(object).as("$defs/" + def).isNotNull();
    List<String> required = new ArrayList<>();
    object.path("required").elements().forEachRemaining(r -> required.add(r.asText()));
    checkSchema(type, object, required, done);
  }

  private static String ref(JsonNode property) {
    String ref = property.path("$ref").asText();
    assertThat(ref).startsWith("#/$defs/");
    return ref.substring("#/$defs/".length());
  }

  /** docs/FORMAT.md's table of objects and fields is the metamodel's, written out. */
  @Test
  void theFormatDocumentListsTheMetamodel() throws Exception {
    Path doc = findDoc();
    List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
    List<String> expected = new ArrayList<>();
    for (MetaType<?> type : Metamodel.types()) {
      if (type == Metamodel.MODEL) {
        continue;
      }
      StringBuilder row = new StringBuilder("| ").append(type.name()).append(" | ");
      Iterator<? extends MetaField<?>> fields = type.fields().iterator();
      while (fields.hasNext()) {
        MetaField<?> field = fields.next();
        row.append(field.required() ? "**" + field.name() + "**" : field.name());
        row.append(fields.hasNext() ? ", " : " |");
      }
      expected.add(row.toString());
    }
    int start = lines.indexOf("| object | fields in canonical order (required in **bold**) |");
    assertThat(start).as("the table of objects in " + doc).isNotNegative();
    assertThat(lines.subList(start + 2, start + 2 + expected.size())).isEqualTo(expected);
    assertThat(lines.get(start + 2 + expected.size())).doesNotStartWith("|");
  }

  private static Path findDoc() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("docs/FORMAT.md"))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("docs/FORMAT.md above the working directory").isNotNull();
    return dir.resolve("docs/FORMAT.md");
  }
}
