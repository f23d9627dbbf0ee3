package dev.itom.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Fluent builder of one {@link ValueChain}, obtained inside {@link
 * OperatingModelBuilder#requirementToValue(String, String, Consumer)} and its siblings. Stages are
 * added in the order they run.
 *
 * @since 0.1
 */
public final class ChainBuilder extends DetailsBuilder<ChainBuilder> {
  private final String name;
  private final ValueChainKind kind;
  private final List<Stage> stages = new ArrayList<>();

  ChainBuilder(String id, String name, ValueChainKind kind) {
    super(id);
    this.name = checkNotNull(name, "name");
    this.kind = checkNotNull(kind, "kind");
  }

  @Override
  ChainBuilder self() {
    return this;
  }

  @Override
  String noun() {
    return "value chain";
  }

  /**
   * Adds the next stage with only an id and a name.
   *
   * @param id the stage id, unique across the model
   * @param name the stage name
   * @return this builder
   * @throws NullPointerException if an argument is null
   */
  public ChainBuilder stage(String id, String name) {
    return stage(id, name, stage -> {});
  }

  /**
   * Adds the next stage and describes it.
   *
   * @param id the stage id, unique across the model
   * @param name the stage name
   * @param details sets owner, questions, artifacts, description and properties
   * @return this builder
   * @throws NullPointerException if an argument is null
   */
  public ChainBuilder stage(String id, String name, Consumer<? super StageBuilder> details) {
    checkNotNull(details, "details");
    StageBuilder stage = new StageBuilder(id, name);
    details.accept(stage);
    stages.add(stage.build());
    return this;
  }

  /**
   * Adds a stage built elsewhere.
   *
   * @param stage the stage
   * @return this builder
   * @throws NullPointerException if {@code stage} is null
   */
  public ChainBuilder stage(Stage stage) {
    stages.add(checkNotNull(stage, "stage"));
    return this;
  }

  ValueChain build() {
    return ModelElements.INSTANCE.chain(id, name, description, properties(), kind, stages);
  }
}
