package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.itom.json.ItomJson;
import dev.itom.json.ItomJsonException;
import dev.itom.json.ItomModule;
import dev.itom.model.OperatingModel;
import dev.itom.templates.Templates;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

class MappersTest {
  private static final OperatingModel MODEL = Templates.referenceModel();
  private static final String CANONICAL = ItomJson.writer().compact().writeToString(MODEL);
  private static final String INVALID =
      "{\"format\":\"itom/1\",\"id\":\"m\",\"name\":\"M\",\"roles\":[{\"id\":\"r\"}]}";

  @Test
  void theLowestVersionsRunOnTheModulePath() {
    assertTrue(ItomModule.class.getModule().isNamed());
    assertTrue(ObjectMapper.class.getModule().isNamed());
    assertEquals("2.18.2", com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString());
    assertEquals("2.18.2", com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString());
    assertEquals("3.0.0", tools.jackson.databind.cfg.PackageVersion.VERSION.toString());
  }

  @Test
  void jackson2ReadsAndWritesTheFormat() throws Exception {
    ObjectMapper mapper = Mappers.jackson2();
    assertEquals(CANONICAL, mapper.writeValueAsString(MODEL));
    assertEquals(MODEL, mapper.readValue(CANONICAL, OperatingModel.class));
    JsonMappingException e =
        assertThrows(
            JsonMappingException.class, () -> mapper.readValue(INVALID, OperatingModel.class));
    ItomJsonException itom = assertInstanceOf(ItomJsonException.class, e.getCause());
    assertEquals("/roles/0", itom.problems().get(0).pointer());
  }

  @Test
  void jackson3ReadsAndWritesTheFormat() {
    JsonMapper mapper = Mappers.jackson3();
    assertEquals(CANONICAL, mapper.writeValueAsString(MODEL));
    assertEquals(MODEL, mapper.readValue(CANONICAL, OperatingModel.class));
    DatabindException e =
        assertThrows(DatabindException.class, () -> mapper.readValue(INVALID, OperatingModel.class));
    ItomJsonException itom = assertInstanceOf(ItomJsonException.class, e.getCause());
    assertEquals("/roles/0", itom.problems().get(0).pointer());
  }

  @Test
  void theReaderAndWriterWorkWithoutAMapper() {
    assertEquals(MODEL, ItomJson.reader().read(CANONICAL));
  }
}
