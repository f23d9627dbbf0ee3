package com.example.portal;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.itom.json.ItomJackson3Module;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The one bean that opts into lenient reading: an unknown field of a model is skipped. */
@SpringBootTest
@AutoConfigureMockMvc
class LenientPortalTest {
  @TestConfiguration
  static class Lenient {
    @Bean
    ItomJackson3Module itomModule() {
      return ItomJackson3Module.lenient();
    }
  }

  @Autowired MockMvc mvc;

  @Test
  void theLenientModuleReplacesTheOneFoundAndSkipsUnknownFields() throws Exception {
    mvc.perform(
            post("/model")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"format\":\"itom/1\",\"id\":\"m\",\"name\":\"M\",\"colour\":\"red\"}"))
        .andExpect(status().isOk())
        .andExpect(content().string("m with 0 roles"));
  }
}
