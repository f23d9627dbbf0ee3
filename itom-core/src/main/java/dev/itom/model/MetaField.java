package dev.itom.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One field of a {@link MetaType}: its {@code itom/1} name, its {@link FieldType}, whether it is
 * required, what it may refer to or which codes it allows, and an accessor that reads it from a
 * model value.
 *
 * <p>Instances are constants of {@link Metamodel}; they are immutable and compared by identity.
 *
 * @param <T> the Java type of the values that have this field
 * @since 0.1
 */
public final class MetaField<T> {
  private final String name;
  private final FieldType type;
  private final boolean required;
  private final boolean ordered;
  private final ImmutableSet<ElementKind> referenceKinds;
  private final @Nullable Class<? extends Enum<?>> enumType;
  private final ImmutableList<String> enumCodes;
  private final @Nullable MetaType<?> itemType;
  private final Function<T, @Nullable Object> accessor;
  private @Nullable MetaType<T> owner;

  MetaField(
      String name,
      FieldType type,
      boolean required,
      boolean ordered,
      ImmutableSet<ElementKind> referenceKinds,
      @Nullable Class<? extends Enum<?>> enumType,
      ImmutableList<String> enumCodes,
      @Nullable MetaType<?> itemType,
      Function<T, @Nullable Object> accessor) {
    checkArgument(type.isReference() == !referenceKinds.isEmpty(), "reference kinds of %s", name);
    checkArgument((type == FieldType.ENUM) == (enumType != null), "enum type of %s", name);
    boolean nested = type == FieldType.OBJECT || type == FieldType.OBJECTS;
    checkArgument(nested == (itemType != null), "item type of %s", name);
    checkArgument(!ordered || type.isList(), "only a list is ordered: %s", name);
    this.name = name;
    this.type = type;
    this.required = required;
    this.ordered = ordered;
    this.referenceKinds = referenceKinds;
    this.enumType = enumType;
    this.enumCodes = enumCodes;
    this.itemType = itemType;
    this.accessor = accessor;
  }

  void attach(MetaType<T> owner) {
    checkState(this.owner == null, "field %s already belongs to a type", name);
    this.owner = owner;
  }

  /**
   * Returns the field's name in {@code itom/1}, such as {@code realizedBy}.
   *
   * @return the field's name in {@code itom/1}, such as {@code realizedBy}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the type of the field's values.
   *
   * @return the type of the field's values
   */
  public FieldType type() {
    return type;
  }

  /**
   * Returns whether the field is required: a document without it is refused, and the model always
   * has a value. An optional field may be absent ({@link #get} returns null); an optional list or
   * map may be empty, which {@code itom/1} writes by leaving the field out.
   *
   * @return whether the field is required: a document without it is refused, and the model always
   *     has a value
   */
  public boolean required() {
    return required;
  }

  /**
   * Returns whether the order of this list's items carries meaning: a value chain's stages run from
   * first to last. The order of every other list is presentational (the order people wrote it in):
   * kept and compared like any value, but reordering such a list changes nothing the model says. A
   * diff reports both as moves and marks the presentational ones; a merge never reports a conflict
   * about a presentational order alone.
   *
   * @return true for a list whose order carries meaning; false for every other field
   */
  public boolean ordered() {
    return ordered;
  }

  /**
   * Returns the kinds of element a {@link FieldType#REFERENCE REFERENCE} or {@link
   * FieldType#REFERENCES REFERENCES} field may name; empty for every other type.
   *
   * @return the kinds of element a {@link FieldType#REFERENCE REFERENCE} or {@link
   *     FieldType#REFERENCES REFERENCES} field may name
   */
  public ImmutableSet<ElementKind> referenceKinds() {
    return referenceKinds;
  }

  /**
   * Returns the Java enum of an {@link FieldType#ENUM ENUM} field; empty for every other type.
   *
   * @return the Java enum of an {@link FieldType#ENUM ENUM} field
   */
  public Optional<Class<? extends Enum<?>>> enumType() {
    return Optional.ofNullable(enumType);
  }

  /**
   * Returns the codes an {@link FieldType#ENUM ENUM} field allows, in declaration order, such as
   * {@code requirement-to-value}; empty for every other type.
   *
   * @return the codes an {@link FieldType#ENUM ENUM} field allows, in declaration order, such as
   *     {@code requirement-to-value}
   */
  public ImmutableList<String> enumCodes() {
    return enumCodes;
  }

  /**
   * Returns the type of the nested values of an {@link FieldType#OBJECT OBJECT} or {@link
   * FieldType#OBJECTS OBJECTS} field; empty for every other type.
   *
   * @return the type of the nested values of an {@link FieldType#OBJECT OBJECT} or {@link
   *     FieldType#OBJECTS OBJECTS} field
   */
  public Optional<MetaType<?>> itemType() {
    return Optional.ofNullable(itemType);
  }

  /**
   * Returns the type this field belongs to.
   *
   * @return the type this field belongs to
   * @throws IllegalStateException never for the constants of {@link Metamodel}
   */
  public MetaType<T> owner() {
    MetaType<T> type = owner;
    checkState(type != null, "field %s belongs to no type", name);
    return type;
  }

  /**
   * Reads this field from a value: a {@link String}, {@link java.math.BigDecimal}, enum constant,
   * nested value, or an immutable list or sorted map, as {@link FieldType} describes; null when an
   * optional field is absent. Lists and maps are returned as held (possibly empty), never null.
   *
   * @param value the value to read, of this field's {@link #owner() owner} type
   * @return the field's value, or null when an optional single value is absent
   * @throws NullPointerException if {@code value} is null
   */
  public @Nullable Object get(T value) {
    return accessor.apply(checkNotNull(value, "value"));
  }

  /**
   * Returns a copy of {@code value} with this field set to {@code fieldValue} and every other field
   * as it is: {@link MetaType#create} with this one value replaced. Setting a field of the model
   * checks the model's invariants.
   *
   * @param value the value to copy, of this field's {@link #owner() owner} type
   * @param fieldValue the new value of this field, as {@link #get} returns it; null for an absent
   *     optional value or an empty list or map
   * @return the copy
   * @throws NullPointerException if {@code value} is null, or {@code fieldValue} is null for a
   *     required field
   * @throws IllegalArgumentException if {@code fieldValue} is not of the Java type this field holds
   * @throws InvalidModelException if {@code value} is the model and the copy would break an
   *     invariant
   */
  public T with(T value, @Nullable Object fieldValue) {
    checkNotNull(value, "value");
    return owner().create(field -> field == this ? fieldValue : field.get(value));
  }

  /** Returns {@code Owner.name}, such as {@code Stage.owner}. */
  @Override
  public String toString() {
    MetaType<T> type = owner;
    return (type == null ? "?" : type.name()) + "." + name;
  }
}
