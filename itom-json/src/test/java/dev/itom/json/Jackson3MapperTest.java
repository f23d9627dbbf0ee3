package dev.itom.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.itom.model.OperatingModel;
import dev.itom.rules.Finding;
import dev.itom.rules.Report;
import dev.itom.rules.Severity;
import dev.itom.templates.Templates;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson 3 module through plain Jackson 3 mappers, as Spring Boot 4 configures them. */
public class Jackson3MapperTest {
  private static final OperatingModel REFERENCE = Templates.referenceModel();

  /** Jackson 3's defaults, as Spring Boot 4 keeps them, with the module. */
  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(new ItomJackson3Module()).build();

  /** A user's own value that holds a model. */
  public record Portal(String title, OperatingModel model) {}

  @Test
  void theModuleIsAServiceOnTheClassPathAndWritesTheCanonicalCompactDocument() throws Exception {
    // these tests run on the module path, where dev.itom.json provides no service (it may lack
    // either databind): the class path's service file is checked here, Spring Boot 4 finds it
    try (var in =
        ItomJackson3Module.class
            .getModule()
            .getResourceAsStream("META-INF/services/tools.jackson.databind.JacksonModule")) {
      assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim())
          .isEqualTo(ItomJackson3Module.class.getName());
    }
    assertThat(MAPPER.registeredModules())
        .anySatisfy(module -> assertThat(module).isInstanceOf(ItomJackson3Module.class));
    String json = MAPPER.writeValueAsString(REFERENCE);
    assertThat(json).isEqualTo(ItomJson.writer().compact().writeToString(REFERENCE));
    assertThat(MAPPER.readValue(json, OperatingModel.class)).isEqualTo(REFERENCE);
  }

  @Test
  void aModelNestedInAUsersRecordIsWrittenAndRead() {
    Portal portal = new Portal("IT", REFERENCE);
    String json = MAPPER.writeValueAsString(portal);
    assertThat(json)
        .startsWith(
            "{\"title\":\"IT\",\"model\":" + ItomJson.writer().compact().writeToString(REFERENCE))
        .endsWith("}");
    // the parts are written alone too (a model is the only type read)
    assertThat(MAPPER.writeValueAsString(REFERENCE.roles().subList(0, 1)))
        .isEqualTo("[{\"id\":\"cio\",\"name\":\"Chief information officer\"}]");
    assertThat(MAPPER.readValue(json, Portal.class).model()).isEqualTo(REFERENCE);
  }

  @Test
  void anInvalidModelFailsWithEveryProblemAsData() {
    String json =
        "{\"title\":\"IT\",\"model\":{\"format\":\"itom/1\",\"id\":\"m\",\"name\":\"M\",\n"
            + "\"x\":1,\"roles\":[{\"id\":\"r\"}]}}";
    // Jackson 3 switches FAIL_ON_UNKNOWN_PROPERTIES off by default; the module reads strictly still
    assertThat(MAPPER.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isFalse();
    DatabindException e =
        catchThrowableOfType(DatabindException.class, () -> MAPPER.readValue(json, Portal.class));
    assertThat(e).hasRootCauseInstanceOf(ItomJsonException.class);
    ItomJsonException itom = (ItomJsonException) e.getCause();
    assertThat(itom.problems())
        .extracting(Problem::pointer, Problem::code, Problem::line, Problem::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/x", "unknown-field", 2, 1),
            org.assertj.core.groups.Tuple.tuple("/roles/0", "missing-field", 2, 16));
  }

  @Test
  void badInputGivesTheSameProblemsAsThroughJackson2() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper jackson2 =
        new com.fasterxml.jackson.databind.ObjectMapper().registerModule(new ItomModule());
    JsonMapper strict =
        MAPPER.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    for (String bad :
        List.of(
            "{\"format\":\"itom/1\",\"id\":\"m\"",
            "{\"format\":\"itom/1\",\"id\":m}",
            "{\"format\":\"itom/2\",\"id\":\"m\",\"name\":\"M\"}",
            "{\"format\":\"itom/1\",\"id\":\"m\",\"name\":\"M\",\"id\":\"n\",\n\"roles\":7}",
            "{\"format\":\"itom/1\",\"id\":\"m\",\"name\":\"M\",\"roles\":[{\"id\":\"a\","
                + "\"name\":\"A\"},{\"id\":\"a\",\"name\":\"B\"}]}")) {
      ItomJsonException viaJackson3 =
          (ItomJsonException)
              catchThrowableOfType(
                      DatabindException.class, () -> strict.readValue(bad, OperatingModel.class))
                  .getCause();
      ItomJsonException viaJackson2 =
          (ItomJsonException)
              catchThrowableOfType(
                      com.fasterxml.jackson.databind.JsonMappingException.class,
                      () -> jackson2.readValue(bad, OperatingModel.class))
                  .getCause();
      assertThat(viaJackson3.problems()).as(bad).isEqualTo(viaJackson2.problems()).isNotEmpty();
    }
  }

  @Test
  void onlyTheLenientModuleSkipsUnknownFieldsAndAPrettyMapperIndents() {
    String unknown = "{\"format\":\"itom/1\",\"id\":\"m\",\"name\":\"M\",\"x\":1}";
    // added last: Jackson 3 keeps the last module of an id (after findAndAddModules() on the class
    // path, or Spring Boot 4's, the same)
    JsonMapper lenient =
        JsonMapper.builder()
            .addModule(new ItomJackson3Module())
            .addModule(ItomJackson3Module.lenient())
            .build();
    assertThat(lenient.readValue(unknown, OperatingModel.class).id()).isEqualTo("m");
    assertThat(lenient.registeredModules())
        .filteredOn(module -> module instanceof ItomJackson3Module)
        .singleElement()
        .satisfies(module -> assertThat(((ItomJackson3Module) module).isLenient()).isTrue());
    JsonMapper pretty = MAPPER.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
    String json = pretty.writeValueAsString(REFERENCE);
    assertThat(json).startsWith("{\n  \"format\" : \"itom/1\",");
    assertThat(MAPPER.readValue(json, OperatingModel.class)).isEqualTo(REFERENCE);
  }

  @Test
  void reportsAreWrittenInTheirFormat() {
    Report report =
        Report.of(
            List.of(
                Finding.ofModel("core.chains", Severity.ERROR, "", "add an order-to-cash chain")));
    assertThat(MAPPER.writeValueAsString(report))
        .isEqualTo(ItomJson.writer().compact().writeToString(report));
  }
}
