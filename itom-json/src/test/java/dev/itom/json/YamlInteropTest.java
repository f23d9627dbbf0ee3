package dev.itom.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.itom.model.OperatingModel;
import dev.itom.model.OperatingModelBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@link ItomYaml#writer()} writes, other YAML parsers read as the same data: PyYAML (YAML
 * 1.1) and ruamel.yaml (YAML 1.2, its safe and its round-trip loader) load a document full of odd
 * property keys and decimals, and every key must come back as the same string with the same value,
 * and every decimal as a number, not a string.
 *
 * <p>A decimal that a loader reads as an integer must be exactly the decimal; one it reads as a
 * float (a binary double, as YAML's float type is) must be the double nearest the decimal, so
 * {@code 1E+1000} is infinity there. The test runs {@code /usr/bin/python3} with the modules {@code
 * yaml} and {@code ruamel.yaml} (Debian's python3-yaml and python3-ruamel.yaml); without them it is
 * skipped, unless the environment variable {@code CI} is set: CI installs them, and there a missing
 * one fails the test.
 */
class YamlInteropTest {
  /** Keys that YAML reads as something else when written bare. */
  static final List<String> KEYS =
      List.of(
          "<<",
          "=",
          "~",
          "null",
          "Null",
          "yes",
          "on",
          "off",
          "no",
          "y",
          "1e3",
          "0x1F",
          "-",
          "?",
          ": ",
          "#",
          "# x",
          "a: b",
          "a #b",
          "-a",
          "[x]",
          "{x}",
          "*x",
          "&x",
          "!x",
          "|",
          ">",
          "%x",
          "@x",
          "`x",
          "'",
          "\"",
          " lead",
          "trail ",
          "tab\tin",
          "ключ ✓",
          "1_000",
          ".inf",
          "2026-12-01",
          "1:20",
          "...",
          "---",
          "0",
          "-0",
          "+1",
          ".5");

  /** Decimals whose text YAML may read as a string or another number when written bare. */
  static final List<String> NUMBERS =
      List.of(
          "0",
          "-0",
          "1E-7",
          "1E+21",
          "1E+1000",
          "0.1",
          "7.50",
          "123456789012345678901234567890",
          "-5E-3",
          "1E+3",
          "-1E-300",
          "12.5E+10");

  @TempDir static Path dir;
  private static OperatingModel model;
  private static Path file;
  private static Path script;

  @BeforeAll
  static void write() throws IOException {
    OperatingModelBuilder builder = OperatingModel.builder("m", "M");
    for (int i = 0; i < KEYS.size(); i++) {
      builder.property(KEYS.get(i), "v" + i);
    }
    for (int i = 0; i < NUMBERS.size(); i++) {
      BigDecimal number = new BigDecimal(NUMBERS.get(i));
      builder.kpi("k" + i, "K" + i, kpi -> kpi.target(number));
    }
    model = builder.build();
    file = dir.resolve("odd.itom.yaml");
    ItomYaml.writer().write(model, file);
    script = dir.resolve("yaml_load.py");
    try (InputStream in = YamlInteropTest.class.getResourceAsStream("yaml_load.py")) {
      assertThat(in).as("the loader script").isNotNull();
      Files.write(script, in.readAllBytes());
    }
  }

  @Test
  void itomReadsItsOwnYamlAsTheSameModel() throws IOException {
    assertThat(ItomYaml.reader().read(file)).isEqualTo(model);
    assertThat(Files.readString(file))
        .contains("\"<<\": \"v0\"", "target: 1.E-7", "target: 1.E+21");
  }

  @ParameterizedTest
  @ValueSource(strings = {"pyyaml", "ruamel-safe", "ruamel-rt"})
  void anotherParserReadsTheSameKeysAndNumbers(String loader) throws Exception {
    Python.assumeModules("yaml, ruamel.yaml", "python3-yaml and python3-ruamel.yaml");
    Process process =
        new ProcessBuilder(Python.PATH.toString(), script.toString(), loader, file.toString())
            .start();
    byte[] out = process.getInputStream().readAllBytes();
    String err = new String(process.getErrorStream().readAllBytes(), UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue())
        .as("%s fails on itom's YAML:%n%s%n%s", loader, err, Files.readString(file))
        .isZero();
    JsonNode document = new ObjectMapper().readTree(out);

    JsonNode properties = document.get("properties");
    List<String> keys = new ArrayList<>();
    properties.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).as("the keys %s reads", loader).containsExactlyInAnyOrderElementsOf(KEYS);
    for (int i = 0; i < KEYS.size(); i++) {
      assertThat(properties.get(KEYS.get(i)).asText()).as("key %s", KEYS.get(i)).isEqualTo("v" + i);
    }

    JsonNode kpis = document.get("kpis");
    assertThat(kpis).hasSize(NUMBERS.size());
    for (int i = 0; i < NUMBERS.size(); i++) {
      BigDecimal meant = new BigDecimal(NUMBERS.get(i));
      JsonNode target = kpis.get(i).get("target");
      assertThat(target.isArray()).as("%s reads %s as %s", loader, meant, target).isTrue();
      String type = target.get(0).asText();
      String text = target.get(1).asText();
      if (type.equals("int")) {
        assertThat(new BigDecimal(text)).as("%s as an integer", meant).isEqualByComparingTo(meant);
      } else {
        assertThat(type).as("%s reads %s as %s", loader, meant, target).isEqualTo("float");
        double value =
            text.equals("inf")
                ? Double.POSITIVE_INFINITY
                : text.equals("-inf") ? Double.NEGATIVE_INFINITY : Double.parseDouble(text);
        assertThat(value).as("%s as a float", meant).isEqualTo(meant.doubleValue());
      }
    }
  }
}
