package dev.itom.json.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itom.json.ItomJson;
import dev.itom.testing.ApiListing;
import dev.itom.testing.SinceTags;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The public API of itom-json is the one recorded in {@code api/itom-json.api}: a change of the API
 * is a reviewed change of that file.
 */
class ApiFileTest {

  @Test
  void publicApiIsTheRecordedOne() {
    ApiListing.check(
        ItomJson.class,
        Path.of("api/itom-json.api"),
        "mvn -B -q test -pl itom-core,itom-json -Dtest=ApiFileTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Ditom.api.update=true");
  }

  @Test
  void everyPublicTypeSaysSinceWhen() {
    assertThat(SinceTags.missing(ItomJson.class, Path.of("src/main/java")))
        .as("public types without @since in their Javadoc")
        .isEmpty();
  }
}
