package dev.itom.bench;

import com.google.common.base.Splitter;
import dev.itom.examples.portal.PortalApplication;
import dev.itom.json.ItomJson;
import dev.itom.model.OperatingModel;
import dev.itom.templates.Templates;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A bounded load test of the portal over the loopback: a fixed number of requests from a fixed
 * number of clients, each on its own model, and for each kind of request the throughput and the
 * latency percentiles. The baseline is {@code GET /portal.css}, a constant string through the same
 * Tomcat and Spring MVC, so that the ratios say what itom and the database add. Run it from the
 * portal's jar, on H2 in a temporary directory or on the database of a JDBC URL:
 *
 * <pre>{@code
 * java -cp itom-examples/target/itom-portal.jar -Dloader.main=dev.itom.bench.PortalLoad \
 *     org.springframework.boot.loader.launch.PropertiesLauncher [REQUESTS [CLIENTS [JDBC-URL]]]
 * }</pre>
 */
public final class PortalLoad {
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private PortalLoad() {}

  /** The latencies of one kind of request, sorted, and the wall time they took together. */
  static final class Phase {
    private final String name;
    private final long wallNanos;
    private final long[] sorted;

    Phase(String name, long wallNanos, long[] latencies) {
      this.name = name;
      this.wallNanos = wallNanos;
      this.sorted = latencies.clone();
      Arrays.sort(sorted);
    }

    String name() {
      return name;
    }

    int requests() {
      return sorted.length;
    }

    double perSecond() {
      return sorted.length * 1e9 / wallNanos;
    }

    /** {@return the latency that {@code p} percent of the requests did not exceed, in ms} */
    double percentileMillis(double p) {
      int index = (int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1);
      return sorted[Math.max(0, index)] / 1e6;
    }
  }

  /** One request of a client: the client's number and its request's number. */
  @FunctionalInterface
  interface Request {
    HttpResponse<byte[]> send(int client, int index) throws IOException, InterruptedException;
  }

  /**
   * Runs the load test and prints its table.
   *
   * @param args the number of GETs (default 20000; a quarter as many PUTs), the number of clients
   *     (default 4) and a JDBC URL (default: H2 in a temporary directory)
   * @throws Exception if the portal does not start or a request fails
   */
  public static void main(String[] args) throws Exception {
    int requests = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    Path data = Files.createTempDirectory("itom-portal-load");
    String url =
        args.length > 2 ? args[2] : "jdbc:h2:file:" + data.resolve("itom").toAbsolutePath();
    PrintStream out = System.out;
    String loadBefore = loadAverage();
    try (ConfigurableApplicationContext portal =
        PortalApplication.start(
            "--server.port=0", "--spring.datasource.url=" + url, "--logging.level.root=WARN")) {
      URI base =
          URI.create(
              "http://127.0.0.1:" + portal.getEnvironment().getProperty("local.server.port"));
      List<Phase> phases = run(base, requests, clients);
      out.printf(
          Locale.ROOT,
          "%d clients, %s, %d cores, Java %s; load average before %s, after %s%n",
          clients,
          url.startsWith("jdbc:h2:") ? "H2 file" : url.replaceAll("\\?.*", ""),
          Runtime.getRuntime().availableProcessors(),
          Runtime.version(),
          loadBefore,
          loadAverage());
      out.printf(
          Locale.ROOT,
          "%-28s %8s %9s %7s %8s %8s %8s %8s%n",
          "request",
          "count",
          "req/s",
          "ratio",
          "p50 ms",
          "p90 ms",
          "p99 ms",
          "max ms");
      double baseline = phases.get(0).perSecond();
      for (Phase phase : phases) {
        out.printf(
            Locale.ROOT,
            "%-28s %8d %9.0f %7.2f %8.2f %8.2f %8.2f %8.2f%n",
            phase.name(),
            phase.requests(),
            phase.perSecond(),
            phase.perSecond() / baseline,
            phase.percentileMillis(50),
            phase.percentileMillis(90),
            phase.percentileMillis(99),
            phase.percentileMillis(100));
      }
    }
  }

  /** Seeds one model per client, warms up, then measures each kind of request. */
  static List<Phase> run(URI base, int requests, int clients) throws Exception {
    OperatingModel reference = Templates.referenceModel();
    // Ids of this run only, so that runs on one database do not meet.
    String run = Long.toString(System.currentTimeMillis(), 36);
    String[] ids = new String[clients];
    String[] etags = new String[clients];
    byte[][] bodies = new byte[clients][];
    for (int c = 0; c < clients; c++) {
      String id = "load-" + run + "-" + c;
      ids[c] = id;
      bodies[c] =
          ItomJson.writer()
              .writeToString(reference)
              .replaceFirst("\"id\": \"" + reference.id() + "\"", "\"id\": \"" + id + "\"")
              .getBytes(StandardCharsets.UTF_8);
      etags[c] = put(base, id, bodies[c], null).headers().firstValue("ETag").orElseThrow();
    }
    Request css = (c, i) -> get(base, "/portal.css", null);
    Request model = (c, i) -> get(base, "/api/models/" + ids[c], null);
    Request notModified = (c, i) -> get(base, "/api/models/" + ids[c], etags[c]);
    Request update =
        (c, i) -> {
          HttpResponse<byte[]> response = put(base, ids[c], bodies[c], etags[c]);
          etags[c] = response.headers().firstValue("ETag").orElseThrow();
          return response;
        };
    // Warm-up: the JIT, the connection pool and the database's caches.
    phase("warm-up", requests / 4, clients, css, 200);
    phase("warm-up", requests / 4, clients, model, 200);
    phase("warm-up", requests / 20, clients, update, 200);
    List<Phase> phases = new ArrayList<>();
    phases.add(phase("GET /portal.css (baseline)", requests, clients, css, 200));
    phases.add(phase("GET model (200, JSON)", requests, clients, model, 200));
    phases.add(phase("GET model If-None-Match (304)", requests, clients, notModified, 304));
    phases.add(phase("PUT model If-Match (200)", requests / 4, clients, update, 200));
    return phases;
  }

  /** Sends {@code requests} requests from {@code clients} threads and times each of them. */
  static Phase phase(String name, int requests, int clients, Request request, int status)
      throws Exception {
    int each = requests / clients;
    long[] latencies = new long[each * clients];
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> done = new ArrayList<>();
      long start = System.nanoTime();
      for (int c = 0; c < clients; c++) {
        int client = c;
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < each; i++) {
                    long t0 = System.nanoTime();
                    HttpResponse<byte[]> response = request.send(client, i);
                    latencies[client * each + i] = System.nanoTime() - t0;
                    if (response.statusCode() != status) {
                      throw new IllegalStateException(
                          name + ": status " + response.statusCode() + ", expected " + status);
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> future : done) {
        future.get();
      }
      return new Phase(name, System.nanoTime() - start, latencies);
    } finally {
      pool.shutdownNow();
    }
  }

  private static HttpResponse<byte[]> get(URI base, String path, String ifNoneMatch)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
    if (ifNoneMatch != null) {
      request.header("If-None-Match", ifNoneMatch);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static HttpResponse<byte[]> put(URI base, String id, byte[] body, String ifMatch)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve("/api/models/" + id))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofByteArray(body));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String loadAverage() {
    try {
      List<String> fields =
          Splitter.on(' ').splitToList(Files.readString(Path.of("/proc/loadavg")));
      return String.join(" ", fields.subList(0, 3));
    } catch (IOException e) {
      return "unknown";
    }
  }
}
