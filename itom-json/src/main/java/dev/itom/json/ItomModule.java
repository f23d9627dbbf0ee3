package dev.itom.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.itom.json.internal.JacksonCodecs;
import dev.itom.model.OperatingModel;

/**
 * The Jackson 2 module of the {@code itom/1} format: hand-written streaming serializers for {@link
 * OperatingModel} and each of its parts (roles, stages, offerings, ...), for rule {@code Finding}s
 * and {@code Report}s, for diffs, changes, merges and conflicts ({@code itom-diff/1}, as {@link
 * DiffJson} writes them), and the deserializers of {@link OperatingModel} and {@code ModelDiff}.
 * Its Jackson 3 twin, running the same reader and writer, is {@link ItomJackson3Module}.
 *
 * <p>It is registered as a service on the class path, so {@code new
 * ObjectMapper().findAndRegisterModules()} finds it; on the module path, or by choice, register it
 * by hand with {@code mapper.registerModule(new ItomModule())} (the module {@code dev.itom.json}
 * provides no service of a databind module it may not have). Spring Boot 3 does not use the service
 * loader: it registers the Jackson 2 modules that are beans, so an application declares one,
 * {@code @Bean ItomModule itomModule() { return new ItomModule(); }} (Spring Boot 4 maps with
 * Jackson 3 and finds {@link ItomJackson3Module} by itself). A document that is not a valid model
 * fails with a {@code JsonMappingException} whose cause is the {@link ItomJsonException} listing
 * every problem (a diff: the {@link DiffJsonException}). Both are read strictly whatever the
 * mapper's {@code FAIL_ON_UNKNOWN_PROPERTIES} (which Spring Boot switches off): an unknown field is
 * a problem unless the application registers {@link #lenient()}. Through a mapper the document is
 * written with the mapper's own settings (for example its pretty printer); for canonical files use
 * {@link ItomJson#writer()}.
 *
 * <p>Needs {@code com.fasterxml.jackson.core:jackson-databind} 2.18 or later on the class path (or
 * the module {@code com.fasterxml.jackson.databind}), which this library declares optional.
 *
 * @since 0.1
 */
public final class ItomModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Whether a model's unknown fields are skipped rather than refused. */
  private final boolean lenient;

  /**
   * Creates the module, which reads models strictly: an unknown field is a problem, whatever the
   * mapper's {@code FAIL_ON_UNKNOWN_PROPERTIES}.
   */
  public ItomModule() {
    this(false);
  }

  private ItomModule(boolean lenient) {
    super("itom", Version.unknownVersion());
    this.lenient = lenient;
    JacksonCodecs.register(this, lenient);
  }

  /**
   * Returns a module that reads models leniently: an unknown field of a model is skipped, not
   * refused (every other problem still fails the read). Use it only where documents from a newer
   * version of the format must be accepted; register it in place of the module the service loader
   * finds (it has the same registration id, {@code "itom"}). Diffs are read strictly by both.
   *
   * @return a new lenient module
   */
  public static ItomModule lenient() {
    return new ItomModule(true);
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
