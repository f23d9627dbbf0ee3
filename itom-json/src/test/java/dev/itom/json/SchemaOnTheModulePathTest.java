package dev.itom.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another module on the module path reads the schema through {@link ItomJson#schema()} and {@link
 * ItomJson#openSchema()}, where {@code getResourceAsStream} finds nothing (the package is exported,
 * not opened). The other module is compiled here against this module and loaded in a layer of its
 * own above the one the tests run in.
 */
class SchemaOnTheModulePathTest {
  @TempDir Path dir;

  private static final String CLIENT =
      """
      package itom.schema.client;

      import dev.itom.json.ItomJson;
      import java.io.IOException;
      import java.io.InputStream;
      import java.io.UncheckedIOException;
      import java.nio.charset.StandardCharsets;
      import java.util.List;
      import java.util.function.Supplier;

      public final class Client implements Supplier<List<String>> {
        @Override
        public List<String> get() {
          try (InputStream in = ItomJson.openSchema()) {
            String opened = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            InputStream direct = ItomJson.class.getResourceAsStream("itom-1.schema.json");
            return List.of(
                Client.class.getModule().getName(),
                ItomJson.schema(),
                opened,
                String.valueOf(direct == null));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
      """;

  @Test
  @SuppressWarnings("unchecked")
  void anotherModuleReadsTheSchemaThroughTheApi() throws Exception {
    assertThat(ItomJson.class.getModule().getName())
        .as("the tests run on the module path")
        .isEqualTo("dev.itom.json");
    Path source = dir.resolve("src");
    Files.createDirectories(source.resolve("itom/schema/client"));
    Files.writeString(
        source.resolve("module-info.java"),
        "module itom.schema.client { requires dev.itom.json; exports itom.schema.client; }",
        UTF_8);
    Files.writeString(source.resolve("itom/schema/client/Client.java"), CLIENT, UTF_8);
    Path classes = dir.resolve("classes");
    StringWriter errors = new StringWriter();
    int compiled =
        java.util.spi.ToolProvider.findFirst("javac")
            .orElseThrow()
            .run(
                new PrintWriter(errors),
                new PrintWriter(errors),
                "--module-path",
                System.getProperty("jdk.module.path"),
                "-d",
                classes.toString(),
                source.resolve("module-info.java").toString(),
                source.resolve("itom/schema/client/Client.java").toString());
    assertThat(compiled).as(errors.toString()).isZero();

    ModuleLayer boot = ModuleLayer.boot();
    Configuration configuration =
        boot.configuration()
            .resolve(ModuleFinder.of(classes), ModuleFinder.of(), Set.of("itom.schema.client"));
    ModuleLayer layer =
        boot.defineModulesWithOneLoader(configuration, ClassLoader.getSystemClassLoader());
    Class<?> type = layer.findLoader("itom.schema.client").loadClass("itom.schema.client.Client");
    List<String> seen =
        ((Supplier<List<String>>) type.getDeclaredConstructor().newInstance()).get();

    assertThat(seen.get(0)).isEqualTo("itom.schema.client");
    assertThat(seen.get(1)).contains("\"$id\": \"" + ItomJson.SCHEMA_ID + "\"");
    assertThat(seen.get(2)).isEqualTo(seen.get(1)).isEqualTo(ItomJson.schema());
    assertThat(seen.get(3))
        .as("getResourceAsStream from the other module is null")
        .isEqualTo("true");
  }
}
