package dev.itom.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itom.model.OperatingModel;
import dev.itom.rules.Finding;
import dev.itom.rules.Rules;
import dev.itom.testing.SampleModels;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API contract on the default database: H2 in file mode, in a fresh directory under {@code
 * target/} for each run, shared by the two portals of the test and reopened by the restart; and the
 * web page in headless Chromium.
 */
class H2PortalApiTest extends PortalApiContract {
  private final String url =
      "jdbc:h2:file:"
          + Path.of("target", "portal-h2", UUID.randomUUID().toString(), "itom").toAbsolutePath();

  @Override
  String jdbcUrl() {
    return url;
  }

  /**
   * The page in Chromium, served by the portal with its headers: a stored model with findings and a
   * hostile name shows its map and its findings, and the name stays text (no script ran, no element
   * came of it). The map itself is loaded as well, from the URL of the page's image.
   */
  @Test
  @Order(5)
  @Tag("browser")
  void thePageShowsTheMapAndTheFindingsInChromium(@TempDir Path work) throws Exception {
    String id = TestModels.freshId("page");
    String hostile = "<script>document.title='pwned'</script>\"><img src=x onerror=alert(1)>";
    OperatingModel model = SampleModels.sized(40, 7).withName(hostile);
    Finding finding = Rules.standard().check(model).findings().get(0);
    assertThat(
            one.put("/api/models/" + id, "application/json", TestModels.json(id, model))
                .statusCode())
        .isEqualTo(201);

    String dom = PortalBrowser.load(one.uri("/"), "portal-page", work);
    assertThat(dom)
        .contains("<title>itom portal</title>")
        .contains("<h2>&lt;script&gt;document.title='pwned'&lt;/script&gt;\"&gt;&lt;img src=x")
        .contains("<img src=\"/api/models/" + id + "/map.svg?version=1\"")
        .contains("<table class=\"findings\">", finding.ruleId(), finding.message())
        .contains("<table class=\"history\">")
        .doesNotContain("<script", "<img src=\"x\"", "<img src=x", "pwned</title>");

    String map = PortalBrowser.load(one.uri("/api/models/" + id + "/map.svg"), "portal-map", work);
    assertThat(map)
        .contains(model.valueChains().get(0).stages().get(0).name(), "&lt;script&gt;")
        .doesNotContain("<script");
  }
}
