package dev.itom.diff;

import dev.itom.model.Alignment;
import dev.itom.model.Assignment;
import dev.itom.model.OperatingModel;
import dev.itom.model.Role;
import dev.itom.model.Stage;
import dev.itom.model.ValueChain;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Hand edits of a model for the golden tests, through the model's own immutable API (never through
 * the diff code under test).
 */
final class HandEdits {
  private HandEdits() {}

  /** Replaces one stage, wherever it is. */
  static OperatingModel stage(OperatingModel model, String id, UnaryOperator<Stage> edit) {
    List<ValueChain> chains = new ArrayList<>();
    for (ValueChain chain : model.valueChains()) {
      List<Stage> stages = new ArrayList<>();
      for (Stage stage : chain.stages()) {
        stages.add(stage.id().equals(id) ? edit.apply(stage) : stage);
      }
      chains.add(chain.withStages(stages));
    }
    return model.withValueChains(chains);
  }

  /** Edits the stages of one chain as a list. */
  static OperatingModel stages(OperatingModel model, String chainId, Consumer<List<Stage>> edit) {
    List<ValueChain> chains = new ArrayList<>();
    for (ValueChain chain : model.valueChains()) {
      List<Stage> stages = new ArrayList<>(chain.stages());
      if (chain.id().equals(chainId)) {
        edit.accept(stages);
      }
      chains.add(chain.withStages(stages));
    }
    return model.withValueChains(chains);
  }

  /** Moves a stage to the given index of a chain (possibly another one). */
  static OperatingModel moveStage(OperatingModel model, String id, String chainId, int index) {
    Stage moved = model.stage(id).orElseThrow();
    List<ValueChain> chains = new ArrayList<>();
    for (ValueChain chain : model.valueChains()) {
      List<Stage> stages = new ArrayList<>(chain.stages());
      stages.removeIf(stage -> stage.id().equals(id));
      if (chain.id().equals(chainId)) {
        stages.add(index, moved);
      }
      chains.add(chain.withStages(stages));
    }
    return model.withValueChains(chains);
  }

  static OperatingModel roles(OperatingModel model, Consumer<List<Role>> edit) {
    List<Role> roles = new ArrayList<>(model.roles());
    edit.accept(roles);
    return model.withRoles(roles);
  }

  static OperatingModel alignments(OperatingModel model, Consumer<List<Alignment>> edit) {
    List<Alignment> alignments = new ArrayList<>(model.alignments());
    edit.accept(alignments);
    return model.withAlignments(alignments);
  }

  static OperatingModel assignments(OperatingModel model, Consumer<List<Assignment>> edit) {
    List<Assignment> assignments = new ArrayList<>(model.assignments());
    edit.accept(assignments);
    return model.withAssignments(assignments);
  }

  /** Replaces one role. */
  static OperatingModel role(OperatingModel model, String id, UnaryOperator<Role> edit) {
    return roles(
        model, roles -> roles.replaceAll(role -> role.id().equals(id) ? edit.apply(role) : role));
  }
}
