/** A consumer of itom on the module path, with both Jackson lines. */
module com.example.consumer {
  requires dev.itom.json;
  requires com.fasterxml.jackson.databind;
  requires tools.jackson.databind;

  exports com.example.consumer;
}
