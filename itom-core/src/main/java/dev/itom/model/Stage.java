package dev.itom.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A stage of a {@link ValueChain}: a step that answers some of the chain's questions (what, how,
 * why, who; why us, which options, at what cost, by when), owned by a {@link Role}, consuming and
 * producing {@link Artifact artifacts}.
 *
 * <p>Instances are immutable; build one with {@link #builder()} or {@link #of(String, String)}.
 *
 * @since 0.1
 */
@Value.Immutable
@ItomStyle
@SuppressWarnings("immutables:subtype")
public abstract class Stage implements Element {
  Stage() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the stage with the given id and name and nothing else.
   *
   * @param id the id, unique across the model
   * @param name the name
   * @return the stage
   * @throws NullPointerException if an argument is null
   */
  public static Stage of(String id, String name) {
    return builder().id(id).name(name).build();
  }

  @Override
  public final ElementKind elementKind() {
    return ElementKind.STAGE;
  }

  /**
   * Returns the id of the {@link Role} that owns this stage.
   *
   * @return the owner's id, or empty when the stage has no owner yet
   */
  public abstract Optional<String> owner();

  /**
   * Returns the questions this stage answers, in order, for example {@code "Why?"} or {@code "At
   * what cost?"}.
   *
   * @return the questions, possibly empty
   */
  public abstract ImmutableList<String> questions();

  /**
   * Returns the ids of the {@link Artifact artifacts} this stage consumes, in order.
   *
   * @return artifact ids, possibly empty
   */
  public abstract ImmutableList<String> consumes();

  /**
   * Returns the ids of the {@link Artifact artifacts} this stage produces, in order.
   *
   * @return artifact ids, possibly empty
   */
  public abstract ImmutableList<String> produces();

  /**
   * Returns a copy with the given name.
   *
   * @param name the new name
   * @return a stage equal to this one but for the name
   * @throws NullPointerException if {@code name} is null
   */
  public abstract Stage withName(String name);

  /**
   * Returns a copy owned by the given role.
   *
   * @param owner the id of the owning role
   * @return a stage equal to this one but for the owner
   * @throws NullPointerException if {@code owner} is null
   */
  public abstract Stage withOwner(String owner);

  /**
   * Builds a {@link Stage}; every setter rejects null, {@link #build()} requires id and name.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableStage.Builder {
    Builder() {}
  }
}
