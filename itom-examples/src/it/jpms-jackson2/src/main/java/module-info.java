/** A consumer of itom on the module path with Jackson 2 databind only. */
module com.example.consumer {
  requires dev.itom.json;
  requires com.fasterxml.jackson.databind;

  exports com.example.consumer;
}
