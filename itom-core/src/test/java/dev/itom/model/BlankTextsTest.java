package dev.itom.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.itom.internal.Texts;
import dev.itom.testing.NonBlankTexts;
import org.junit.jupiter.api.Test;

/**
 * Every text that must not be blank is refused when it is made only of any one white space
 * character (or of several), and accepted with one more character that is not white space.
 */
class BlankTextsTest {

  @Test
  void eachWhiteSpaceCharacterAloneIsBlankEverywhere() {
    int spaces = 0;
    for (int c = 0; c <= 0xFFFF; c++) {
      if (!Texts.isSpace(c)) {
        continue;
      }
      spaces++;
      String space = String.valueOf((char) c);
      InvalidModelException refused =
          catchThrowableOfType(InvalidModelException.class, NonBlankTexts.everywhere(space)::build);
      assertThat(refused).as("U+%04X alone", c).isNotNull();
      assertThat(refused.violations())
          .as("U+%04X alone", c)
          .extracting(Violation::pointer)
          .map(p -> p.startsWith("/roles/0/properties/") ? "/roles/0/properties/" : p)
          .containsExactlyInAnyOrderElementsOf(NonBlankTexts.POINTERS);
      assertThat(NonBlankTexts.everywhere(space + "x" + space).build().name())
          .isEqualTo(space + "x" + space);
    }
    assertThat(spaces).isEqualTo(30);
  }

  @Test
  void allWhiteSpaceTogetherIsBlankToo() {
    StringBuilder all = new StringBuilder();
    for (int c = 0; c <= 0xFFFF; c++) {
      if (Texts.isSpace(c)) {
        all.append((char) c);
      }
    }
    InvalidModelException refused =
        catchThrowableOfType(
            InvalidModelException.class, NonBlankTexts.everywhere(all.toString())::build);
    assertThat(refused.violations()).hasSize(NonBlankTexts.POINTERS.size());
    assertThat(refused.violations())
        .extracting(Violation::code)
        .containsOnly("blank-name", "blank-key", "blank-question", "blank-framework", "blank-ref");
  }
}
