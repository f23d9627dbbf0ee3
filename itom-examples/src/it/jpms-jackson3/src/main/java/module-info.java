/** A consumer of itom on the module path with Jackson 3 databind only. */
module com.example.consumer {
  requires dev.itom.json;
  requires tools.jackson.databind;

  exports com.example.consumer;
}
