package dev.itom.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.itom.model.OperatingModel;
import dev.itom.rules.Finding;
import dev.itom.rules.Report;
import dev.itom.rules.Severity;
import dev.itom.templates.Templates;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ObjectMapperTest {
  private static final OperatingModel REFERENCE = Templates.referenceModel();

  @Test
  void theModuleIsAServiceOnTheClassPathAndWritesTheCanonicalDocument() throws Exception {
    // these tests run on the module path, where dev.itom.json provides no service (it may lack
    // either databind): the class path's service file is checked here, Spring Boot finds it
    try (var in =
        ItomModule.class
            .getModule()
            .getResourceAsStream("META-INF/services/com.fasterxml.jackson.databind.Module")) {
      assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim())
          .isEqualTo(ItomModule.class.getName());
    }
    ObjectMapper mapper = new ObjectMapper().registerModule(new ItomModule());
    assertThat(mapper.getRegisteredModuleIds()).contains("itom");
    String json = mapper.writeValueAsString(REFERENCE);
    assertThat(json).isEqualTo(ItomJson.writer().compact().writeToString(REFERENCE));
    assertThat(mapper.readValue(json, OperatingModel.class)).isEqualTo(REFERENCE);
  }

  @Test
  void modelNestedInAUsersValueIsWrittenAndRead() throws Exception {
    // a JSON tree keeps decimals exact (7.50, not 7.5) only with BigDecimal floats and an exact
    // node factory
    ObjectMapper mapper =
        new ObjectMapper()
            .registerModule(new ItomModule())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    String json = mapper.writeValueAsString(Map.of("model", REFERENCE));
    JsonNode tree = mapper.readTree(json);
    assertThat(tree.get("model").get("format").asText()).isEqualTo("itom/1");
    assertThat(mapper.treeToValue(tree.get("model"), OperatingModel.class)).isEqualTo(REFERENCE);
  }

  @Test
  void partsAreSerializableAlone() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new ItomModule());
    assertThat(mapper.writeValueAsString(REFERENCE.stage("r2v.demand").orElseThrow()))
        .startsWith("{\"id\":\"r2v.demand\",\"name\":");
    assertThat(mapper.writeValueAsString(REFERENCE.roles().subList(0, 1)))
        .isEqualTo("[{\"id\":\"cio\",\"name\":\"Chief information officer\"}]");
  }

  @Test
  void badInputThroughAMapperFailsWithTheStructuredProblems() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new ItomModule());
    JsonMappingException e =
        catchThrowableOfType(
            JsonMappingException.class,
            () ->
                mapper.readValue(
                    "{\"format\":\"itom/1\",\"id\":\"m\",\"name\":\"M\",\"x\":1}",
                    OperatingModel.class));
    assertThat(e.getCause()).isInstanceOf(ItomJsonException.class);
    assertThat(((ItomJsonException) e.getCause()).problems())
        .extracting(Problem::pointer)
        .containsExactly("/x");
    // a mapper that tolerates unknown properties (as Spring Boot's does) still reads strictly
    ObjectMapper tolerant =
        mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    JsonMappingException again =
        catchThrowableOfType(
            JsonMappingException.class,
            () ->
                tolerant.readValue(
                    "{\"format\":\"itom/1\",\"id\":\"m\",\"name\":\"M\",\"x\":1}",
                    OperatingModel.class));
    assertThat(((ItomJsonException) again.getCause()).problems())
        .extracting(Problem::pointer, Problem::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/x", "unknown-field"));
  }

  @Test
  void onlyTheLenientModuleSkipsUnknownFields() throws Exception {
    String unknown = "{\"format\":\"itom/1\",\"id\":\"m\",\"name\":\"M\",\"x\":1}";
    // registered first: Jackson 2 keeps the first module of an id (findAndRegisterModules() after
    // it on the class path is the same)
    ObjectMapper lenient =
        new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .registerModule(ItomModule.lenient())
            .registerModule(new ItomModule());
    assertThat(lenient.readValue(unknown, OperatingModel.class).id()).isEqualTo("m");
    assertThat(lenient.getRegisteredModuleIds()).containsOnlyOnce("itom");
    assertThat(ItomModule.lenient().isLenient()).isTrue();
    assertThat(new ItomModule().isLenient()).isFalse();
  }

  @Test
  void usersMapperSettingsApplyWithoutChangingTheMapper() throws Exception {
    ObjectMapper mapper = new ObjectMapper().enable(JsonGenerator.Feature.ESCAPE_NON_ASCII);
    OperatingModel model = OperatingModel.builder("m", "Café").build();
    ItomJsonWriter writer = ItomJson.writer(mapper);
    assertThat(writer.writeToString(model)).contains("Caf\\u00E9");
    assertThat(ItomJson.reader(mapper).read(writer.writeToString(model))).isEqualTo(model);
    assertThat(mapper.getFactory().streamReadConstraints().getMaxNestingDepth())
        .isNotEqualTo(ItomJsonReader.DEFAULT_MAX_DEPTH);
    assertThat(mapper.getRegisteredModuleIds()).isEmpty();
  }

  @Test
  void yamlMapperRouteReadsAndWrites() throws Exception {
    YAMLMapper yaml = new YAMLMapper();
    String text = ItomYaml.writer(yaml).writeToString(REFERENCE);
    assertThat(ItomYaml.reader(yaml).read(text)).isEqualTo(REFERENCE);
    yaml.registerModule(new ItomModule());
    assertThat(yaml.readValue(text, OperatingModel.class)).isEqualTo(REFERENCE);
  }

  @Test
  void reportsAreWrittenWithCountsAndFindings() throws Exception {
    Report report =
        Report.of(
            List.of(
                Finding.of(
                    "core.owner",
                    Severity.WARNING,
                    "r2v.demand",
                    "/valueChains/0/stages/0",
                    "give the stage an owner"),
                Finding.ofModel("core.chains", Severity.ERROR, "", "add an order-to-cash chain")));
    String json = ItomJson.writer().compact().writeToString(report);
    assertThat(json)
        .isEqualTo(
            "{\"format\":\"itom-report/1\",\"counts\":{\"error\":1,\"warning\":1,\"info\":0},"
                + "\"findings\":["
                + "{\"rule\":\"core.chains\",\"severity\":\"error\",\"path\":\"\",\"message\":\"add"
                + " an order-to-cash chain\"},"
                + "{\"rule\":\"core.owner\",\"severity\":\"warning\",\"element\":\"r2v.demand\",\"path\":\"/valueChains/0/stages/0\",\"message\":\"give"
                + " the stage an owner\"}]}");
    ObjectMapper mapper = new ObjectMapper().registerModule(new ItomModule());
    assertThat(mapper.writeValueAsString(report)).isEqualTo(json);
    assertThat(ItomJson.writer().writeToString(Report.of(List.of())))
        .isEqualTo(
            "{\n  \"format\": \"itom-report/1\",\n  \"counts\": {\n    \"error\": 0,\n"
                + "    \"warning\": 0,\n    \"info\": 0\n  },\n  \"findings\": []\n}\n");
    assertThat(mapper.enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report))
        .contains("\"findings\"");
  }
}
