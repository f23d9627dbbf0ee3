package dev.itom.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itom.model.OperatingModel;
import dev.itom.testing.ApiListing;
import dev.itom.testing.SinceTags;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The public API of itom-core is the one recorded in {@code api/itom-core.api}: a change of the API
 * is a reviewed change of that file.
 */
class ApiFileTest {

  @Test
  void publicApiIsTheRecordedOne() {
    ApiListing.check(
        OperatingModel.class,
        Path.of("api/itom-core.api"),
        "mvn -B -q test -pl itom-core -Dtest=ApiFileTest -Ditom.api.update=true");
  }

  @Test
  void everyPublicTypeSaysSinceWhen() {
    assertThat(SinceTags.missing(OperatingModel.class, Path.of("src/main/java")))
        .as("public types without @since in their Javadoc")
        .isEmpty();
  }
}
