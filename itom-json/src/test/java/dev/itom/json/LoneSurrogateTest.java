package dev.itom.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** A lone surrogate cannot be written to any file, so reading one is an invariant violation. */
class LoneSurrogateTest {

  @Test
  void anEscapedLoneSurrogateInANameIsRejectedAtItsPosition() {
    String json =
        "{\n  \"format\": \"itom/1\",\n  \"id\": \"m\",\n  \"name\": \"M\",\n"
            + "  \"roles\": [ { \"id\": \"r\", \"name\": \"half \\uD800 a character\" } ]\n}\n";

    ItomJsonException exception =
        catchThrowableOfType(ItomJsonException.class, () -> ItomJson.reader().read(json));

    assertThat(exception).isNotNull();
    assertThat(exception.problems()).hasSize(1);
    Problem problem = exception.problems().get(0);
    assertThat(problem.pointer()).isEqualTo("/roles/0/name");
    assertThat(problem.line()).isEqualTo(5);
    assertThat(problem.message()).contains("lone UTF-16 surrogate");
  }

  @Test
  void aCompletePairIsKept() {
    String json = "{\"format\": \"itom/1\", \"id\": \"m\", \"name\": \"rocket \\uD83D\\uDE80\"}";

    assertThat(ItomJson.reader().read(json).name()).isEqualTo("rocket \uD83D\uDE80");
  }
}
