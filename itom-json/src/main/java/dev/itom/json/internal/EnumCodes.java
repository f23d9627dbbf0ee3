package dev.itom.json.internal;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The external spellings of one enum, matched against the parser's character buffer without
 * creating a string: the enums are small, so a scan comparing lengths first is cheapest.
 *
 * @param <E> the enum
 */
final class EnumCodes<E extends Enum<E>> {
  private final E[] values;
  private final char[][] codes;
  private final String allowed;

  EnumCodes(E[] values, Function<E, String> code, String allowed) {
    this.values = values;
    this.codes = new char[values.length][];
    for (int i = 0; i < values.length; i++) {
      codes[i] = code.apply(values[i]).toCharArray();
    }
    this.allowed = allowed;
  }

  /** Returns the constant spelled by {@code length} characters at {@code offset}, or null. */
  @Nullable E match(char[] buffer, int offset, int length) {
    outer:
    for (int i = 0; i < codes.length; i++) {
      char[] code = codes[i];
      if (code.length != length) {
        continue;
      }
      for (int j = 0; j < length; j++) {
        if (code[j] != buffer[offset + j]) {
          continue outer;
        }
      }
      return values[i];
    }
    return null;
  }

  /** Returns the allowed spellings, separated by a comma and a space. */
  String allowed() {
    return allowed;
  }
}
