package dev.itom.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.itom.model.OperatingModel;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema has an API that works on the module path, a stable {@code $id}, and a document
 * that names its schema with {@code $schema} (as editors want) is read, in JSON and YAML.
 */
class SchemaApiTest {
  @Test
  void theSchemaIsReadThroughTheApiAndHasAStableId() throws Exception {
    JsonNode schema = new ObjectMapper().readTree(ItomJson.schema());
    assertThat(schema.get("$id").asText())
        .isEqualTo(ItomJson.SCHEMA_ID)
        .isEqualTo("https://itom.dev/schema/itom-1.schema.json");
    assertThat(schema.at("/properties/$schema/type").asText()).isEqualTo("string");
    try (InputStream in = ItomJson.openSchema()) {
      assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo(ItomJson.schema());
    }
  }

  @Test
  void aDocumentMayNameItsSchema() {
    String json =
        "{\"$schema\":\""
            + ItomJson.SCHEMA_ID
            + "\",\"format\":\"itom/1\",\"id\":\"m\",\"name\":\"M\"}";
    OperatingModel model = ItomJson.reader().read(json);
    assertThat(model.id()).isEqualTo("m");
    assertThat(ItomJson.writer().writeToString(model)).doesNotContain("$schema");
    String yaml = "$schema: " + ItomJson.SCHEMA_ID + "\nformat: itom/1\nid: m\nname: M\n";
    assertThat(ItomYaml.reader().read(yaml)).isEqualTo(model);
  }

  @Test
  void schemaMustBeAStringAndOnlyAtTheRoot() {
    ItomJsonException e =
        catchThrowableOfType(
            ItomJsonException.class,
            () ->
                ItomJson.reader()
                    .read("{\"$schema\":1,\"format\":\"itom/1\",\"id\":\"m\",\"name\":\"M\"}"));
    assertThat(e.problems()).singleElement().extracting(Problem::pointer).isEqualTo("/$schema");
    ItomJsonException nested =
        catchThrowableOfType(
            ItomJsonException.class,
            () ->
                ItomJson.reader()
                    .read(
                        "{\"format\":\"itom/1\",\"id\":\"m\",\"name\":\"M\","
                            + "\"roles\":[{\"$schema\":\"x\",\"id\":\"r\",\"name\":\"R\"}]}"));
    assertThat(nested.problems())
        .singleElement()
        .extracting(Problem::code)
        .isEqualTo("unknown-field");
  }
}
