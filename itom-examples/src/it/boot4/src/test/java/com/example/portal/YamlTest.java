package com.example.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.itom.json.ItomYaml;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** application/yaml through the application's small converter over itom's YAML. */
@SpringBootTest
@AutoConfigureMockMvc
class YamlTest {
  private static final MediaType YAML = new MediaType("application", "yaml");

  @Autowired MockMvc mvc;

  @Test
  void aModelIsWrittenAndReadAsYaml() throws Exception {
    String yaml = ItomYaml.writer().writeToString(ModelController.MODEL);
    byte[] body =
        mvc.perform(get("/model").accept(YAML))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith(YAML))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo(yaml);
    mvc.perform(post("/model").contentType(YAML).content(yaml))
        .andExpect(status().isOk())
        .andExpect(content().string(ModelController.MODEL.id() + " with "
            + ModelController.MODEL.roles().size() + " roles"));
    // JSON stays the default
    mvc.perform(get("/model"))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
  }

  @Test
  void anInvalidOrAliasedYamlModelIsA400WithThePointer() throws Exception {
    mvc.perform(
            post("/model")
                .contentType(YAML)
                .content("format: itom/1\nid: m\nname: M\ncolour: red\n"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[0].pointer").value("/colour"))
        .andExpect(jsonPath("$.problems[0].line").value(4));
    mvc.perform(
            post("/model")
                .contentType(YAML)
                .content("format: itom/1\nid: &n m\nname: *n\n"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[0].pointer").value("/name"));
  }
}
