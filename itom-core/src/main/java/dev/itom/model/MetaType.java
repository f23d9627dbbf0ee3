package dev.itom.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import java.util.function.Function;
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
 * @since 0.1
 */
public final class MetaType<T> {
  private final String name;
  private final Class<T> javaType;
  private final @Nullable ElementKind elementKind;
  private final ImmutableList<MetaField<T>> fields;
  private final ImmutableMap<String, MetaField<T>> byName;
  private final ImmutableList<MetaField<T>> identity;
  private final Function<FieldValues<T>, T> factory;

  MetaType(
      String name,
      Class<T> javaType,
      @Nullable ElementKind elementKind,
      ImmutableList<MetaField<T>> fields,
      ImmutableList<String> identity,
      Function<FieldValues<T>, T> factory) {
    this.name = name;
    this.factory = factory;
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

  /**
   * Creates a value of this kind from the values of its fields: {@code values} is asked once for
   * each field, in {@link #fields()} order, and answers with a value as {@link MetaField#get} would
   * return it (a list for a list field, a map for a map field, a nested value for an object field).
   * Null stands for an absent optional value, and for an empty list or map.
   *
   * <p>This is how tools build or edit any value without code for its kind: {@code create(field ->
   * field.get(existing))} gives a value equal to {@code existing}. Creating the model itself checks
   * its invariants once, as {@link OperatingModelBuilder#build()} does.
   *
   * @param values the value of each field
   * @return the new value
   * @throws NullPointerException if {@code values} is null, or answers null for a required field
   * @throws IllegalArgumentException if a value is not of the Java type its field holds
   * @throws InvalidModelException if this is {@link Metamodel#MODEL} and the model would break an
   *     invariant
   */
  public T create(Function<? super MetaField<T>, ? extends @Nullable Object> values) {
    return factory.apply(new FieldValues<>(this, checkNotNull(values, "values")));
  }

  /** Returns the name of this kind. */
  @Override
  public String toString() {
    return name;
  }
}
