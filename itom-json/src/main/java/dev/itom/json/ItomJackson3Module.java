package dev.itom.json;

import dev.itom.json.internal.Jackson3Codecs;
import dev.itom.model.OperatingModel;
import tools.jackson.core.Version;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module of the {@code itom/1} format, the twin of the Jackson 2 {@link ItomModule}:
 * the same serializers for {@link OperatingModel} and each of its parts, for rule {@code Finding}s
 * and {@code Report}s, for diffs, changes, merges and conflicts ({@code itom-diff/1}), and the same
 * deserializers of {@link OperatingModel} and {@code ModelDiff}, running the one reader and writer
 * of each format.
 *
 * <p>It is registered as a service, so {@code JsonMapper.builder().findAndAddModules().build()}
 * finds it, and so does Spring Boot 4 with no configuration; or add it by hand with {@code
 * JsonMapper.builder().addModule(new ItomJackson3Module())}. A document that is not a valid model
 * fails with a {@code tools.jackson.databind.DatabindException} whose cause is the {@link
 * ItomJsonException} listing every problem, with line, column and JSON Pointer. Through a mapper
 * the document is written with the mapper's own settings (for example its pretty printer); for
 * canonical files use {@link ItomJson#writer()}.
 *
 * <p>Needs {@code tools.jackson.core:jackson-databind} 3.0 or later on the class path (or the
 * module {@code tools.jackson.databind} on the module path), which this library declares optional.
 *
 * @since 0.1
 */
public final class ItomJackson3Module extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module; the serializers and deserializers it registers are shared singletons. */
  public ItomJackson3Module() {
    super("itom", Version.unknownVersion());
    Jackson3Codecs.register(this);
  }
}
