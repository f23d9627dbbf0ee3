/**
 * itom core: the immutable IT operating model ({@code dev.itom.model}), its fluent builder and
 * invariants; diffs and three-way merges of models ({@code dev.itom.diff}).
 */
@SuppressWarnings("module") // the qualified export names a module compiled after this one
module dev.itom.core {
  requires transitive com.google.common;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;
  // The ArchiMate exchange format is read and validated with the JDK's StAX and XML schemas.
  requires java.xml;
  requires static transitive org.jspecify;

  exports dev.itom.archimate;
  exports dev.itom.diff;
  exports dev.itom.model;
  exports dev.itom.render;
  exports dev.itom.rules;
  exports dev.itom.templates;
  // itom's own helpers for messages and pointers: for itom's modules, not for users.
  exports dev.itom.internal to
      dev.itom.json;
  // The model's all-attribute element factory, for itom-json's readers: not for users.
  exports dev.itom.model.access to
      dev.itom.json;
}
