package dev.itom.model;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A link between two stages, usually of the two core chains, that keeps them interconnected: a
 * {@linkplain AlignmentKind#HANDOFF handoff}, a {@linkplain AlignmentKind#FEEDBACK feedback} or an
 * {@linkplain AlignmentKind#ALIGNMENT alignment}. An alignment has no id of its own: it is
 * identified by its {@link #from()}, {@link #to()} and {@link #kind()}.
 *
 * @since 0.1
 */
@Value.Immutable
@ItomStyle
public abstract class Alignment {
  Alignment() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the alignment between two stages.
   *
   * @param from the id of the stage the alignment starts at
   * @param to the id of the stage it ends at
   * @param kind the kind of alignment
   * @return the alignment
   * @throws NullPointerException if an argument is null
   */
  public static Alignment of(String from, String to, AlignmentKind kind) {
    return builder().from(from).to(to).kind(kind).build();
  }

  /**
   * Returns the id of the stage this alignment starts at.
   *
   * @return a stage id
   */
  public abstract String from();

  /**
   * Returns the id of the stage this alignment ends at.
   *
   * @return a stage id
   */
  public abstract String to();

  /**
   * Returns the kind of this alignment; in JSON {@code kind}.
   *
   * @return the kind
   */
  public abstract AlignmentKind kind();

  /**
   * Returns the optional description, shown as the label of the alignment's arrow.
   *
   * @return the description, or empty
   */
  public abstract Optional<String> description();

  /**
   * Returns the extension properties, keys in natural order.
   *
   * @return the properties, possibly empty
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<String, String> properties();

  /**
   * Builds an {@link Alignment}; {@link #build()} requires from, to and kind.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableAlignment.Builder {
    Builder() {}
  }
}
