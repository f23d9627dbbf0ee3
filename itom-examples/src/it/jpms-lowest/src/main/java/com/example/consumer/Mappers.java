package com.example.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The two mappers a user builds, each finding itom's module by the service loader. */
public final class Mappers {
  private Mappers() {}

  /** A Jackson 2 mapper with every module on the module path. */
  public static ObjectMapper jackson2() {
    return new ObjectMapper().findAndRegisterModules();
  }

  /** A Jackson 3 mapper with every module on the module path. */
  public static JsonMapper jackson3() {
    return JsonMapper.builder().findAndAddModules().build();
  }
}
