package dev.itom.model;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The part every fluent element builder shares: a description and extension properties. Not
 * designed for extension outside this package.
 *
 * @param <B> the concrete builder type, returned by every method for chaining
 * @since 0.1
 */
public abstract class DetailsBuilder<B extends DetailsBuilder<B>> {
  final String id;
  @Nullable String description;
  private @Nullable Map<String, String> properties;

  DetailsBuilder(String id) {
    this.id = checkNotNull(id, "id");
  }

  abstract B self();

  abstract String noun();

  /**
   * Sets the description.
   *
   * @param description free text
   * @return this builder
   * @throws NullPointerException if {@code description} is null
   * @throws IllegalStateException if a description was already set
   */
  public final B description(String description) {
    checkNotNull(description, "description");
    checkState(
        this.description == null,
        "the %s \"%s\" already has a description; call description(...) once",
        noun(),
        id);
    this.description = description;
    return self();
  }

  /**
   * Adds an extension property.
   *
   * @param key the key
   * @param value the value
   * @return this builder
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if {@code key} is already set
   */
  public final B property(String key, String value) {
    checkNotNull(key, "key");
    checkNotNull(value, "value");
    checkState(
        properties == null || !properties.containsKey(key),
        "the %s \"%s\" already has the property \"%s\"; set each key once",
        noun(),
        id,
        key);
    if (properties == null) {
      properties = new TreeMap<>();
    }
    properties.put(key, value);
    return self();
  }

  /**
   * Adds extension properties.
   *
   * @param properties the keys and values
   * @return this builder
   * @throws NullPointerException if {@code properties} or one of its keys or values is null
   * @throws IllegalStateException if a key is already set
   */
  public final B properties(Map<String, String> properties) {
    checkNotNull(properties, "properties");
    properties.forEach(this::property);
    return self();
  }

  /** The properties set so far, in key order; empty (and no map made) if none were set. */
  final Map<String, String> properties() {
    return properties == null ? ImmutableSortedMap.of() : properties;
  }
}
