package dev.itom.model;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An identified element of an {@link OperatingModel}: a role, consumer, artifact, value chain,
 * stage, support process, offering or KPI.
 *
 * <p>Within one model every element's id is unique across all kinds and matches {@link
 * OperatingModel#ID_PATTERN}; its name is not blank. These invariants are checked when the element
 * becomes part of a model, not when the element alone is built.
 *
 * @since 0.1
 */
public interface Element {
  /**
   * Returns the id of this element, unique across the whole model.
   *
   * @return the id
   */
  String id();

  /**
   * Returns the human-readable name of this element.
   *
   * @return the name
   */
  String name();

  /**
   * Returns the optional free-text description of this element.
   *
   * @return the description, or empty
   */
  Optional<String> description();

  /**
   * Returns the extension properties of this element, keys in natural order: the place where
   * portals and vendors keep their own data.
   *
   * @return the properties, possibly empty, never null
   */
  @Value.NaturalOrder
  ImmutableSortedMap<String, String> properties();

  /**
   * Returns the kind of this element.
   *
   * @return the kind
   */
  ElementKind elementKind();
}
