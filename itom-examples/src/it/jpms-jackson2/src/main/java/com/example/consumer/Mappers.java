package com.example.consumer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.itom.json.ItomModule;

/**
 * The mapper a user builds on the module path, where a module provides no service of a module it
 * may not have: itom's Jackson 2 module is registered by hand.
 */
public final class Mappers {
  private Mappers() {}

  /** A Jackson 2 mapper with itom's module, ignoring unknown properties as Spring Boot's does. */
  public static ObjectMapper jackson2() {
    return new ObjectMapper()
        .registerModule(new ItomModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }
}
