package dev.itom.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RatiosTest {

  @Test
  void ratioCarriesBothErrors() {
    Ratios.Score ratio = new Ratios.Score(10, 1).over(new Ratios.Score(5, 0.5));
    assertThat(ratio.value()).isEqualTo(2.0);
    assertThat(ratio.error()).isCloseTo(2 * Math.sqrt(0.02), within(1e-12));
  }

  @Test
  void printsOneRowPerSizeAndOperation() {
    Map<String, Ratios.Score> times =
        Map.of(
            "JsonBenchmark.readItom@1000", new Ratios.Score(3, 0.3),
            "JsonBenchmark.readLimit@1000", new Ratios.Score(2, 0),
            "JsonBenchmark.readDatabind@1000", new Ratios.Score(6, 0));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Ratios.print(
        new PrintStream(bytes, true, StandardCharsets.UTF_8), times, Map.of(), List.of(1000));
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(text)
        .contains(
            "| 1k | read | 3.000 ± 0.300 | 2.000 ± 0.000 | 6.000 ± 0.000 | **1.50 ± 0.15** | **0.50"
                + " ± 0.05** |")
        .doesNotContain("| 1k | write |");
  }
}
