package dev.itom.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.itom.json.internal.ProblemCodes;
import dev.itom.model.InvalidModelException;
import dev.itom.model.OperatingModel;
import dev.itom.model.Violation;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every stable problem code of the reader: one document that gives it, with the pointer it is
 * reported at; every code is listed in the section "Problem codes" of docs/FORMAT.md; a broken
 * invariant carries the invariant's own code.
 */
class ProblemCodesTest {
  private static final String HEAD = "{\"format\":\"itom/1\",\"id\":\"m\",\"name\":\"M\"";
  private static final String MINIMAL = HEAD + "}";

  private final Set<String> seen = new TreeSet<>();

  private Problem only(ItomJsonReader reader, String document) {
    ItomJsonException e =
        catchThrowableOfType(ItomJsonException.class, () -> reader.read(document));
    assertThat(e).as("%s must be rejected", document).isNotNull();
    assertThat(e.problems()).hasSize(1);
    Problem problem = e.problems().get(0);
    seen.add(problem.code());
    return problem;
  }

  private void check(String code, String pointer, String document) {
    check(ItomJson.reader(), code, pointer, document);
  }

  private void check(ItomJsonReader reader, String code, String pointer, String document) {
    Problem problem = only(reader, document);
    assertThat(problem.code()).as("code of %s", problem).isEqualTo(code);
    assertThat(problem.pointer()).as("pointer of %s", problem).isEqualTo(pointer);
  }

  private static List<String> constants() throws IllegalAccessException {
    List<String> out = new ArrayList<>();
    for (Field field : ProblemCodes.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        out.add((String) field.get(null));
      }
    }
    return out;
  }

  @Test
  void everyCodeHasADocumentThatGivesIt() throws Exception {
    check(ProblemCodes.SYNTAX, "", HEAD + ", x}");
    check(ProblemCodes.TRUNCATED, "", HEAD);
    check(ProblemCodes.EMPTY, "", "");
    check(ProblemCodes.TRAILING_CONTENT, "", MINIMAL + " {}");
    check(ProblemCodes.UNKNOWN_FIELD, "/extra", HEAD + ",\"extra\":1}");
    check(ProblemCodes.DUPLICATE_KEY, "/name", HEAD + ",\"name\":\"N\"}");
    check(
        ProblemCodes.DUPLICATE_KEY,
        "/properties/k",
        HEAD + ",\"properties\":{\"k\":\"a\",\"k\":\"b\"}}");
    check(ProblemCodes.WRONG_TYPE, "/version", HEAD + ",\"version\":1}");
    check(ProblemCodes.WRONG_TYPE, "", "[]");
    check(ProblemCodes.NULL_VALUE, "/version", HEAD + ",\"version\":null}");
    check(ProblemCodes.NULL_VALUE, "/roles/0", HEAD + ",\"roles\":[null]}");
    check(ProblemCodes.MISSING_FIELD, "", "{\"format\":\"itom/1\",\"id\":\"m\"}");
    check(ProblemCodes.MISSING_FORMAT, "", "{\"id\":\"m\",\"name\":\"M\"}");
    check(ProblemCodes.UNKNOWN_FORMAT, "/format", "{\"format\":\"itom/2\"}");
    check(
        ProblemCodes.BAD_ENUM,
        "/consumers/0/kind",
        HEAD + ",\"consumers\":[{\"id\":\"c\",\"name\":\"C\",\"kind\":\"alien\"}]}");
    check(
        ProblemCodes.BAD_DECIMAL,
        "/kpis/0/target",
        HEAD
            + ",\"kpis\":[{\"id\":\"k\",\"name\":\"K\",\"direction\":\"higher-is-better\","
            + "\"target\":1E+1001}]}");
    check(
        ItomJson.reader().lenient().withMaxDepth(8),
        ProblemCodes.TOO_DEEP,
        "/extra",
        HEAD + ",\"extra\":" + "[".repeat(9) + "]".repeat(9) + "}");
    check(
        ItomJson.reader().withMaxStringLength(8),
        ProblemCodes.TOO_LARGE,
        "/name",
        "{\"format\":\"itom/1\",\"id\":\"m\",\"name\":\"a name too long\"}");
    check(ItomJson.reader().withMaxDocumentLength(8), ProblemCodes.TOO_LARGE, "", MINIMAL);
    check(
        ItomYaml.reader(),
        ProblemCodes.YAML_ALIAS,
        "/description",
        "format: itom/1\nid: m\nname: &n M\ndescription: *n\n");

    // bytes the parser cannot decode at all: a UTF-32 byte-order mark and an invalid character
    byte[] undecodable = {0, 0, (byte) 0xFE, (byte) 0xFF, 0x7F, 0x7F, 0x7F, 0x7F};
    ItomJsonException e =
        catchThrowableOfType(ItomJsonException.class, () -> ItomJson.reader().read(undecodable));
    assertThat(e.problems()).singleElement().extracting(Problem::code).isEqualTo("cannot-read");
    seen.add(e.problems().get(0).code());

    assertThat(seen).containsExactlyInAnyOrderElementsOf(constants());
  }

  @Test
  void lenientWarningsCarryTheCodeOfAnUnknownField() {
    ReadResult result = ItomJson.reader().lenient().readResult(HEAD + ",\"extra\":{\"x\":1}}");
    assertThat(result.warnings())
        .singleElement()
        .satisfies(
            warning -> {
              assertThat(warning.code()).isEqualTo(ProblemCodes.UNKNOWN_FIELD);
              assertThat(warning.pointer()).isEqualTo("/extra");
            });
    ReadResult yaml =
        ItomYaml.reader().lenient().readResult("format: itom/1\nid: m\nname: M\nx: 1\n");
    assertThat(yaml.warnings()).extracting(Problem::code).containsExactly("unknown-field");
  }

  @Test
  void aBrokenInvariantCarriesTheInvariantsOwnCode() {
    InvalidModelException invalid =
        catchThrowableOfType(
            InvalidModelException.class,
            () ->
                OperatingModel.builder("m", "M")
                    .requirementToValue(
                        "r2v", "R2V", chain -> chain.stage("s", "S", s -> s.owner("ghost")))
                    .build());
    Violation violation = invalid.violations().get(0);
    Problem problem =
        only(
            ItomJson.reader(),
            HEAD
                + ",\"valueChains\":[{\"id\":\"r2v\",\"name\":\"R2V\",\"kind\":\"requirement-to-value\","
                + "\"stages\":[{\"id\":\"s\",\"name\":\"S\",\"owner\":\"ghost\"}]}]}");
    assertThat(problem.code()).isEqualTo(violation.code());
    assertThat(problem.message()).isEqualTo(violation.message());
    assertThat(problem.pointer()).isEqualTo("/valueChains/0/stages/0/owner");
  }

  @Test
  void theFormatDocumentListsEveryCode() throws IOException, IllegalAccessException {
    String format = Files.readString(Path.of("..", "docs", "FORMAT.md"), StandardCharsets.UTF_8);
    int start = format.indexOf("## Problem codes");
    assertThat(start).as("a section \"Problem codes\" in docs/FORMAT.md").isNotNegative();
    int end = format.indexOf("\n## ", start + 1);
    String section = format.substring(start, end < 0 ? format.length() : end);
    Set<String> listed = new TreeSet<>();
    Matcher row = Pattern.compile("(?m)^\\| `([a-z-]+)` \\|").matcher(section);
    while (row.find()) {
      listed.add(row.group(1));
    }
    assertThat(listed).containsExactlyInAnyOrderElementsOf(constants());
  }
}
