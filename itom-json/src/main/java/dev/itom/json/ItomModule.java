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
 * <p>It is registered as a service, so {@code new ObjectMapper().findAndRegisterModules()} finds
 * it; or register it by hand with {@code mapper.registerModule(new ItomModule())}. Spring Boot 3
 * does not use the service loader: it registers the Jackson 2 modules that are beans, so an
 * application declares one, {@code @Bean ItomModule itomModule() { return new ItomModule(); }}
 * (Spring Boot 4 maps with Jackson 3 and finds {@link ItomJackson3Module} by itself). A document
 * that is not a valid model fails with a {@code JsonMappingException} whose cause is the {@link
 * ItomJsonException} listing every problem. Through a mapper the document is written with the
 * mapper's own settings (for example its pretty printer); for canonical files use {@link
 * ItomJson#writer()}.
 *
 * <p>Needs {@code com.fasterxml.jackson.core:jackson-databind} 2.18 or later on the class path (or
 * the module {@code com.fasterxml.jackson.databind}), which this library declares optional.
 *
 * @since 0.1
 */
public final class ItomModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module; the serializers and deserializers it registers are shared singletons. */
  public ItomModule() {
    super("itom", Version.unknownVersion());
    JacksonCodecs.register(this);
  }
}
