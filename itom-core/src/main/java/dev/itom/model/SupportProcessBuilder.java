package dev.itom.model;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Fluent builder of one {@link SupportProcess}, obtained inside {@link
 * OperatingModelBuilder#governing(String, String, java.util.function.Consumer)} and its siblings:
 * its owner, the stages or chains it supports and its framework references.
 *
 * @since 0.1
 */
public final class SupportProcessBuilder extends DetailsBuilder<SupportProcessBuilder> {
  private final String name;
  private final ProcessCategory category;
  private @Nullable String owner;
  private final List<String> supports = new ArrayList<>();
  private final List<FrameworkReference> frameworks = new ArrayList<>();

  SupportProcessBuilder(String id, String name, ProcessCategory category) {
    super(id);
    this.name = checkNotNull(name, "name");
    this.category = checkNotNull(category, "category");
  }

  @Override
  SupportProcessBuilder self() {
    return this;
  }

  @Override
  String noun() {
    return "process";
  }

  /**
   * Sets the role that owns the process.
   *
   * @param roleId the id of a role
   * @return this builder
   * @throws NullPointerException if {@code roleId} is null
   * @throws IllegalStateException if an owner was already set
   */
  public SupportProcessBuilder owner(String roleId) {
    checkNotNull(roleId, "roleId");
    checkState(
        owner == null,
        "process \"%s\" already has the owner \"%s\"; call owner(...) once and give other roles a"
            + " RACI assignment with assign(role, \"%s\", responsibility)",
        id,
        owner,
        id);
    owner = roleId;
    return this;
  }

  /**
   * Adds stages or whole value chains this process supports.
   *
   * @param stageOrChainIds ids of stages or chains; they may be declared later
   * @return this builder
   * @throws NullPointerException if an id is null
   */
  public SupportProcessBuilder supports(String... stageOrChainIds) {
    for (String id : stageOrChainIds) {
      supports.add(checkNotNull(id, "stageOrChainId"));
    }
    return this;
  }

  /**
   * Adds a framework reference.
   *
   * @param framework the framework, for example {@value FrameworkReference#COBIT_2019}
   * @param ref the reference within it
   * @param name the name of the referenced item
   * @return this builder
   * @throws NullPointerException if an argument is null
   */
  public SupportProcessBuilder framework(String framework, String ref, String name) {
    frameworks.add(FrameworkReference.of(framework, ref, name));
    return this;
  }

  /**
   * Adds a reference to a COBIT 2019 governance or management objective.
   *
   * @param objective the objective code, for example {@code APO05}
   * @param name its name, for example {@code Managed Portfolio}
   * @return this builder
   * @throws NullPointerException if an argument is null
   */
  public SupportProcessBuilder cobit(String objective, String name) {
    return framework(FrameworkReference.COBIT_2019, objective, name);
  }

  /**
   * Adds a reference to an ITIL 4 practice.
   *
   * @param practice the practice, for example {@code portfolio-management}
   * @param name its name, for example {@code Portfolio management}
   * @return this builder
   * @throws NullPointerException if an argument is null
   */
  public SupportProcessBuilder itil(String practice, String name) {
    return framework(FrameworkReference.ITIL_4, practice, name);
  }

  SupportProcess build() {
    return ModelElements.INSTANCE.process(
        id, name, description, properties(), category, owner, supports, frameworks);
  }
}
