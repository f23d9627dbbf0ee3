package dev.itom.examples.portal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The portal's HTTP API over real HTTP on the loopback, against two portal instances on one
 * database: every status of docs/PORTAL.md, eight racing writers, a clean and a conflicting merge,
 * and a restart that loses nothing. Each database has its subclass, which names the JDBC URL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class PortalApiContract {
  /** The body limit of the test portals: the reference model fits, a few of them do not. */
  static final long MAX_BODY_BYTES = 256 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Two portals on one database. */
  PortalInstance one;

  PortalInstance two;

  /** Every version the tests stored, by its path, with its bytes: read back after the restart. */
  private final Map<String, byte[]> stored = new LinkedHashMap<>();

  /** {@return the JDBC URL of the database under test} */
  abstract String jdbcUrl();

  @BeforeAll
  void startTwoPortals() {
    one = PortalInstance.start(jdbcUrl());
    two = PortalInstance.start(jdbcUrl());
  }

  @AfterAll
  void stopPortals() {
    for (PortalInstance portal : Arrays.asList(one, two)) {
      if (portal != null) {
        portal.close();
      }
    }
  }

  @Test
  @Order(1)
  void createReadAndConditionallyUpdate() throws Exception {
    String id = TestModels.freshId("crud");
    String path = "/api/models/" + id;
    HttpResponse<byte[]> created = one.put(path, "application/json", TestModels.json(id, "First"));
    assertThat(created.statusCode()).isEqualTo(201);
    String etag1 = header(created, "ETag");
    assertThat(etag1).matches("\"1-[0-9a-f]{20}\"");
    assertThat(header(created, "Location")).isEqualTo(path);

    HttpResponse<byte[]> read = two.get(path);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(header(read, "Content-Type")).startsWith("application/json");
    assertThat(header(read, "ETag")).isEqualTo(etag1);
    assertThat(read.body()).isEqualTo(created.body());
    assertThat(json(read).get("name").asText()).isEqualTo("First");
    assertThat(two.get(path, "If-None-Match", etag1).statusCode()).isEqualTo(304);
    assertThat(two.get(path, "If-None-Match", "\"0-stale\"").statusCode()).isEqualTo(200);

    HttpResponse<byte[]> yaml = one.get(path, "Accept", "application/yaml");
    assertThat(header(yaml, "Content-Type")).startsWith("application/yaml");
    assertThat(new String(yaml.body(), UTF_8)).startsWith("format: \"itom/1\"\nid: \"" + id + "\"");
    assertThat(one.get(path, "Accept", "text/csv").statusCode()).isEqualTo(406);

    byte[] second = TestModels.json(id, "Second");
    HttpResponse<byte[]> noPrecondition = one.put(path, "application/json", second);
    assertProblem(noPrecondition, 428);
    assertThat(json(noPrecondition).get("currentETag").asText()).isEqualTo(etag1);

    HttpResponse<byte[]> updated = two.put(path, "application/json", second, "If-Match", etag1);
    assertThat(updated.statusCode()).isEqualTo(200);
    String etag2 = header(updated, "ETag");
    assertThat(etag2).startsWith("\"2-").isNotEqualTo(etag1);

    HttpResponse<byte[]> stale =
        one.put(path, "application/json", TestModels.json(id, "Third"), "If-Match", etag1);
    assertProblem(stale, 412);
    assertThat(json(stale).get("currentETag").asText()).isEqualTo(etag2);

    JsonNode versions = json(one.get(path + "/versions"));
    assertThat(versions).hasSize(2);
    assertThat(versions.get(0).get("number").asInt()).isEqualTo(1);
    assertThat(versions.get(0).get("etag").asText()).isEqualTo(etag1);
    assertThat(versions.get(1).get("number").asInt()).isEqualTo(2);
    assertThat(versions.get(1).get("etag").asText()).isEqualTo(etag2);
    assertThat(versions.get(0).get("created").asText())
        .isLessThanOrEqualTo(versions.get(1).get("created").asText());
    HttpResponse<byte[]> first = two.get(path + "/versions/1");
    assertThat(first.body()).isEqualTo(created.body());
    assertThat(header(first, "ETag")).isEqualTo(etag1);
    remember(path + "/versions/1", first);
    remember(path + "/versions/2", two.get(path + "/versions/2"));

    JsonNode listed = null;
    for (JsonNode model : json(one.get("/api/models"))) {
      if (model.get("id").asText().equals(id)) {
        listed = model;
      }
    }
    assertThat(listed).as("the model in the listing").isNotNull();
    assertThat(listed.get("name").asText()).isEqualTo("Second");
    assertThat(listed.get("latestVersion").asInt()).isEqualTo(2);
    assertThat(listed.get("etag").asText()).isEqualTo(etag2);

    assertProblem(one.get("/api/models/" + TestModels.freshId("missing")), 404);
    assertProblem(one.get(path + "/versions/3"), 404);
    assertProblem(one.get("/api/models/" + TestModels.freshId("missing") + "/versions"), 404);
    assertProblem(one.get("/api/nothing-here"), 404);
  }

  @Test
  @Order(2)
  void badBodiesAreRefusedWithEveryProblem() throws Exception {
    String id = TestModels.freshId("bad");
    String path = "/api/models/" + id;
    HttpResponse<byte[]> truncated =
        one.put(path, "application/json", "{\"format\": \"itom/1\",\n \"id\": ".getBytes(UTF_8));
    assertProblem(truncated, 400);
    JsonNode problem = json(truncated).get("problems").get(0);
    assertThat(problem.get("line").asInt()).isEqualTo(2);
    assertThat(problem.get("column").asInt()).isPositive();
    assertThat(problem.has("pointer")).isTrue();
    assertThat(problem.get("message").asText()).isNotBlank();

    String broken =
        new String(TestModels.json(id, "Broken"), UTF_8).replaceFirst("\"name\": \"Broken\",", "");
    HttpResponse<byte[]> invalid = one.put(path, "application/json", broken.getBytes(UTF_8));
    assertProblem(invalid, 422);
    JsonNode missing = json(invalid).get("problems").get(0);
    assertThat(missing.get("code").asText()).isEqualTo("missing-field");
    assertThat(missing.get("pointer").asText()).isEqualTo("");
    assertThat(missing.get("line").asInt()).isEqualTo(1);

    HttpResponse<byte[]> otherId =
        one.put(path, "application/json", TestModels.json(TestModels.freshId("other"), "X"));
    assertProblem(otherId, 400);
    assertThat(json(otherId).get("pointer").asText()).isEqualTo("/id");
    assertProblem(one.put(path, "text/plain", "x".getBytes(UTF_8)), 415);
    byte[] large = new byte[(int) MAX_BODY_BYTES + 1];
    Arrays.fill(large, (byte) ' ');
    assertProblem(one.put(path, "application/json", large), 413);
    assertProblem(one.get(path), 404);

    String yaml =
        new String(
            one.get("/api/models/" + firstModel(), "Accept", "application/yaml").body(), UTF_8);
    HttpResponse<byte[]> fromYaml =
        one.put(
            path,
            "application/yaml",
            yaml.replaceFirst("\nid: \"[^\"]+\"", "\nid: \"" + id + "\"").getBytes(UTF_8));
    assertThat(fromYaml.statusCode()).isEqualTo(201);
    assertThat(json(one.get(path)).get("id").asText()).isEqualTo(id);
  }

  @Test
  @Order(3)
  void ofEightRacingWritersExactlyOneWins() throws Exception {
    String id = TestModels.freshId("race");
    String path = "/api/models/" + id;
    String etag = header(one.put(path, "application/json", TestModels.json(id, "Start")), "ETag");
    int writers = 8;
    CountDownLatch ready = new CountDownLatch(writers);
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Future<HttpResponse<byte[]>>> results = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        PortalInstance portal = i % 2 == 0 ? one : two;
        byte[] body = TestModels.json(id, "Writer " + i);
        results.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  go.await();
                  return portal.put(path, "application/json", body, "If-Match", etag);
                }));
      }
      ready.await();
      go.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<HttpResponse<byte[]>> result : results) {
        statuses.add(result.get().statusCode());
      }
      assertThat(statuses).as("statuses of the eight writers").containsOnly(200, 412);
      assertThat(statuses.stream().filter(s -> s == 200).count()).isOne();
    } finally {
      pool.shutdownNow();
    }
    JsonNode versions = json(two.get(path + "/versions"));
    assertThat(versions).hasSize(2);
    remember(path + "/versions/2", two.get(path + "/versions/2"));

    // Below the HTTP pre-check: whichever instance inserts version 3 first, the database refuses
    // the other's insert of the same number.
    StoredVersion third =
        StoredVersion.of(
            id, 3, "Third", new String(TestModels.json(id, "Third"), UTF_8), Instant.now());
    assertThat(one.bean(ModelStore.class).insert(third)).isTrue();
    assertThat(two.bean(ModelStore.class).insert(third)).isFalse();
    assertThat(json(one.get(path + "/versions"))).hasSize(3);
  }

  @Test
  @Order(4)
  void anEditOfAnOlderVersionIsMergedOrItsConflictsShown() throws Exception {
    String id = TestModels.freshId("merge");
    String path = "/api/models/" + id;
    byte[] base = TestModels.json(id, "Base", "The base description.");
    String etag1 = header(one.put(path, "application/json", base), "ETag");
    byte[] ours = TestModels.json(id, "Ours", "The base description.");
    assertThat(one.put(path, "application/json", ours, "If-Match", etag1).statusCode())
        .isEqualTo(200);

    byte[] theirs = TestModels.json(id, "Base", "Their description.");
    HttpResponse<byte[]> merged = two.post(path + "/merge?base=1", "application/json", theirs);
    assertThat(merged.statusCode()).isEqualTo(200);
    assertThat(header(merged, "ETag")).startsWith("\"3-");
    JsonNode latest = json(one.get(path));
    assertThat(latest.get("name").asText()).isEqualTo("Ours");
    assertThat(latest.get("description").asText()).isEqualTo("Their description.");
    assertThat(one.get(path).body()).isEqualTo(merged.body());

    byte[] conflicting = TestModels.json(id, "Theirs", "The base description.");
    HttpResponse<byte[]> conflict =
        one.post(path + "/merge?base=1", "application/json", conflicting);
    assertProblem(conflict, 409);
    JsonNode problem = json(conflict);
    assertThat(problem.get("currentETag").asText()).isEqualTo(header(merged, "ETag"));
    assertThat(problem.get("conflicts").get(0).get("code").asText()).isEqualTo("both-changed");
    assertThat(problem.get("merge").get("format").asText()).isEqualTo("itom-diff/1");
    assertThat(problem.get("merge").get("clean").asBoolean()).isFalse();
    assertThat(json(one.get(path + "/versions"))).as("no version stored").hasSize(3);
    assertProblem(one.post(path + "/merge?base=9", "application/json", conflicting), 404);

    HttpResponse<byte[]> diff = two.get(path + "/diff?from=1&to=3");
    assertThat(diff.statusCode()).isEqualTo(200);
    JsonNode changes = json(diff);
    assertThat(changes.get("format").asText()).isEqualTo("itom-diff/1");
    assertThat(changes.get("changes").findValuesAsText("field")).contains("name", "description");
    HttpResponse<byte[]> html = two.get(path + "/diff?from=1&to=3", "Accept", "text/html");
    assertThat(header(html, "Content-Type")).startsWith("text/html");
    assertThat(new String(html.body(), UTF_8))
        .contains("Their description.")
        .as("the visual diff: the map with its changes marked")
        .contains("<svg")
        .contains("data-change=");
    assertProblem(two.get(path + "/diff?from=1&to=4"), 404);
    for (int n = 1; n <= 3; n++) {
      remember(path + "/versions/" + n, one.get(path + "/versions/" + n));
    }
  }

  @Test
  @Order(5)
  void findingsMapReportAndPage() throws Exception {
    String id = TestModels.freshId("views");
    String path = "/api/models/" + id;
    String hostile = "<script>document.title='pwned'</script>\"><img src=x onerror=alert(1)>";
    assertThat(one.put(path, "application/json", TestModels.json(id, hostile)).statusCode())
        .isEqualTo(201);

    HttpResponse<byte[]> findings = two.get(path + "/findings");
    assertThat(header(findings, "Content-Type")).startsWith("application/json");
    assertThat(json(findings).get("format").asText()).isEqualTo("itom-report/1");
    HttpResponse<byte[]> map = two.get(path + "/map.svg");
    assertThat(header(map, "Content-Type")).startsWith("image/svg+xml");
    assertThat(new String(map.body(), UTF_8)).contains("<svg").contains("&lt;script&gt;");
    HttpResponse<byte[]> report = two.get(path + "/report.html?version=1");
    assertThat(header(report, "Content-Type")).startsWith("text/html");
    assertThat(header(report, "Content-Security-Policy")).startsWith("default-src 'none'");

    HttpResponse<byte[]> page = one.get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(header(page, "Content-Security-Policy"))
        .contains("default-src 'none'")
        .doesNotContain("script-src")
        .doesNotContain("unsafe");
    assertThat(header(page, "X-Content-Type-Options")).isEqualTo("nosniff");
    String html = new String(page.body(), UTF_8);
    assertThat(html)
        .contains("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;")
        .contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")
        .doesNotContain("<script", "<img src=x");
  }

  @Test
  @Order(6)
  void aRestartLosesNothing() throws Exception {
    assertThat(stored).as("versions stored by the earlier tests").hasSizeGreaterThan(5);
    Map<String, byte[]> lists = new LinkedHashMap<>();
    for (String version : stored.keySet()) {
      String list = version.substring(0, version.lastIndexOf('/'));
      lists.put(list, one.get(list).body());
    }
    one.close();
    two.close();
    one = PortalInstance.start(jdbcUrl());
    two = null;
    for (Map.Entry<String, byte[]> version : stored.entrySet()) {
      assertThat(one.get(version.getKey()).body())
          .as(version.getKey())
          .isEqualTo(version.getValue());
    }
    for (Map.Entry<String, byte[]> list : lists.entrySet()) {
      assertThat(one.get(list.getKey()).body()).as(list.getKey()).isEqualTo(list.getValue());
    }
  }

  /** The id of a model the earlier tests stored. */
  private String firstModel() {
    String path = stored.keySet().iterator().next();
    return path.split("/")[3];
  }

  private void remember(String path, HttpResponse<byte[]> response) {
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    stored.put(path, response.body());
  }

  static void assertProblem(HttpResponse<byte[]> response, int status) throws IOException {
    String body = new String(response.body(), UTF_8);
    assertThat(response.statusCode()).as("status; body %s", body).isEqualTo(status);
    assertThat(header(response, "Content-Type")).isEqualTo("application/problem+json");
    JsonNode problem = JSON.readTree(body);
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("title").asText()).isNotBlank();
    assertThat(problem.get("detail").asText()).isNotBlank();
    assertThat(body).doesNotContain("Exception", "\tat ", "trace");
  }

  static String header(HttpResponse<?> response, String name) {
    return response
        .headers()
        .firstValue(name)
        .orElseThrow(() -> new AssertionError("no " + name + " header in " + response));
  }

  static JsonNode json(HttpResponse<byte[]> response) throws IOException {
    return JSON.readTree(response.body());
  }
}
