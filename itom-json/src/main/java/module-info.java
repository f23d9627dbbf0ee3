/**
 * itom json: the versioned {@code itom/1} JSON and YAML format of an operating model. A Jackson
 * module ({@link dev.itom.json.ItomModule}), a strict reader and a canonical writer ({@link
 * dev.itom.json.ItomJson}, {@link dev.itom.json.ItomYaml}) and the JSON Schema of the format.
 */
module dev.itom.json {
  requires transitive dev.itom.core;
  requires transitive com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;
  requires static com.fasterxml.jackson.dataformat.yaml;
  requires static org.jspecify;

  exports dev.itom.json;

  provides com.fasterxml.jackson.databind.Module with
      dev.itom.json.ItomModule;
}
