package dev.itom.render;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Runs a renderer that writes to an {@link Appendable} and returns what it wrote as a string. */
final class InMemory {
  private InMemory() {}

  /** Writes to an {@link Appendable}. */
  @FunctionalInterface
  interface Writing {
    void writeTo(StringBuilder out) throws IOException;
  }

  static String render(int expectedLength, Writing writing) {
    StringBuilder out = new StringBuilder(expectedLength);
    try {
      writing.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not throw
    }
    return out.toString();
  }
}
