package dev.itom.examples.portal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The reference portal's entry point: {@code java -jar itom-portal.jar} serves the portal on {@code
 * http://127.0.0.1:8080} with an H2 database under {@code ./itom-portal-data}. Spring's usual
 * options override the defaults: {@code --server.port}, {@code --server.address}, {@code
 * --spring.datasource.url} (with {@code username} and {@code password}) for PostgreSQL, and {@code
 * --itom.portal.max-body-bytes} for the largest model a request may carry.
 *
 * @since 0.1
 */
@SpringBootApplication(proxyBeanMethods = false)
public class PortalApplication {
  /** The largest request body accepted by default: 4 MiB. */
  static final long DEFAULT_MAX_BODY_BYTES = 4L * 1024 * 1024;

  /** Spring instantiates this configuration class; {@link #main} is the way to run it. */
  PortalApplication() {}

  /**
   * Starts the portal and returns once it serves requests.
   *
   * @param args Spring Boot's command-line options ({@code --name=value})
   */
  public static void main(String[] args) {
    start(args);
  }

  /**
   * Starts a portal with the defaults of {@link #main} overridden by {@code args}.
   *
   * @param args Spring Boot's command-line options ({@code --name=value})
   * @return the running application; closing it stops the portal
   * @throws RuntimeException if the portal cannot start (port taken, database unreachable)
   */
  public static ConfigurableApplicationContext start(String... args) {
    SpringApplication application = new SpringApplication(PortalApplication.class);
    application.setDefaultProperties(defaults());
    return application.run(args);
  }

  /** The portal's defaults; every one of them can be overridden the usual Spring ways. */
  static Map<String, Object> defaults() {
    Map<String, Object> defaults = new LinkedHashMap<>();
    defaults.put("server.address", "127.0.0.1");
    defaults.put("server.port", "8080");
    defaults.put("server.error.include-stacktrace", "never");
    defaults.put("spring.main.banner-mode", "off");
    defaults.put("spring.web.resources.add-mappings", "false");
    defaults.put("spring.datasource.url", "jdbc:h2:file:./itom-portal-data/itom");
    defaults.put("spring.sql.init.mode", "always");
    defaults.put(
        "spring.sql.init.schema-locations", "classpath:dev/itom/examples/portal/schema.sql");
    defaults.put("itom.portal.max-body-bytes", Long.toString(DEFAULT_MAX_BODY_BYTES));
    return defaults;
  }
}
