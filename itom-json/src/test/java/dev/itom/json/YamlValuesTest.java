package dev.itom.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/**
 * What the YAML reader says about values YAML reads other than a user may think: an empty value is
 * null (not an empty string, and not "a string"), and YAML 1.1 booleans and numbers where a string
 * is expected come with the quoted spelling to write instead.
 */
class YamlValuesTest {
  private static final String HEAD = "format: itom/1\nid: m\n";

  private static Problem onlyProblem(String yaml) {
    ItomJsonException e =
        catchThrowableOfType(ItomJsonException.class, () -> ItomYaml.reader().read(yaml));
    assertThat(e).as("%s must be rejected", yaml).isNotNull();
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0);
  }

  @Test
  void anEmptyValueHasNoValueAndIsNotAnEmptyString() {
    Problem version = onlyProblem(HEAD + "name: M\nversion:\n");
    assertThat(version.code()).isEqualTo("null-value");
    assertThat(version.pointer()).isEqualTo("/version");
    assertThat(version.message())
        .isEqualTo(
            "\"version\" has no value: write a string after the colon, or leave the field out");
    Problem roles = onlyProblem(HEAD + "name: M\nroles:\n");
    assertThat(roles.code()).isEqualTo("null-value");
    assertThat(roles.message()).startsWith("\"roles\" has no value: write an array of roles");
    assertThat(onlyProblem(HEAD + "name:\n").message())
        .isEqualTo("\"name\" has no value: write a string; it is required");
  }

  @Test
  void aQuotedEmptyStringIsStillAString() {
    assertThat(ItomYaml.reader().read(HEAD + "name: M\nversion: ''\n").version()).contains("");
  }

  @Test
  void aYaml11BooleanOrNumberWhereAStringIsExpectedSaysToQuoteIt() {
    Problem no = onlyProblem(HEAD + "name: no\n");
    assertThat(no.code()).isEqualTo("wrong-type");
    assertThat(no.message())
        .isEqualTo(
            "\"name\" must be a string, not a boolean; YAML reads no as a boolean: write it in"
                + " quotes: name: \"no\"");
    assertThat(onlyProblem("format: itom/1\nid: on\nname: M\n").message())
        .endsWith("write it in quotes: id: \"on\"");
    assertThat(onlyProblem(HEAD + "name: M\nversion: 2026.1\n").message())
        .endsWith("YAML reads 2026.1 as a number: write it in quotes: version: \"2026.1\"");
  }

  @Test
  void jsonKeepsItsMessages() {
    ItomJsonException e =
        catchThrowableOfType(
            ItomJsonException.class,
            () -> ItomJson.reader().read("{\"format\":\"itom/1\",\"id\":\"m\",\"name\":false}"));
    assertThat(e.problems().get(0).message()).isEqualTo("\"name\" must be a string, not a boolean");
  }
}
