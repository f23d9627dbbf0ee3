package dev.itom.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.itom.internal.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schema's pattern for texts that must not be blank matches exactly the strings that {@link
 * Texts#isBlank} calls not blank, in Java and in Python's {@code jsonschema} (Debian's
 * python3-jsonschema, run when {@code /usr/bin/python3} has it, and required when the environment
 * variable {@code CI} is set).
 */
class SchemaBlankTest {
  @TempDir Path dir;

  private static JsonNode schema() throws IOException {
    return new ObjectMapper().readTree(ItomJson.schema());
  }

  @Test
  void everyTextThatMustNotBeBlankUsesTheOnePattern() throws IOException {
    String text = ItomJson.schema();
    assertThat(text).doesNotContain("\\\\S").doesNotContain("\\\\s");
    JsonNode schema = schema();
    assertThat(schema.at("/$defs/name/$ref").asText()).isEqualTo("#/$defs/nonBlank");
    assertThat(schema.at("/$defs/properties/propertyNames/$ref").asText())
        .isEqualTo("#/$defs/nonBlank");
    // name, property keys, questions, framework, ref, service level and alternative names
    int uses = text.split("\"#/\\$defs/nonBlank\"", -1).length - 1;
    assertThat(uses).isEqualTo(7);
  }

  @Test
  void thePatternMatchesExactlyTheTextsThatAreNotBlank() throws IOException {
    Pattern nonBlank = Pattern.compile(schema().at("/$defs/nonBlank/pattern").asText());
    List<String> differ = new ArrayList<>();
    for (int c = 0; c <= 0xFFFF; c++) {
      String one = String.valueOf((char) c);
      for (String text : List.of(one, one + one, " " + one, one + "\u3000")) {
        if (nonBlank.matcher(text).find() == Texts.isBlank(text)) {
          differ.add(String.format("U+%04X in %s", c, Texts.quote(text)));
        }
      }
    }
    // every supplementary character is not white space: sampled across the planes
    for (int c = Character.MIN_SUPPLEMENTARY_CODE_POINT; c <= Character.MAX_CODE_POINT; c += 997) {
      for (int point : new int[] {c, Math.min(c + 996, Character.MAX_CODE_POINT)}) {
        String text = "\u00A0" + Character.toString(point);
        if (!nonBlank.matcher(text).find() || Texts.isBlank(text)) {
          differ.add(String.format("U+%X", point));
        }
      }
    }
    assertThat(nonBlank.matcher("").find()).isFalse();
    assertThat(differ).as("the pattern and Texts.isBlank differ").isEmpty();
  }

  @Test
  void pythonJsonschemaReadsThePatternTheSameWay() throws Exception {
    Python.assumeModules("jsonschema", "python3-jsonschema");
    Path schemaFile = dir.resolve("itom-1.schema.json");
    Files.writeString(schemaFile, ItomJson.schema(), UTF_8);
    Path script = dir.resolve("schema_blank.py");
    try (InputStream in = SchemaBlankTest.class.getResourceAsStream("schema_blank.py")) {
      assertThat(in).as("the script").isNotNull();
      Files.write(script, in.readAllBytes());
    }
    String model =
        "{\"format\": \"itom/1\", \"id\": \"m\", \"name\": \"%s\","
            + " \"roles\": [{\"id\": \"r\", \"name\": \"R\", \"properties\": {\"%s\": \"v\"}}]}";
    Path blank = dir.resolve("blank.json");
    Files.writeString(blank, String.format(model, "\u00A0", "\u3000"), UTF_8);
    Path notBlank = dir.resolve("not-blank.json");
    Files.writeString(notBlank, String.format(model, "\u00A0M", "k\u3000"), UTF_8);

    Process process =
        new ProcessBuilder(
                Python.PATH.toString(),
                script.toString(),
                schemaFile.toString(),
                blank.toString(),
                notBlank.toString())
            .start();
    byte[] out = process.getInputStream().readAllBytes();
    String err = new String(process.getErrorStream().readAllBytes(), UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(err).isZero();
    JsonNode result = new ObjectMapper().readTree(out);

    List<Integer> rejected = new ArrayList<>();
    result.get("rejected").forEach(c -> rejected.add(c.asInt()));
    List<Integer> spaces = new ArrayList<>();
    for (int c = 0; c <= 0xFFFF; c++) {
      if (Texts.isSpace(c)) {
        spaces.add(c);
      }
    }
    assertThat(rejected).as("names Python's jsonschema rejects").isEqualTo(spaces);
    assertThat(result.at("/documents/0").toString())
        .isEqualTo("[\"/name\",\"/roles/0/properties\"]");
    assertThat(result.at("/documents/1").toString()).isEqualTo("[]");
    // and itom reads them the same way
    ItomJsonException refused =
        catchThrowableOfType(ItomJsonException.class, () -> ItomJson.reader().read(blank));
    assertThat(refused.problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("blank-name", "/name"),
            org.assertj.core.groups.Tuple.tuple("blank-key", "/roles/0/properties/\u3000"));
    assertThat(ItomJson.reader().read(notBlank).name()).isEqualTo("\u00A0M");
  }
}
