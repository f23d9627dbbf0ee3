package dev.itom.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/**
 * YAML aliases are refused with a problem at the alias, never read as their label: Jackson's YAML
 * parser reports an alias as a string holding its name, which would read a model other than the one
 * written. Anchors alone change nothing and are read as written.
 */
class YamlAliasTest {
  private static final String HEAD = "format: itom/1\nid: m\n";

  private static Problem onlyProblem(String yaml) {
    ItomJsonException e =
        catchThrowableOfType(ItomJsonException.class, () -> ItomYaml.reader().read(yaml));
    assertThat(e).as("%s must be rejected", yaml).isNotNull();
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0);
  }

  @Test
  void anAliasOfAStringIsRefusedWhereItStands() {
    Problem problem = onlyProblem(HEAD + "name: &n Alias model\ndescription: *n\n");
    assertThat(problem.code()).isEqualTo("yaml-alias");
    assertThat(problem.line()).isEqualTo(4);
    assertThat(problem.column()).isEqualTo(14);
    assertThat(problem.pointer()).isEqualTo("/description");
    assertThat(problem.message()).contains("alias *n", "anchor", "write the value out");
  }

  @Test
  void anAliasOfAReferenceOrAListIsRefused() {
    String roles = "roles:\n- &chief {id: chief, name: Chief}\n";
    assertThat(
            onlyProblem(
                    HEAD + "name: M\n" + roles + "processes:\n- {id: p, name: P, owner: *chief}\n")
                .code())
        .isEqualTo("yaml-alias");
    assertThat(onlyProblem(HEAD + "name: M\n" + roles + "consumers: *chief\n").code())
        .isEqualTo("yaml-alias");
  }

  @Test
  void aMergeKeyAndAnAliasInASkippedValueAreRefused() {
    assertThat(onlyProblem(HEAD + "name: &n M\nproperties:\n  base: &b x\n  <<: *b\n").code())
        .isEqualTo("yaml-alias");
    Problem lenient =
        catchThrowableOfType(
                ItomJsonException.class,
                () -> ItomYaml.reader().lenient().read(HEAD + "name: &n M\nextra: [1, *n]\n"))
            .problems()
            .get(0);
    assertThat(lenient.code()).isEqualTo("yaml-alias");
  }

  @Test
  void anAnchorAloneIsReadAsWritten() {
    assertThat(ItomYaml.reader().read(HEAD + "name: &n Alias model\n").name())
        .isEqualTo("Alias model");
  }
}
