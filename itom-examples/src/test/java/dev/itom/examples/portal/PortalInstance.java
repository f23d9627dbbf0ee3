package dev.itom.examples.portal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A portal started in this JVM on a free loopback port, on the database of a JDBC URL, and an HTTP
 * client for it: the tests talk to it over real HTTP, as any client would.
 */
final class PortalInstance implements AutoCloseable {
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private final ConfigurableApplicationContext context;
  private final URI base;

  private PortalInstance(ConfigurableApplicationContext context) {
    this.context = context;
    this.base =
        URI.create("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port"));
  }

  /** Starts a portal on the database of {@code jdbcUrl}; {@code extra} are more options. */
  static PortalInstance start(String jdbcUrl, String... extra) {
    List<String> args = new ArrayList<>();
    args.add("--server.port=0");
    args.add("--spring.datasource.url=" + jdbcUrl);
    args.add("--spring.datasource.hikari.maximum-pool-size=4");
    args.add("--itom.portal.max-body-bytes=" + PortalApiContract.MAX_BODY_BYTES);
    args.add("--logging.level.root=WARN");
    args.addAll(List.of(extra));
    return new PortalInstance(PortalApplication.start(args.toArray(String[]::new)));
  }

  /** {@return the portal's bean of that type, for the tests that go below HTTP} */
  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  URI uri(String pathAndQuery) {
    return base.resolve(pathAndQuery);
  }

  HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return HTTP.send(
        request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpResponse<byte[]> get(String path, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request);
  }

  HttpResponse<byte[]> put(String path, String contentType, byte[] body, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", contentType)
            .PUT(HttpRequest.BodyPublishers.ofByteArray(body));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request);
  }

  HttpResponse<byte[]> post(String path, String contentType, byte[] body)
      throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  @Override
  public void close() {
    context.close();
  }
}
