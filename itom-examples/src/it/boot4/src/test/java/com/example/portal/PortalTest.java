package com.example.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.itom.json.DiffJson;
import dev.itom.json.ItomJson;
import dev.itom.rules.Rules;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class PortalTest {
  private static final String CANONICAL =
      ItomJson.writer().compact().writeToString(ModelController.MODEL);

  @Autowired MockMvc mvc;

  @Autowired tools.jackson.databind.json.JsonMapper mapper;

  @Test
  void jsonIsMappedByJackson3WithItomsModuleFoundByItself() {
    // jackson-databind 2 is on the class path only for YAML (jackson-dataformat-yaml brings it);
    // Spring Boot 4 maps JSON with Jackson 3 and found itom's module for it with no configuration
    org.junit.jupiter.api.Assertions.assertTrue(
        mapper.registeredModules().stream()
            .anyMatch(module -> module instanceof dev.itom.json.ItomJackson3Module));
  }

  @Test
  void getReturnsTheCanonicalDocument() throws Exception {
    byte[] body =
        mvc.perform(get("/model"))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(body).isEqualTo(CANONICAL.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void postReadsAModel() throws Exception {
    mvc.perform(
            post("/model")
                .contentType(MediaType.APPLICATION_JSON)
                .content(ItomJson.writer().writeToString(ModelController.MODEL)))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    ModelController.MODEL.id()
                        + " with "
                        + ModelController.MODEL.roles().size()
                        + " roles"));
  }

  @Test
  void anInvalidModelIsA400WithTheProblems() throws Exception {
    String invalid =
        "{\"format\":\"itom/1\",\"id\":\"m\",\"name\":\"M\",\n"
            + "\"roles\":[{\"id\":\"a\",\"name\":\"A\"},{\"id\":\"a\",\"name\":\"B\"},{\"id\":\"c\"}]}";
    mvc.perform(post("/model").contentType(MediaType.APPLICATION_JSON).content(invalid))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.detail").value("the body is not a valid itom/1 model"))
        .andExpect(jsonPath("$.problems[0].pointer").value("/roles/2"))
        .andExpect(jsonPath("$.problems[0].code").value("missing-field"))
        .andExpect(jsonPath("$.problems[0].line").value(2))
        .andExpect(jsonPath("$.problems.length()").value(1));
  }

  @Test
  void aBrokenInvariantAndBrokenJsonAre400sToo() throws Exception {
    String duplicate =
        "{\"format\":\"itom/1\",\"id\":\"m\",\"name\":\"M\",\n"
            + "\"roles\":[{\"id\":\"a\",\"name\":\"A\"},{\"id\":\"a\",\"name\":\"B\"}]}";
    mvc.perform(post("/model").contentType(MediaType.APPLICATION_JSON).content(duplicate))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[0].pointer").value("/roles/1/id"))
        .andExpect(jsonPath("$.problems[0].line").value(2));
    mvc.perform(post("/model").contentType(MediaType.APPLICATION_JSON).content("{\"format\":"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[0].code").value("truncated"));
  }

  @Test
  void aModelNestedInARecordIsWrittenAndRead() throws Exception {
    String body =
        mvc.perform(get("/portal"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(body).isEqualTo("{\"title\":\"IT\",\"model\":" + CANONICAL + "}");
    mvc.perform(post("/portal").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isOk())
        .andExpect(content().string("IT: " + ModelController.MODEL.id()));
  }

  @Test
  void aReportIsWrittenInItsFormat() throws Exception {
    mvc.perform(get("/report"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .json(
                    ItomJson.writer()
                        .compact()
                        .writeToString(Rules.standard().check(ModelController.MODEL)),
                    org.springframework.test.json.JsonCompareMode.STRICT))
        .andExpect(jsonPath("$.format").value("itom-report/1"));
  }

  @Test
  void anUnknownFieldIsA400ThoughSpringIgnoresUnknownProperties() throws Exception {
    String unknown =
        "{\"format\":\"itom/1\",\"id\":\"m\",\"name\":\"M\",\n\"colour\":\"red\"}";
    mvc.perform(post("/model").contentType(MediaType.APPLICATION_JSON).content(unknown))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[0].pointer").value("/colour"))
        .andExpect(jsonPath("$.problems[0].code").value("unknown-field"))
        .andExpect(jsonPath("$.problems[0].line").value(2))
        .andExpect(jsonPath("$.problems.length()").value(1));
    mvc.perform(
            post("/portal")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"IT\",\"model\":" + unknown + "}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[0].pointer").value("/colour"));
  }

  @Test
  void diffsAndMergesAreWrittenAsItomDiffAndDiffsRead() throws Exception {
    String diff = DiffJson.write(ModelController.RENAME);
    mvc.perform(get("/diff"))
        .andExpect(status().isOk())
        .andExpect(content().json(diff, org.springframework.test.json.JsonCompareMode.STRICT));
    mvc.perform(post("/diff").contentType(MediaType.APPLICATION_JSON).content(diff))
        .andExpect(status().isOk())
        .andExpect(content().string("Renamed"));
    mvc.perform(get("/merge"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .json(
                    DiffJson.write(ModelController.MERGE),
                    org.springframework.test.json.JsonCompareMode.STRICT))
        .andExpect(jsonPath("$.clean").value(false))
        .andExpect(jsonPath("$.conflicts[0].pointer").value("/name"));
    String review =
        mvc.perform(get("/review"))
            .andExpect(status().isOk())
            .andExpect(
                content()
                    .json(
                        "{\"title\":\"rename\",\"diff\":" + diff + "}",
                        org.springframework.test.json.JsonCompareMode.STRICT))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    mvc.perform(post("/review").contentType(MediaType.APPLICATION_JSON).content(review))
        .andExpect(status().isOk())
        .andExpect(content().string("rename: 1 change"));
  }

  @Test
  void aDiffWithAnUnknownFieldIsA400WithThePointer() throws Exception {
    String bad = DiffJson.write(ModelController.RENAME).replace("\"op\"", "\"colour\" : 1, \"op\"");
    mvc.perform(post("/diff").contentType(MediaType.APPLICATION_JSON).content(bad))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("the body is not a valid itom-diff/1 diff"))
        .andExpect(jsonPath("$.problems[0].pointer").value("/changes/0/colour"));
  }
}
