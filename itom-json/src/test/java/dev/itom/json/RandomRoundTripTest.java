package dev.itom.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itom.model.OperatingModel;
import dev.itom.testing.SampleModels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Random models of every shape ({@link SampleModels#random(long)}: unicode, control characters,
 * U+2028, markup, extreme decimals, long ids) round-trip through JSON and YAML to equal models and
 * byte-identical canonical text: write, read, write again gives the same bytes.
 *
 * <p>Seeds {@code itom.random.seed} (default 0) up to {@code itom.random.count} (default 10,000)
 * more, one dynamic test per batch of {@value #BATCH} seeds. A failure names every failing seed;
 * {@code -Ditom.random.seed=S -Ditom.random.count=1} replays one. The long run is {@code mvn -B -pl
 * itom-json test -Dtest=RandomRoundTripTest -Ditom.random.count=1000000}.
 */
class RandomRoundTripTest {
  private static final int BATCH = 1_000;
  private static final int MAX_REPORTED = 10;

  static long firstSeed() {
    return Long.getLong("itom.random.seed", 0L);
  }

  static long count() {
    return Long.getLong("itom.random.count", 10_000L);
  }

  @TestFactory
  Stream<DynamicTest> randomModelsRoundTripThroughJsonAndYaml() {
    long first = firstSeed();
    long count = count();
    return LongStream.iterate(first, start -> start < first + count, start -> start + BATCH)
        .mapToObj(
            start -> {
              long end = Math.min(start + BATCH, first + count);
              return DynamicTest.dynamicTest(
                  "seeds " + start + ".." + (end - 1), () -> checkSeeds(start, end));
            });
  }

  private static void checkSeeds(long start, long end) {
    List<String> failures = new ArrayList<>();
    int failed = 0;
    for (long seed = start; seed < end; seed++) {
      try {
        roundTrip(seed);
      } catch (Throwable e) { // a failure of any kind must name its seed
        if (e instanceof VirtualMachineError) {
          throw (VirtualMachineError) e;
        }
        failed++;
        if (failures.size() < MAX_REPORTED) {
          failures.add("seed " + seed + ": " + e);
        }
      }
    }
    assertThat(failures)
        .as(
            "%s of the seeds %s..%s fail to round-trip; replay one with -Ditom.random.seed=S"
                + " -Ditom.random.count=1",
            failed, start, end - 1)
        .isEmpty();
  }

  /**
   * Round-trips the model of one seed through JSON (text and bytes, pretty and compact) and YAML.
   */
  static void roundTrip(long seed) {
    OperatingModel model = SampleModels.random(seed);

    String json = ItomJson.writer().writeToString(model);
    OperatingModel fromJson = ItomJson.reader().read(json);
    assertThat(fromJson)
        .as("JSON text of seed %s reads back to an equal model", seed)
        .isEqualTo(model);
    assertThat(ItomJson.writer().writeToString(fromJson))
        .as("JSON text of seed %s is canonical", seed)
        .isEqualTo(json);

    byte[] bytes = ItomJson.writer().writeToBytes(model);
    assertThat(bytes)
        .as("JSON bytes of seed %s are the UTF-8 of its text", seed)
        .isEqualTo(json.getBytes(StandardCharsets.UTF_8));
    OperatingModel fromBytes = ItomJson.reader().read(bytes);
    assertThat(fromBytes)
        .as("JSON bytes of seed %s read back to an equal model", seed)
        .isEqualTo(model);
    if (!Arrays.equals(ItomJson.writer().writeToBytes(fromBytes), bytes)) {
      throw new AssertionError("JSON bytes of seed " + seed + " are not canonical");
    }

    String compact = ItomJson.writer().compact().writeToString(model);
    assertThat(ItomJson.reader().read(compact))
        .as("compact JSON of seed %s reads back to an equal model", seed)
        .isEqualTo(model);

    String yaml = ItomYaml.writer().writeToString(model);
    OperatingModel fromYaml = ItomYaml.reader().read(yaml);
    assertThat(fromYaml).as("YAML of seed %s reads back to an equal model", seed).isEqualTo(model);
    assertThat(ItomYaml.writer().writeToString(fromYaml))
        .as("YAML of seed %s is canonical", seed)
        .isEqualTo(yaml);
  }

  @Test
  void yamlKeepsEveryControlAndLineBreakInKeysAndValues() throws Exception {
    // SampleModels.random has no NEL; YAML wrote a key holding one single-quoted and raw, and
    // read it back as a space
    String[] hard = {
      "\u0000", "\u0008", "\t", "\n", "\u000B", "\u000C", "\r", "\u001B", "\u001F", "\u007F",
          "\u0080",
      "\u0085", "\u009F", "\u00A0", "\u2028", "\u2029", "\uFEFF", "\uFFFE", "\uFFFF", "\"", "'",
          "\\"
    };
    List<ItomJsonWriter> writers =
        List.of(
            ItomYaml.writer(),
            ItomYaml.writer(new com.fasterxml.jackson.dataformat.yaml.YAMLMapper()));
    for (String c : hard) {
      OperatingModel model =
          OperatingModel.builder("m", "N" + c + "x")
              .description(c)
              .property("k" + c + "x", "v" + c + "x")
              .property(c + "y", c)
              .build();
      for (ItomJsonWriter writer : writers) {
        String yaml = writer.writeToString(model);
        String hex = String.format("U+%04X", (int) c.charAt(0));
        assertThat(ItomYaml.reader().read(yaml)).as("%s through %s", hex, writer).isEqualTo(model);
        assertThat(ItomYaml.reader().read(yaml.getBytes(StandardCharsets.UTF_8)))
            .as("%s as bytes", hex)
            .isEqualTo(model);
      }
      assertThat(ItomJson.reader().read(ItomJson.writer().writeToBytes(model))).isEqualTo(model);
    }
  }

  @Test
  void theGeneratorCoversTheHardCases() {
    // the round trips above only prove something if the random models contain the hard cases
    StringBuilder all = new StringBuilder();
    for (long seed = 0; seed < 200; seed++) {
      all.append(ItomJson.writer().compact().writeToString(SampleModels.random(seed)));
    }
    String text = all.toString();
    assertThat(text)
        .contains("\\u0000", "\\u001F", "\u2028", "\\t", "\\n", "\\r", "🚀", "価値", "\\\"quoted\\\"")
        .contains("123456789012345678901234567890.123456789", "1E+30", "\"pricing\"", "\"kpis\"");
  }
}
