package dev.itom.diff;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.itom.model.FieldType;
import dev.itom.model.MetaField;
import dev.itom.model.MetaType;
import dev.itom.model.Metamodel;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a value sits in an operating model by identity, never by position: the model itself, an
 * element by its id (wherever it is nested: a stage is found in whichever chain holds it), or a
 * part below one of them, step by step by field and {@link Key}, such as the alignment {@code
 * (r2v.deliver, o2c.order, handoff)} of the model or the pricing of offering {@code collab}.
 *
 * <p>Changes name what they change by a locator, so that applying them to another version of the
 * model finds the same element after the other side inserted, removed or reordered others.
 *
 * @param elementType the type of the element the locator starts at, {@link Metamodel#MODEL} for the
 *     model
 * @param elementId the id of that element, null for the model
 * @param steps the parts below it, outermost first
 * @since 0.1
 */
public record Locator(
    MetaType<?> elementType, @Nullable String elementId, ImmutableList<Locator.Step> steps) {
  private static final Locator MODEL = new Locator(Metamodel.MODEL, null, ImmutableList.of());

  /**
   * Checks the components.
   *
   * @param elementType the type of the element the locator starts at, {@link Metamodel#MODEL} for
   *     the model
   * @param elementId the id of that element, null for the model
   * @param steps the parts below it, outermost first
   * @throws NullPointerException if {@code elementType} or {@code steps} is null
   * @throws IllegalArgumentException if the id is given for the model or missing for an element, or
   *     a step's field does not belong to the type reached by the steps before it
   */
  public Locator {
    checkNotNull(elementType, "elementType");
    checkNotNull(steps, "steps");
    checkArgument(
        (elementId == null) == (elementType == Metamodel.MODEL),
        "an element locator has an id, the model's has none");
    MetaType<?> type = elementType;
    for (Step step : steps) {
      checkArgument(
          step.field().owner() == type, "%s is not a field of %s", step.field(), type.name());
      type = step.field().itemType().orElseThrow();
    }
  }

  /** {@return the locator of the model itself} */
  public static Locator model() {
    return MODEL;
  }

  /**
   * Returns the locator of an element.
   *
   * @param type the element's type, such as {@link Metamodel#STAGE}
   * @param id the element's id
   * @return the locator
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code type} is not an element type
   */
  public static Locator element(MetaType<?> type, String id) {
    checkNotNull(type, "type");
    checkArgument(type.elementKind().isPresent(), "%s is not an element type", type.name());
    return new Locator(type, checkNotNull(id, "id"), ImmutableList.of());
  }

  /**
   * Returns the locator of a part below this one.
   *
   * @param field an {@link FieldType#OBJECT OBJECT} or {@link FieldType#OBJECTS OBJECTS} field of
   *     {@link #type()} whose items have no id of their own
   * @param key the part's key; {@link Key#none()} for an {@code OBJECT} field
   * @return the locator
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the field is not such a field of this type
   */
  public Locator child(MetaField<?> field, Key key) {
    checkNotNull(field, "field");
    checkNotNull(key, "key");
    MetaType<?> item =
        field
            .itemType()
            .orElseThrow(() -> new IllegalArgumentException(field + " holds no nested values"));
    checkArgument(item.elementKind().isEmpty(), "%s holds elements: use element()", field);
    return new Locator(
        elementType,
        elementId,
        ImmutableList.<Step>builderWithExpectedSize(steps.size() + 1)
            .addAll(steps)
            .add(new Step(field, key))
            .build());
  }

  /** {@return the type of the value this locator names} */
  public MetaType<?> type() {
    return steps.isEmpty()
        ? elementType
        : steps.get(steps.size() - 1).field().itemType().orElseThrow();
  }

  /** {@return whether this is the locator of the model itself} */
  public boolean isModel() {
    return elementId == null && steps.isEmpty();
  }

  /** {@return the locator one step up, empty for an element or the model} */
  public Optional<Locator> parent() {
    if (steps.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Locator(elementType, elementId, steps.subList(0, steps.size() - 1)));
  }

  /**
   * {@return whether {@code other} is this locator or one below it}
   *
   * @param other the locator to look for
   * @throws NullPointerException if {@code other} is null
   */
  public boolean contains(Locator other) {
    checkNotNull(other, "other");
    return elementType == other.elementType
        && java.util.Objects.equals(elementId, other.elementId)
        && steps.size() <= other.steps.size()
        && steps.equals(other.steps.subList(0, steps.size()));
  }

  /**
   * Returns {@code model}, the element's id, then each step as {@code /field[key]}, such as {@code
   * portfolio/frameworks[cobit2019 APO05]}.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(elementId == null ? "model" : elementId);
    for (Step step : steps) {
      text.append('/').append(step.field().name());
      if (!step.key().values().isEmpty()) {
        text.append('[').append(step.key()).append(']');
      }
    }
    return text.toString();
  }

  /**
   * One step from a value down to a part it holds.
   *
   * @param field the field that holds the part
   * @param key the part's key within that field
   * @since 0.1
   */
  public record Step(MetaField<?> field, Key key) {
    /**
     * Checks the components.
     *
     * @param field the field that holds the part
     * @param key the part's key within that field
     * @throws NullPointerException if an argument is null
     */
    public Step {
      checkNotNull(field, "field");
      checkNotNull(key, "key");
    }
  }
}
