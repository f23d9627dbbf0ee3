package dev.itom.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.itom.model.AlignmentKind;
import dev.itom.model.ConsumerKind;
import dev.itom.model.Delivery;
import dev.itom.model.Direction;
import dev.itom.model.Lifecycle;
import dev.itom.model.OfferingType;
import dev.itom.model.OperatingModel;
import dev.itom.model.PricingModel;
import dev.itom.model.ProcessCategory;
import dev.itom.model.Responsibility;
import dev.itom.model.ValueChainKind;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped schema agrees with the model: enum spellings, the id pattern, closed objects. */
class SchemaTest {
  private static JsonNode schema;

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in = ItomJson.class.getResourceAsStream(Schemas.RESOURCE)) {
      schema = new ObjectMapper().readTree(in);
    }
  }

  private static <E extends Enum<E>> List<String> codes(E[] values, Function<E, String> code) {
    return Arrays.stream(values).map(code).collect(Collectors.toList());
  }

  private static List<String> enumAt(String def, String field) {
    List<String> out = new ArrayList<>();
    schema.at("/$defs/" + def + "/properties/" + field + "/enum").forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void enumsSpellExactlyTheModelsCodes() {
    assertThat(enumAt("consumer", "kind"))
        .isEqualTo(codes(ConsumerKind.values(), ConsumerKind::code));
    assertThat(enumAt("valueChain", "kind"))
        .isEqualTo(codes(ValueChainKind.values(), ValueChainKind::code));
    assertThat(enumAt("process", "category"))
        .isEqualTo(codes(ProcessCategory.values(), ProcessCategory::code));
    assertThat(enumAt("alignment", "kind"))
        .isEqualTo(codes(AlignmentKind.values(), AlignmentKind::code));
    assertThat(enumAt("offering", "type"))
        .isEqualTo(codes(OfferingType.values(), OfferingType::code));
    assertThat(enumAt("offering", "delivery")).isEqualTo(codes(Delivery.values(), Delivery::code));
    assertThat(enumAt("offering", "lifecycle"))
        .isEqualTo(codes(Lifecycle.values(), Lifecycle::code));
    assertThat(enumAt("pricing", "model"))
        .isEqualTo(codes(PricingModel.values(), PricingModel::code));
    assertThat(enumAt("kpi", "direction")).isEqualTo(codes(Direction.values(), Direction::code));
    assertThat(enumAt("assignment", "responsibility"))
        .isEqualTo(codes(Responsibility.values(), Responsibility::code));
  }

  @Test
  void isDraft202012WithTheModelsIdPatternAndClosedObjects() {
    assertThat(schema.get("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.at("/$defs/id/pattern").asText()).isEqualTo(OperatingModel.ID_REGEX);
    assertThat(schema.at("/properties/format/const").asText()).isEqualTo("itom/1");
    assertThat(schema.get("additionalProperties").asBoolean(true)).isFalse();
    for (Map.Entry<String, JsonNode> def : schema.get("$defs").properties()) {
      if (def.getValue().has("properties")) {
        assertThat(def.getValue().get("additionalProperties").asBoolean(true))
            .as("%s is closed", def.getKey())
            .isFalse();
      }
    }
  }

  @Test
  void rejectsWhatTheSchemaCanExpress() {
    String base = "{\"format\":\"itom/1\",\"id\":\"m\",\"name\":\"M\"";
    assertThat(Schemas.validate(base + "}")).isEmpty();
    assertThat(Schemas.validate(base.replace("itom/1", "itom/2") + "}")).isNotEmpty();
    assertThat(
            Schemas.validate(
                base + ",\"roles\":[{\"id\":\"" + "a".repeat(129) + "\",\"name\":\"R\"}]}"))
        .isNotEmpty();
    assertThat(
            Schemas.validate(
                base + ",\"roles\":[{\"id\":\"" + "a".repeat(128) + "\",\"name\":\"R\"}]}"))
        .isEmpty();
    String offering =
        ",\"offerings\":[{\"id\":\"o\",\"name\":\"O\",\"type\":\"service\",\"lifecycle\":\"active\","
            + "\"pricing\":{\"model\":\"fixed\",\"amount\":5}}]}";
    assertThat(Schemas.validate(base + offering)).as("amount without currency").isNotEmpty();
  }
}
