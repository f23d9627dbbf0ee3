package dev.itom.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.itom.json.internal.JacksonCodecs;
import dev.itom.model.OperatingModel;

/**
 * The Jackson module of the {@code itom/1} format: hand-written streaming serializers for {@link
 * OperatingModel} and each of its parts (roles, stages, offerings, ...), for rule {@code Finding}s
 * and {@code Report}s, and the strict deserializer of {@link OperatingModel}.
 *
 * <p>It is registered as a service, so {@code new ObjectMapper().findAndRegisterModules()} and
 * Spring Boot pick it up; or register it by hand with {@code mapper.registerModule(new
 * ItomModule())}. Through a mapper the document is written with the mapper's own settings (for
 * example its pretty printer); for canonical files use {@link ItomJson#writer()}.
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
