package dev.itom.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The model that the models built on this thread are derived from, while an edit of it (a patch, a
 * merge) builds its result: a hint that lets the result's invariant check skip what the two share.
 * The hint is only ever an operating model, which is valid by construction; a model built under a
 * hint that it shares nothing with is checked whole, as without one.
 */
public final class Derivation {
  private static final ThreadLocal<@Nullable Object> CURRENT = new ThreadLocal<>();

  private Derivation() {}

  /**
   * Runs {@code build} with {@code base} as the model that what it builds is derived from.
   *
   * @param base the valid model the result is an edit of
   * @param build what builds the result
   * @param <T> the type of the result
   * @return what {@code build} returns
   * @throws NullPointerException if an argument is null
   */
  public static <T> T from(Object base, Supplier<T> build) {
    checkNotNull(base, "base");
    checkNotNull(build, "build");
    Object outer = CURRENT.get();
    CURRENT.set(base);
    try {
      return build.get();
    } finally {
      if (outer == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(outer);
      }
    }
  }

  /**
   * Returns the model that what is built on this thread now is derived from, or null if none.
   *
   * @return the base model, or null
   */
  public static @Nullable Object current() {
    return CURRENT.get();
  }
}
