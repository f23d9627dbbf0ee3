package com.example.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.itom.json.ItomJackson3Module;
import dev.itom.json.ItomModule;
import tools.jackson.databind.json.JsonMapper;

/** The two mappers a user builds on the module path, each with itom's module for its line. */
public final class Mappers {
  private Mappers() {}

  /** A Jackson 2 mapper with itom's module. */
  public static ObjectMapper jackson2() {
    return new ObjectMapper().registerModule(new ItomModule());
  }

  /** A Jackson 3 mapper with itom's module. */
  public static JsonMapper jackson3() {
    return JsonMapper.builder().addModule(new ItomJackson3Module()).build();
  }
}
