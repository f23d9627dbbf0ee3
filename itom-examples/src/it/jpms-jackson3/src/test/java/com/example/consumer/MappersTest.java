package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.itom.diff.ModelDiff;
import dev.itom.json.DiffJson;
import dev.itom.json.DiffJsonException;
import dev.itom.json.ItomJackson3Module;
import dev.itom.json.ItomJson;
import dev.itom.json.ItomJsonException;
import dev.itom.model.OperatingModel;
import dev.itom.templates.Templates;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

class MappersTest {
  private static final OperatingModel MODEL = Templates.referenceModel();
  private static final String CANONICAL = ItomJson.writer().compact().writeToString(MODEL);
  private static final ModelDiff DIFF = ModelDiff.between(MODEL, MODEL.withName("Renamed"));

  @Test
  void onlyJackson3DatabindIsOnTheModulePath() {
    assertTrue(ItomJackson3Module.class.getModule().isNamed());
    assertTrue(JsonMapper.class.getModule().isNamed());
    assertFalse(ModuleLayer.boot().findModule("com.fasterxml.jackson.databind").isPresent());
    assertTrue(ModuleLayer.boot().findModule("com.fasterxml.jackson.core").isPresent());
  }

  @Test
  void modelsGoThroughStrictly() {
    JsonMapper mapper = Mappers.jackson3();
    assertEquals(CANONICAL, mapper.writeValueAsString(MODEL));
    assertEquals(MODEL, mapper.readValue(CANONICAL, OperatingModel.class));
    // strict although Jackson 3 ignores unknown properties by default
    DatabindException e =
        assertThrows(
            DatabindException.class,
            () ->
                mapper.readValue(
                    "{\"format\":\"itom/1\",\"id\":\"m\",\"name\":\"M\",\"x\":1}",
                    OperatingModel.class));
    ItomJsonException itom = assertInstanceOf(ItomJsonException.class, e.getCause());
    assertEquals("/x", itom.problems().get(0).pointer());
  }

  @Test
  void diffsGoThroughTheMapperAndDiffJsonWithoutDatabind2() {
    JsonMapper mapper = Mappers.jackson3();
    String json = DiffJson.write(DIFF);
    assertEquals(DIFF, DiffJson.read(json));
    assertEquals(DIFF, mapper.readValue(mapper.writeValueAsString(DIFF), ModelDiff.class));
    assertEquals(DIFF, mapper.readValue(json, ModelDiff.class));
    DatabindException e =
        assertThrows(
            DatabindException.class,
            () -> mapper.readValue(json.replace("\"op\"", "\"x\" : 1, \"op\""), ModelDiff.class));
    assertEquals(
        "/changes/0/x", assertInstanceOf(DiffJsonException.class, e.getCause()).pointer());
  }
}
