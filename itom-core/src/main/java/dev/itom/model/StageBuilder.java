package dev.itom.model;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Fluent builder of one {@link Stage}, obtained inside {@link ChainBuilder#stage(String, String,
 * java.util.function.Consumer)}: who owns the stage, which questions it answers, which artifacts it
 * consumes and produces.
 *
 * @since 0.1
 */
public final class StageBuilder extends DetailsBuilder<StageBuilder> {
  private final String name;
  private @Nullable String owner;
  private final List<String> questions = new ArrayList<>();
  private final List<String> consumes = new ArrayList<>();
  private final List<String> produces = new ArrayList<>();

  StageBuilder(String id, String name) {
    super(id);
    this.name = checkNotNull(name, "name");
  }

  @Override
  StageBuilder self() {
    return this;
  }

  @Override
  String noun() {
    return "stage";
  }

  /**
   * Sets the role that owns the stage. The role may be declared later in the model builder.
   *
   * @param roleId the id of a role
   * @return this builder
   * @throws NullPointerException if {@code roleId} is null
   * @throws IllegalStateException if an owner was already set: a stage has one owner; give other
   *     roles a RACI assignment with {@link OperatingModelBuilder#assign}
   */
  public StageBuilder owner(String roleId) {
    checkNotNull(roleId, "roleId");
    checkState(
        owner == null,
        "stage \"%s\" already has the owner \"%s\"; a stage has one owner: call owner(...) once"
            + " and give other roles a RACI assignment with assign(role, \"%s\", responsibility)",
        id,
        owner,
        id);
    owner = roleId;
    return this;
  }

  /**
   * Adds questions the stage answers, for example {@code "What?"}, {@code "Why us?"}.
   *
   * @param questions the questions, in order
   * @return this builder
   * @throws NullPointerException if a question is null
   */
  public StageBuilder answers(String... questions) {
    for (String question : questions) {
      this.questions.add(checkNotNull(question, "question"));
    }
    return this;
  }

  /**
   * Adds artifacts the stage consumes. They may be declared later in the model builder.
   *
   * @param artifactIds ids of artifacts
   * @return this builder
   * @throws NullPointerException if an id is null
   */
  public StageBuilder consumes(String... artifactIds) {
    for (String artifactId : artifactIds) {
      consumes.add(checkNotNull(artifactId, "artifactId"));
    }
    return this;
  }

  /**
   * Adds artifacts the stage produces. They may be declared later in the model builder.
   *
   * @param artifactIds ids of artifacts
   * @return this builder
   * @throws NullPointerException if an id is null
   */
  public StageBuilder produces(String... artifactIds) {
    for (String artifactId : artifactIds) {
      produces.add(checkNotNull(artifactId, "artifactId"));
    }
    return this;
  }

  Stage build() {
    return ModelElements.INSTANCE.stage(
        id, name, description, properties(), owner, questions, consumes, produces);
  }
}
