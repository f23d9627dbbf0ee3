package dev.itom.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.itom.diff.Change;
import dev.itom.diff.ModelDiff;
import dev.itom.diff.ModelMerge;
import dev.itom.model.OperatingModel;
import dev.itom.testing.RandomEdits;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The itom-diff/1 document: a diff written and read back is equal and applies alike, over random
 * model pairs; every diff and every merge's conflicts written validate against the shipped schema;
 * bad documents are refused with a pointer.
 */
class DiffJsonTest {
  private static final long COUNT = Long.getLong("itom.diff.count", 400L);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static Schema schema;

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in = DiffJson.openSchema()) {
      schema =
          SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
              .getSchema(in, InputFormat.JSON);
    }
  }

  @Test
  void aDiffRoundTripsAndValidatesOverRandomPairs() {
    Set<Change.Kind> kinds = EnumSet.noneOf(Change.Kind.class);
    for (long seed = 0; seed < COUNT; seed++) {
      OperatingModel a = RandomEdits.model(seed);
      OperatingModel b = RandomEdits.edit(a, seed * 31 + 7);
      ModelDiff diff = ModelDiff.between(a, b);
      String json = DiffJson.write(diff);
      assertThat(schema.validate(json, InputFormat.JSON)).as("seed %s: %s", seed, json).isEmpty();
      ModelDiff read = DiffJson.read(json);
      assertThat(read).as("seed %s", seed).isEqualTo(diff);
      assertThat(read.applyTo(a)).as("seed %s", seed).isEqualTo(b);
      assertThat(DiffJson.write(read)).isEqualTo(json);
      diff.changes().forEach(change -> kinds.add(change.kind()));
    }
    assertThat(kinds).containsExactlyInAnyOrder(Change.Kind.values());
  }

  @Test
  void theConflictsOfAMergeValidate() {
    int conflicts = 0;
    for (long seed = 0; seed < COUNT; seed++) {
      OperatingModel base = RandomEdits.model(seed);
      ModelMerge merge =
          ModelMerge.of(
              base, RandomEdits.edit(base, seed * 31 + 1), RandomEdits.edit(base, seed * 31 + 2));
      String json = DiffJson.write(merge);
      assertThat(schema.validate(json, InputFormat.JSON)).as("seed %s: %s", seed, json).isEmpty();
      JsonNode root = JSON.readTree(json);
      assertThat(root.get("clean").booleanValue()).isEqualTo(merge.isClean());
      assertThat(root.get("conflicts").size()).isEqualTo(merge.conflicts().size());
      for (int i = 0; i < merge.conflicts().size(); i++) {
        JsonNode conflict = root.get("conflicts").get(i);
        assertThat(conflict.get("code").stringValue()).isEqualTo(merge.conflicts().get(i).code());
        assertThat(conflict.get("pointer").stringValue())
            .isEqualTo(merge.conflicts().get(i).pointer());
      }
      conflicts += merge.conflicts().size();
    }
    assertThat(conflicts).as("the random merges have conflicts to write").isPositive();
  }

  @Test
  void aChangeHasTheDocumentedFields() {
    for (long seed = 0; seed < COUNT; seed++) {
      OperatingModel a = RandomEdits.model(seed);
      ModelDiff diff = ModelDiff.between(a, RandomEdits.edit(a, seed * 31 + 7));
      for (Change change : diff.changes()) {
        if (change instanceof Change.Edit edit && edit.field().name().equals("name")) {
          JsonNode node = JSON.readTree(DiffJson.write(ModelDiff.of(java.util.List.of(edit))));
          JsonNode json = node.get("changes").get(0);
          assertThat(json.get("op").stringValue()).isEqualTo("change");
          assertThat(json.get("field").stringValue()).isEqualTo("name");
          assertThat(json.get("path").stringValue()).isEqualTo(edit.path());
          assertThat(json.get("old").stringValue()).isEqualTo(edit.oldValue());
          assertThat(json.get("new").stringValue()).isEqualTo(edit.newValue());
          assertThat(json.get("kind").stringValue()).isEqualTo(edit.owner().type().name());
          if (edit.owner().elementId() != null) {
            assertThat(json.get("id").stringValue()).isEqualTo(edit.owner().elementId());
          }
          return;
        }
      }
    }
    throw new AssertionError("no rename among the random diffs");
  }

  @Test
  void badDocumentsAreRefusedWithWhere() {
    assertThatThrownBy(() -> DiffJson.read("{\"format\": \"itom-diff/1\", \"changes\": [}"))
        .isInstanceOf(DiffJsonException.class)
        .hasMessageContaining("1:")
        .hasMessageContaining("not JSON");
    assertThatThrownBy(() -> DiffJson.read("{\"format\": \"itom/1\", \"changes\": []}"))
        .isInstanceOf(DiffJsonException.class)
        .hasMessageContaining("/format");
    assertThatThrownBy(
            () ->
                DiffJson.read(
                    "{\"format\": \"itom-diff/1\", \"changes\": [{\"op\": \"rename\","
                        + " \"path\": \"/name\"}]}"))
        .isInstanceOf(DiffJsonException.class)
        .hasMessageContaining("/changes/0/op")
        .hasMessageContaining("unknown op");
    assertThatThrownBy(
            () ->
                DiffJson.read(
                    "{\"format\": \"itom-diff/1\", \"changes\": [{\"op\": \"change\", \"path\":"
                        + " \"/name\", \"beforePath\": \"/name\", \"field\": \"colour\"}]}"))
        .isInstanceOf(DiffJsonException.class)
        .hasMessageContaining("/changes/0/field")
        .hasMessageContaining("colour");
    assertThatThrownBy(
            () ->
                DiffJson.read(
                    "{\"format\": \"itom-diff/1\", \"changes\": [{\"op\": \"change\", \"path\":"
                        + " \"/name\", \"beforePath\": \"/name\", \"field\": \"name\","
                        + " \"old\": \"a\", \"new\": \"a\"}]}"))
        .isInstanceOf(DiffJsonException.class)
        .hasMessageContaining("/changes/0");
    assertThatThrownBy(
            () -> DiffJson.read("{\"format\": \"itom-diff/1\", \"changes\": [], \"changes\": []}"))
        .isInstanceOf(DiffJsonException.class)
        .hasMessageContaining("/changes")
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> DiffJson.read("{\"format\": \"itom-diff/1\", \"changes\": []} []"))
        .isInstanceOf(DiffJsonException.class)
        .hasMessageContaining("1:42: text after the document's end");
    assertThatThrownBy(() -> DiffJson.read(" "))
        .isInstanceOf(DiffJsonException.class)
        .hasMessageContaining("empty");
    assertThat(DiffJson.schema()).contains(DiffJson.SCHEMA_ID);
  }
}
