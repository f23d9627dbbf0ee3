/**
 * itom json: the versioned {@code itom/1} JSON and YAML format of an operating model. A Jackson
 * module for Jackson 2 ({@link dev.itom.json.ItomModule}) and for Jackson 3 ({@link
 * dev.itom.json.ItomJackson3Module}), a strict reader and a canonical writer ({@link
 * dev.itom.json.ItomJson}, {@link dev.itom.json.ItomYaml}) and the JSON Schema of the format.
 */
module dev.itom.json {
  requires transitive dev.itom.core;
  requires transitive com.fasterxml.jackson.core;
  // the two Jackson lines' modules: each needed only by the application that uses it, which
  // requires it itself; not transitive, which would make every consumer's compilation need both
  requires static com.fasterxml.jackson.databind;
  requires static tools.jackson.databind;
  requires static com.fasterxml.jackson.dataformat.yaml;
  requires static org.jspecify;

  exports dev.itom.json;

// No "provides" for the two modules: a module may provide only services it reads, so providing
// both would make the module path demand both databind lines. On the class path (Spring Boot)
// the service loader finds them by META-INF/services; on the module path they are added by hand.
}
