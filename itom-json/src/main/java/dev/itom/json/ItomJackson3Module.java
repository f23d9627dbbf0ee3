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
 * <p>It is registered as a service on the class path, so {@code
 * JsonMapper.builder().findAndAddModules().build()} finds it, and so does Spring Boot 4 with no
 * configuration; on the module path, or by choice, add it by hand with {@code
 * JsonMapper.builder().addModule(new ItomJackson3Module())} (the module {@code dev.itom.json}
 * provides no service of a databind module it may not have). A document that is not a valid model
 * fails with a {@code tools.jackson.databind.DatabindException} whose cause is the {@link
 * ItomJsonException} listing every problem, with line, column and JSON Pointer (a diff: the {@link
 * DiffJsonException}). Both are read strictly whatever the mapper's {@code
 * FAIL_ON_UNKNOWN_PROPERTIES} (which Jackson 3 and Spring Boot switch off): an unknown field is a
 * problem unless the application adds {@link #lenient()}. Through a mapper the document is written
 * with the mapper's own settings (for example its pretty printer); for canonical files use {@link
 * ItomJson#writer()}.
 *
 * <p>Needs {@code tools.jackson.core:jackson-databind} 3.0 or later on the class path (or the
 * module {@code tools.jackson.databind} on the module path), which this library declares optional.
 *
 * @since 0.1
 */
public final class ItomJackson3Module extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Whether a model's unknown fields are skipped rather than refused. */
  private final boolean lenient;

  /**
   * Creates the module, which reads models strictly: an unknown field is a problem, whatever the
   * mapper's {@code FAIL_ON_UNKNOWN_PROPERTIES}.
   */
  public ItomJackson3Module() {
    this(false);
  }

  private ItomJackson3Module(boolean lenient) {
    super("itom", Version.unknownVersion());
    this.lenient = lenient;
    Jackson3Codecs.register(this, lenient);
  }

  /**
   * Returns a module that reads models leniently: an unknown field of a model is skipped, not
   * refused (every other problem still fails the read). Use it only where documents from a newer
   * version of the format must be accepted; register it in place of the module the service loader
   * finds (it has the same registration id, {@code "itom"}). Diffs are read strictly by both.
   *
   * @return a new lenient module
   */
  public static ItomJackson3Module lenient() {
    return new ItomJackson3Module(true);
  }

  /**
   * Returns whether this module skips a model's unknown fields.
   *
   * @return true for {@link #lenient()}'s module, false for the default
   */
  public boolean isLenient() {
    return lenient;
  }
}
