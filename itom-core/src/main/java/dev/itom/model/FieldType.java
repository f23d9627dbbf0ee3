package dev.itom.model;

/**
 * The type of a value of a {@link MetaField}: what the field holds in the model and how it is
 * written in {@code itom/1}.
 *
 * @since 0.1
 */
public enum FieldType {
  /**
   * The element's own id, unique across the model and matching {@link OperatingModel#ID_REGEX}; in
   * JSON a string. Java value: {@link String}.
   */
  ID,
  /** A string; in JSON a string. Java value: {@link String}. */
  TEXT,
  /** A decimal read without loss; in JSON a number. Java value: {@link java.math.BigDecimal}. */
  DECIMAL,
  /**
   * One of a fixed set of lower-case hyphenated codes ({@link MetaField#enumCodes()}); in JSON a
   * string. Java value: the enum constant.
   */
  ENUM,
  /**
   * The id of an element of one of {@link MetaField#referenceKinds()}; in JSON a string. Java
   * value: {@link String}.
   */
  REFERENCE,
  /**
   * A list of ids of elements of {@link MetaField#referenceKinds()}, no id twice; in JSON an array
   * of strings. Java value: {@code ImmutableList<String>}.
   */
  REFERENCES,
  /** A list of strings; in JSON an array of strings. Java value: {@code ImmutableList<String>}. */
  TEXTS,
  /**
   * A map of string keys to string values, keys sorted; in JSON an object. Java value: {@code
   * ImmutableSortedMap<String, String>}.
   */
  MAP,
  /**
   * One nested value of {@link MetaField#itemType()}; in JSON an object. Java value: the nested
   * value.
   */
  OBJECT,
  /**
   * A list of nested values of {@link MetaField#itemType()}; in JSON an array of objects. Java
   * value: {@code ImmutableList} of the nested values.
   */
  OBJECTS;

  /**
   * Returns whether values of this type are lists (references, texts or objects).
   *
   * @return whether values of this type are lists (references, texts or objects)
   */
  public boolean isList() {
    return this == REFERENCES || this == TEXTS || this == OBJECTS;
  }

  /**
   * Returns whether values of this type name other elements by id.
   *
   * @return whether values of this type name other elements by id
   */
  public boolean isReference() {
    return this == REFERENCE || this == REFERENCES;
  }
}
