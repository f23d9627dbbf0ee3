package dev.itom.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {
  @Test
  void problemPrintsLineColumnPointerMessage() {
    assertThat(Problem.of("wrong-type", 3, 7, "/roles/0/name", "bad").toString())
        .isEqualTo("3:7: /roles/0/name: bad");
    assertThat(Problem.of("empty", 1, 1, "", "empty").toString()).isEqualTo("1:1: /: empty");
    assertThat(Problem.of("x", 1, 2, "/a", "m")).isEqualTo(Problem.of("x", 1, 2, "/a", "m"));
    assertThat(Problem.of("x", 1, 2, "/a", "m")).isNotEqualTo(Problem.of("x", 1, 3, "/a", "m"));
    assertThat(Problem.of("x", 1, 2, "/a", "m")).isNotEqualTo(Problem.of("y", 1, 2, "/a", "m"));
    assertThat(Problem.of("unknown-field", 1, 2, "/a", "m").code()).isEqualTo("unknown-field");
    assertThatThrownBy(() -> Problem.of("x", -1, 0, "", "m"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Problem.of("x", 0, -1, "", "m"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void exceptionListsEveryProblemOnItsOwnLineAndNamesTheSource() {
    ItomJsonException e =
        new ItomJsonException(
            "model.json",
            List.of(Problem.of("x", 1, 2, "/a", "one"), Problem.of("y", 3, 4, "/b", "two")));
    assertThat(e.getMessage())
        .isEqualTo("cannot read model.json as itom/1 (2 problems):\n1:2: /a: one\n3:4: /b: two");
    assertThat(e.source()).contains("model.json");
    assertThat(new ItomJsonException(null, List.of(Problem.of("x", 0, 0, "", "x"))).source())
        .isEmpty();
    assertThatThrownBy(() -> new ItomJsonException(null, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
