package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.itom.diff.ModelDiff;
import dev.itom.json.DiffJson;
import dev.itom.json.DiffJsonException;
import dev.itom.json.ItomJson;
import dev.itom.json.ItomJsonException;
import dev.itom.json.ItomModule;
import dev.itom.json.JsonPatch;
import dev.itom.model.OperatingModel;
import dev.itom.templates.Templates;
import org.junit.jupiter.api.Test;

class MappersTest {
  private static final OperatingModel MODEL = Templates.referenceModel();
  private static final String CANONICAL = ItomJson.writer().compact().writeToString(MODEL);
  private static final OperatingModel RENAMED = MODEL.withName("Renamed");
  private static final ModelDiff DIFF = ModelDiff.between(MODEL, RENAMED);

  @Test
  void onlyJackson2DatabindIsOnTheModulePath() {
    assertTrue(ItomModule.class.getModule().isNamed());
    assertTrue(ObjectMapper.class.getModule().isNamed());
    assertFalse(ModuleLayer.boot().findModule("tools.jackson.databind").isPresent());
  }

  @Test
  void modelsGoThroughStrictly() throws Exception {
    ObjectMapper mapper = Mappers.jackson2();
    assertEquals(CANONICAL, mapper.writeValueAsString(MODEL));
    assertEquals(MODEL, mapper.readValue(CANONICAL, OperatingModel.class));
    JsonMappingException e =
        assertThrows(
            JsonMappingException.class,
            () ->
                mapper.readValue(
                    "{\"format\":\"itom/1\",\"id\":\"m\",\"name\":\"M\",\"x\":1}",
                    OperatingModel.class));
    ItomJsonException itom = assertInstanceOf(ItomJsonException.class, e.getCause());
    assertEquals("/x", itom.problems().get(0).pointer());
  }

  @Test
  void diffsAndPatchesGoThrough() throws Exception {
    ObjectMapper mapper = Mappers.jackson2();
    String json = DiffJson.write(DIFF);
    assertEquals(json, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(DIFF) + "\n");
    assertEquals(DIFF, mapper.readValue(json, ModelDiff.class));
    JsonMappingException e =
        assertThrows(
            JsonMappingException.class,
            () -> mapper.readValue(json.replace("\"op\"", "\"x\" : 1, \"op\""), ModelDiff.class));
    assertEquals(
        "/changes/0/x", assertInstanceOf(DiffJsonException.class, e.getCause()).pointer());
    assertTrue(JsonPatch.between(MODEL, RENAMED).contains("\"replace\""));
  }
}
