/**
 * itom json: the versioned {@code itom/1} JSON and YAML format of an operating model. A Jackson
 * module for Jackson 2 ({@link dev.itom.json.ItomModule}) and for Jackson 3 ({@link
 * dev.itom.json.ItomJackson3Module}), a strict reader and a canonical writer ({@link
 * dev.itom.json.ItomJson}, {@link dev.itom.json.ItomYaml}) and the JSON Schema of the format.
 */
module dev.itom.json {
  requires transitive dev.itom.core;
  requires transitive com.fasterxml.jackson.core;
  // the two Jackson lines' modules: each needed only by the application that uses it
  requires static transitive com.fasterxml.jackson.databind;
  requires static transitive tools.jackson.databind;
  requires static com.fasterxml.jackson.dataformat.yaml;
  requires static org.jspecify;

  exports dev.itom.json;

  provides com.fasterxml.jackson.databind.Module with
      dev.itom.json.ItomModule;
  provides tools.jackson.databind.JacksonModule with
      dev.itom.json.ItomJackson3Module;
}
