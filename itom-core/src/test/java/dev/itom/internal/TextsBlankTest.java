package dev.itom.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What blank means: a character is white space when Java, Unicode or ECMAScript counts it so, and
 * the fixed list in {@link Texts#isSpace} is exactly that union on this JDK.
 */
class TextsBlankTest {
  private static final Pattern UNICODE_WHITE_SPACE = Pattern.compile("\\p{IsWhite_Space}");

  /** ECMAScript's WhiteSpace and LineTerminator, which its {@code \s} matches. */
  private static boolean ecmaScriptSpace(int c) {
    return c == 0x09
        || c == 0x0B
        || c == 0x0C
        || c == 0xFEFF
        || Character.getType(c) == Character.SPACE_SEPARATOR
        || c == 0x0A
        || c == 0x0D
        || c == 0x2028
        || c == 0x2029;
  }

  /** Python's {@code str.isspace}: bidirectional class WS, B or S, or category Zs. */
  private static boolean pythonSpace(int c) {
    byte direction = Character.getDirectionality(c);
    return direction == Character.DIRECTIONALITY_WHITESPACE
        || direction == Character.DIRECTIONALITY_PARAGRAPH_SEPARATOR
        || direction == Character.DIRECTIONALITY_SEGMENT_SEPARATOR
        || Character.getType(c) == Character.SPACE_SEPARATOR;
  }

  @Test
  void whiteSpaceIsTheUnionOfJavaUnicodeEcmaScriptAndPython() {
    List<String> differ = new ArrayList<>();
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      boolean expected =
          Character.isWhitespace(c)
              || Character.isSpaceChar(c)
              || UNICODE_WHITE_SPACE.matcher(Character.toString(c)).matches()
              || ecmaScriptSpace(c)
              || pythonSpace(c);
      if (Texts.isSpace(c) != expected) {
        differ.add(String.format("U+%04X", c));
      }
    }
    assertThat(differ)
        .as("white space on this JDK (Unicode %s) but not in the fixed list, or the other way")
        .isEmpty();
  }

  @Test
  void theListHoldsTheNoBreakSpacesAndTheByteOrderMarkButNoZeroWidthCharacters() {
    for (int c : new int[] {0x20, 0xA0, 0x2007, 0x202F, 0x3000, 0xFEFF, 0x85, 0x1C, 0x2028}) {
      assertThat(Texts.isSpace(c)).as("U+%04X", c).isTrue();
    }
    for (int c : new int[] {0x200B, 0x200C, 0x200D, 0x2060, 0x180E, 0x00, 0x7F, 0x1F600}) {
      assertThat(Texts.isSpace(c)).as("U+%04X", c).isFalse();
    }
  }

  @Test
  void blankIsEmptyOrOnlyWhiteSpace() {
    assertThat(Texts.isBlank("")).isTrue();
    assertThat(Texts.isBlank(" \t\u00A0\u2007\u202F\u3000\uFEFF\u0085")).isTrue();
    assertThat(Texts.isBlank("\u00A0x\u00A0")).isFalse();
    assertThat(Texts.isBlank("\u200B")).isFalse();
    assertThat(Texts.isBlank("\uD800")).isFalse();
    assertThat(Texts.isBlank("\uD83D\uDE80")).isFalse();
  }
}
