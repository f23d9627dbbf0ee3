package dev.itom.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One kind of value in an operating model (the model itself, each element kind, and the parts
 * without an id: framework references, alignments, pricing, assignments), described as data: its
 * name in the format, its Java type and its fields in {@code itom/1} order.
 *
 * <p>Instances are the constants of {@link Metamodel}; they are immutable and compared by identity.
 * Tool vendors map their own metamodel onto itom through them, a portal can build a form for any
 * value from them, and itom's own reader, writer, diff and exchange formats use them so that the
 * format's field names and rules are written down once.
 *
 * @param <T> the Java type of the values of this kind
 * @since 0.1.0
 */
public final class MetaType<T> {
  private final String name;
  private final Class<T> javaType;
  private final @Nullable ElementKind elementKind;
  private final ImmutableList<MetaField<T>> fields;
  private final ImmutableMap<String, MetaField<T>> byName;
  private final ImmutableList<MetaField<T>> identity;

  MetaType(
      String name,
      Class<T> javaType,
      @Nullable ElementKind elementKind,
      ImmutableList<MetaField<T>> fields,
      ImmutableList<String> identity) {
    this.name = name;
    this.javaType = javaType;
    this.elementKind = elementKind;
    this.fields = fields;
    ImmutableMap.Builder<String, MetaField<T>> names = ImmutableMap.builder();
    for (MetaField<T> field : fields) {
      names.put(field.name(), field);
      field.attach(this);
    }
    this.byName = names.buildOrThrow();
    ImmutableList.Builder<MetaField<T>> key = ImmutableList.builder();
    for (String fieldName : identity) {
      key.add(checkNotNull(byName.get(fieldName), fieldName));
    }
    this.identity = key.build();
  }

  /**
   * Returns the name of this kind in the format's documentation, such as {@code Stage} or {@code
   * SupportProcess} (the {@code processes} entries).
   *
   * @return the name of this kind in the format's documentation, such as {@code Stage} or {@code
   *     SupportProcess} (the {@code processes} entries)
   */
  public String name() {
    return name;
  }

  /**
   * Returns the Java type of values of this kind, such as {@code Stage.class}.
   *
   * @return the Java type of values of this kind, such as {@code Stage.class}
   */
  public Class<T> javaType() {
    return javaType;
  }

  /**
   * Returns the element kind of this type when its values are elements (they have an id unique
   * across the model); empty for the model itself and for the parts without an id.
   *
   * @return the element kind of this type when its values are elements (they have an id unique
   *     across the model)
   */
  public Optional<ElementKind> elementKind() {
    return Optional.ofNullable(elementKind);
  }

  /**
   * Returns the fields in {@code itom/1} order, the order the canonical writer uses.
   *
   * @return the fields in {@code itom/1} order, the order the canonical writer uses
   */
  public ImmutableList<MetaField<T>> fields() {
    return fields;
  }

  /**
   * Returns the field with the given {@code itom/1} name.
   *
   * @param fieldName the name, such as {@code owner}
   * @return the field, or empty if this kind has no such field
   * @throws NullPointerException if {@code fieldName} is null
   */
  public Optional<MetaField<T>> field(String fieldName) {
    return Optional.ofNullable(byName.get(checkNotNull(fieldName, "fieldName")));
  }

  /**
   * Returns the fields that identify a value of this kind among its siblings: {@code id} for
   * elements; for the parts without an id what identifies them ({@code from}, {@code to}, {@code
   * kind} for an alignment; {@code role}, {@code target}, {@code responsibility} for an assignment;
   * {@code framework}, {@code ref} for a framework reference); empty for the model and for a part
   * that stands alone in its owner (pricing).
   *
   * @return the fields that identify a value of this kind among its siblings: {@code id} for
   *     elements
   */
  public ImmutableList<MetaField<T>> identity() {
    return identity;
  }

  /** Returns the name of this kind. */
  @Override
  public String toString() {
    return name;
  }
}
