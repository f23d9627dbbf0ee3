package dev.itom.examples.portal;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The API contract on PostgreSQL: the database of the JDBC URL in the environment variable {@code
 * ITOM_PORTAL_POSTGRES_URL} (user and password as URL parameters), shared by the two portals of the
 * test and by earlier runs, whose models have other ids. {@code .ci/run} starts a server and sets
 * the variable. Without it the test is skipped, unless the environment variable {@code CI} is set:
 * there its absence is a failure, and so is a server that cannot be reached.
 */
class PostgresPortalApiTest extends PortalApiContract {
  static final String VARIABLE = "ITOM_PORTAL_POSTGRES_URL";

  @Override
  String jdbcUrl() {
    String url = System.getenv(VARIABLE);
    if ((url == null || url.isBlank()) && System.getenv("CI") != null) {
      fail(
          "CI is set but "
              + VARIABLE
              + " is not: .ci/run starts PostgreSQL and sets it to the server's JDBC URL"
              + " (jdbc:postgresql://127.0.0.1:5432/itom_portal?user=itom&password=itom)");
    }
    assumeTrue(
        url != null && !url.isBlank(), VARIABLE + " is not set; the PostgreSQL run is skipped");
    return url;
  }
}
