package dev.itom.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.itom.model.MetaField;
import dev.itom.model.MetaType;
import dev.itom.model.Metamodel;
import dev.itom.model.OperatingModel;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The frozen corpus of {@code src/test/resources/itom-1-corpus}: documents written once, by hand
 * and checked, and never regenerated. Every version of itom must read each of them to the model its
 * {@code .model} sidecar describes and write it back to the same bytes, so that a document written
 * today reads the same in every later version (docs/FORMAT.md, "Versioning and compatibility"). A
 * failure here is a break of the {@code itom/1} promise: fix the code, never the corpus.
 *
 * <p>The sidecar lists every field value of the model read, one per line as {@code POINTER =
 * VALUE}, walked through {@link Metamodel} and the model's accessors (not through the format), with
 * enum values by their Java names and decimals as written.
 */
class CorpusTest {
  private static final String DIR = "/itom-1-corpus/";
  private static final String[] DOCUMENTS = {
    "complete.json", "complete.yaml", "minimal.json", "minimal.yaml"
  };

  @ParameterizedTest
  @MethodSource("documents")
  void readsToTheRecordedModelAndWritesTheSameBytes(String name) throws IOException {
    byte[] document = resource(name);
    boolean yaml = name.endsWith(".yaml");
    OperatingModel model = (yaml ? ItomYaml.reader() : ItomJson.reader()).read(document);

    String expected =
        new String(
            resource(name.replaceFirst("\\.(json|yaml)$", ".model")), StandardCharsets.UTF_8);
    assertThat(String.join("\n", dump(model)) + "\n").as(name).isEqualTo(expected);

    byte[] written = (yaml ? ItomYaml.writer() : ItomJson.writer()).writeToBytes(model);
    assertThat(new String(written, StandardCharsets.UTF_8))
        .as(name)
        .isEqualTo(new String(document, StandardCharsets.UTF_8));
  }

  /**
   * Together, the documents of the corpus hold every field of every kind (every {@link MetaType} of
   * the metamodel) and every enum value, and none holds anything that the metamodel does not
   * describe. A field or enum value added to the format gets a new document beside these.
   */
  @Test
  void theCorpusHoldsEveryFieldAndEveryEnumValueOfTheMetamodel() throws IOException {
    Set<String> seen = new TreeSet<>();
    List<String> unknown = new ArrayList<>();
    for (String name : DOCUMENTS) {
      ObjectMapper mapper =
          name.endsWith(".yaml")
              ? new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
              : new ObjectMapper();
      JsonNode root = mapper.readTree(resource(name));
      assertThat(root.path("format").asText()).as(name).isEqualTo("itom/1");
      walk(Metamodel.MODEL, root, name + ":", seen, unknown);
    }
    assertThat(unknown).as("fields the metamodel does not describe").isEmpty();

    Set<String> all = new TreeSet<>();
    for (MetaType<?> type : Metamodel.types()) {
      for (MetaField<?> field : type.fields()) {
        all.add(field.toString());
        field.enumCodes().forEach(code -> all.add(field + "=" + code));
      }
    }
    assertThat(seen).as("fields and enum values in the corpus").containsExactlyElementsOf(all);
  }

  static String[] documents() {
    return DOCUMENTS.clone();
  }

  private static void walk(
      MetaType<?> type, JsonNode object, String pointer, Set<String> seen, List<String> unknown) {
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (type == Metamodel.MODEL && name.equals("format")) {
        continue;
      }
      MetaField<?> field = type.field(name).orElse(null);
      if (field == null) {
        unknown.add(pointer + "/" + name);
        continue;
      }
      seen.add(field.toString());
      JsonNode value = object.get(name);
      if (!field.enumCodes().isEmpty()) {
        seen.add(field + "=" + value.asText());
      }
      MetaType<?> item = field.itemType().orElse(null);
      if (item != null && value.isArray()) {
        for (int i = 0; i < value.size(); i++) {
          walk(item, value.get(i), pointer + "/" + name + "/" + i, seen, unknown);
        }
      } else if (item != null) {
        walk(item, value, pointer + "/" + name, seen, unknown);
      }
    }
  }

  /** The model as {@code POINTER = VALUE} lines, through the metamodel's accessors. */
  static List<String> dump(OperatingModel model) {
    List<String> lines = new ArrayList<>();
    dump(Metamodel.MODEL, model, "", lines);
    return lines;
  }

  private static <T> void dump(MetaType<T> type, Object value, String pointer, List<String> lines) {
    T typed = type.javaType().cast(value);
    for (MetaField<T> field : type.fields()) {
      @Nullable Object got = field.get(typed);
      String at = pointer + "/" + field.name();
      if (got == null) {
        continue;
      }
      MetaType<?> item = field.itemType().orElse(null);
      if (item != null && got instanceof ImmutableList<?> list) {
        for (int i = 0; i < list.size(); i++) {
          dump(item, list.get(i), at + "/" + i, lines);
        }
      } else if (item != null) {
        dump(item, got, at, lines);
      } else if (!isEmpty(got)) {
        lines.add(at + " = " + text(got));
      }
    }
  }

  private static boolean isEmpty(Object value) {
    return (value instanceof ImmutableList<?> list && list.isEmpty())
        || (value instanceof ImmutableSortedMap<?, ?> map && map.isEmpty());
  }

  private static String text(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal.toString();
    } else if (value instanceof Enum<?> constant) {
      return constant.getDeclaringClass().getSimpleName() + "." + constant.name();
    } else if (value instanceof String text) {
      return '"' + text + '"';
    } else if (value instanceof ImmutableList<?> list) {
      List<String> items = new ArrayList<>();
      list.forEach(v -> items.add(text(v)));
      return "[" + String.join(", ", items) + "]";
    } else if (value instanceof ImmutableSortedMap<?, ?> map) {
      List<String> entries = new ArrayList<>();
      map.forEach((k, v) -> entries.add(text(k) + ": " + text(v)));
      return "{" + String.join(", ", entries) + "}";
    }
    return value.getClass().getSimpleName() + " " + value;
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = CorpusTest.class.getResourceAsStream(DIR + name)) {
      assertThat(in).as(DIR + name).isNotNull();
      return in.readAllBytes();
    }
  }
}
