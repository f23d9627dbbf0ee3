package dev.itom.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A support process around the core value chains: a {@linkplain ProcessCategory#GOVERNING
 * governing} one (portfolio management, business relationship management, IT governance), an
 * {@linkplain ProcessCategory#ENABLING enabling} one (project management) or another {@linkplain
 * ProcessCategory#SUPPORTING supporting} one. It {@link #supports() supports} stages or whole
 * chains and may refer to management {@link #frameworks() frameworks}.
 *
 * <p>Instances are immutable; build one with {@link #builder()} or {@link #of(String, String,
 * ProcessCategory)}.
 *
 * @since 0.1
 */
@Value.Immutable
@ItomStyle
@SuppressWarnings("immutables:subtype")
public abstract class SupportProcess implements Element {
  SupportProcess() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the process with the given id, name and category and nothing else.
   *
   * @param id the id, unique across the model
   * @param name the name
   * @param category the category
   * @return the process
   * @throws NullPointerException if an argument is null
   */
  public static SupportProcess of(String id, String name, ProcessCategory category) {
    return builder().id(id).name(name).category(category).build();
  }

  @Override
  public final ElementKind elementKind() {
    return ElementKind.PROCESS;
  }

  /**
   * Returns the category of this process.
   *
   * @return the category
   */
  public abstract ProcessCategory category();

  /**
   * Returns the id of the {@link Role} that owns this process.
   *
   * @return the owner's id, or empty
   */
  public abstract Optional<String> owner();

  /**
   * Returns the ids of the stages or value chains this process supports, in order.
   *
   * @return stage or chain ids, possibly empty
   */
  public abstract ImmutableList<String> supports();

  /**
   * Returns the framework references of this process, in order.
   *
   * @return the references, possibly empty
   */
  public abstract ImmutableList<FrameworkReference> frameworks();

  /**
   * Returns a copy with the given name.
   *
   * @param name the new name
   * @return a process equal to this one but for the name
   * @throws NullPointerException if {@code name} is null
   */
  public abstract SupportProcess withName(String name);

  /**
   * Returns a copy that supports the given stages or chains.
   *
   * @param supports ids of stages or chains
   * @return a process equal to this one but for what it supports
   * @throws NullPointerException if {@code supports} or one of its ids is null
   */
  public abstract SupportProcess withSupports(Iterable<String> supports);

  /**
   * Builds a {@link SupportProcess}; {@link #build()} requires id, name and category.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableSupportProcess.Builder {
    Builder() {}
  }
}
