package dev.itom.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The equality of every diagnostic (violation, finding, problem): same class and equal components
 * (code, pointer, message, and what each kind adds: a line and column, a severity).
 */
public final class Diagnostics {
  private Diagnostics() {}

  /**
   * Returns whether {@code self} and {@code other} are equal diagnostics: {@code other} is of the
   * same class, and their components are equal.
   *
   * @param <T> the type of the values
   * @param self the self
   * @param other the other
   * @param type the type
   * @param components the components
   * @return whether {@code self} and {@code other} are equal diagnostics: {@code other} is of the
   *     same class, and their components are equal
   * @throws NullPointerException if {@code self}, {@code type} or {@code components} is null
   */
  public static <T> boolean equal(
      T self, @Nullable Object other, Class<T> type, Components<T> components) {
    checkNotNull(self, "self");
    checkNotNull(type, "type");
    checkNotNull(components, "components");
    if (self == other) {
      return true;
    }
    if (other == null || other.getClass() != type) {
      return false;
    }
    T that = type.cast(other);
    return Arrays.equals(components.of(self), components.of(that));
  }

  /**
   * Returns the hash code of a diagnostic, consistent with {@link #equal}.
   *
   * @param <T> the type of the values
   * @param self the self
   * @param components the components
   * @return the hash code of a diagnostic, consistent with {@link #equal}
   * @throws NullPointerException if {@code self} is null
   */
  public static <T> int hash(T self, Components<T> components) {
    checkNotNull(self, "self");
    return Arrays.hashCode(components.of(self));
  }

  /**
   * The components of a kind of diagnostic: code, pointer, message, then what the kind adds.
   *
   * @param <T> the kind of diagnostic
   */
  @FunctionalInterface
  public interface Components<T> {
    /**
     * Returns the components of {@code diagnostic}, in a fixed order.
     *
     * @param diagnostic the diagnostic
     * @return the components of {@code diagnostic}, in a fixed order
     */
    @Nullable Object[] of(T diagnostic);
  }
}
