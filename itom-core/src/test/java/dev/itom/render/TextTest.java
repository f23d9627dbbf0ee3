package dev.itom.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {
  @Test
  void oneLineFoldsWhiteSpace() {
    assertThat(Text.oneLine("  a\n\tb \r\n c\u00a0 ")).isEqualTo("a b c");
  }

  @Test
  void wrapKeepsWordsAndShortensWithAnEllipsis() {
    Text.Wrapped fits = Text.wrap("Capture demand", 200, 12, false, 3);
    assertThat(fits.lines).containsExactly("Capture demand");
    assertThat(fits.shortened).isFalse();

    Text.Wrapped two = Text.wrap("Collect and report the benefit", 110, 12, true, 3);
    assertThat(two.lines).hasSizeGreaterThan(1);
    assertThat(String.join(" ", two.lines)).isEqualTo("Collect and report the benefit");
    assertThat(two.shortened).isFalse();

    String longName = "word ".repeat(100).trim();
    Text.Wrapped cut = Text.wrap(longName, 100, 12, false, 3);
    assertThat(cut.lines).hasSize(3);
    assertThat(cut.lines.get(2)).endsWith(Text.ELLIPSIS);
    assertThat(cut.shortened).isTrue();
    for (String line : cut.lines) {
      assertThat(Text.width(line, 12, false)).isLessThanOrEqualTo(100);
    }
  }

  @Test
  void wrapBreaksWordsLongerThanALine() {
    Text.Wrapped wrapped = Text.wrap("x".repeat(60), 100, 12, false, 5);
    assertThat(String.join("", wrapped.lines)).isEqualTo("x".repeat(60));
    for (String line : wrapped.lines) {
      assertThat(Text.width(line, 12, false)).isLessThanOrEqualTo(100);
    }
  }

  @Test
  void wrapNeverSplitsASurrogatePair() {
    Text.Wrapped wrapped = Text.wrap("\ud83d\ude00".repeat(40), 60, 12, false, 2);
    for (String line : wrapped.lines) {
      assertThat(Character.isLowSurrogate(line.charAt(0))).isFalse();
      assertThat(Character.isHighSurrogate(line.charAt(line.length() - 1))).isFalse();
    }
  }

  @Test
  void numbersAreLocaleFree() {
    assertThat(Text.num(12)).isEqualTo("12");
    assertThat(Text.num(12.25)).isEqualTo("12.3");
    assertThat(Text.num(-0.5)).isEqualTo("-0.5");
    assertThat(Text.num(1234567.04)).isEqualTo("1234567");
  }
}
