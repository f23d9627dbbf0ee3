package com.example.consumer;

import dev.itom.json.ItomJackson3Module;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mapper a user builds on the module path, where a module provides no service of a module it
 * may not have: itom's Jackson 3 module is added by hand.
 */
public final class Mappers {
  private Mappers() {}

  /** A Jackson 3 mapper with itom's module. */
  public static JsonMapper jackson3() {
    return JsonMapper.builder().addModule(new ItomJackson3Module()).build();
  }
}
