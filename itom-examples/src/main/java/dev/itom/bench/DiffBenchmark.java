package dev.itom.bench;

import dev.itom.diff.ModelDiff;
import dev.itom.diff.ModelMerge;
import dev.itom.json.JsonPatch;
import dev.itom.model.OperatingModel;
import dev.itom.model.Role;
import dev.itom.model.Stage;
import dev.itom.model.ValueChain;
import dev.itom.templates.Templates;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Diff, three-way merge and JSON Patch against the floor: {@code a.equals(b)} of two equal models,
 * in the same run. Every model compared is a fresh copy read back from JSON, so no two share an
 * instance and nothing is found equal by identity: as when two versions of a file are read.
 *
 * <ul>
 *   <li>equal: a fresh copy of the base;
 *   <li>nearly equal: a fresh copy with one stage renamed (a merge: ours renames a stage, theirs a
 *       role);
 *   <li>adding: a fresh copy with one role added (a merge: ours adds a role, theirs renames one);
 *   <li>scattered: one role in a hundred renamed, one in a hundred moved to the front of the list
 *       and as many new roles added at the front: many changes spread over one long list.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DiffBenchmark {
  /** The approximate number of elements of the model. */
  @Param({"1000", "10000", "100000", "1000000"})
  public int size;

  private OperatingModel base;
  private OperatingModel copy;
  private OperatingModel otherCopy;
  private OperatingModel nearly;
  private OperatingModel theirs;
  private OperatingModel scattered;
  private OperatingModel adding;

  /** Generates the models, each read back from JSON. */
  @Setup(Level.Trial)
  public void setUp() {
    OperatingModel model = Templates.sample(size);
    base = fresh(model);
    copy = fresh(model);
    otherCopy = fresh(model);
    nearly = fresh(renameStage(model));
    theirs = fresh(renameRole(model));
    scattered = fresh(scatter(model));
    adding = fresh(addRole(model));
  }

  private static OperatingModel fresh(OperatingModel model) {
    return Corpus.READER.read(Corpus.WRITER.writeToBytes(model));
  }

  /** The model with the middle stage of the middle chain renamed. */
  static OperatingModel renameStage(OperatingModel model) {
    List<ValueChain> chains = new ArrayList<>(model.valueChains());
    int c = chains.size() / 2;
    List<Stage> stages = new ArrayList<>(chains.get(c).stages());
    int s = stages.size() / 2;
    stages.set(s, stages.get(s).withName(stages.get(s).name() + " (renamed)"));
    chains.set(c, chains.get(c).withStages(stages));
    return model.withValueChains(chains);
  }

  /** The model with the middle role renamed. */
  static OperatingModel renameRole(OperatingModel model) {
    List<Role> roles = new ArrayList<>(model.roles());
    int r = roles.size() / 2;
    roles.set(r, roles.get(r).withName(roles.get(r).name() + " (renamed)"));
    return model.withRoles(roles);
  }

  /** The model with one role added at the end of the roles. */
  static OperatingModel addRole(OperatingModel model) {
    List<Role> roles = new ArrayList<>(model.roles());
    roles.add(Role.of("added-role", "Added role"));
    return model.withRoles(roles);
  }

  /** One role in a hundred renamed, one in a hundred moved to the front, as many added there. */
  static OperatingModel scatter(OperatingModel model) {
    List<Role> roles = new ArrayList<>(model.roles());
    List<Role> front = new ArrayList<>();
    for (int r = 0; r < roles.size(); r++) {
      if (r % 100 == 50) {
        roles.set(r, roles.get(r).withName(roles.get(r).name() + " (renamed)"));
      } else if (r % 100 == 75) {
        front.add(roles.get(r));
        front.add(Role.of("added-role-" + r, "Added " + r));
      }
    }
    roles.removeAll(front);
    front.addAll(roles);
    return model.withRoles(front);
  }

  /**
   * The floor: two equal models compared field by field.
   *
   * @return whether they are equal (true)
   */
  @Benchmark
  public boolean equalsBaseline() {
    return base.equals(copy);
  }

  /**
   * The diff of two equal models.
   *
   * @return the diff (empty)
   */
  @Benchmark
  public ModelDiff diffEqual() {
    return ModelDiff.between(base, copy);
  }

  /**
   * The diff of two models that differ in one stage's name.
   *
   * @return the diff (one change)
   */
  @Benchmark
  public ModelDiff diffNearlyEqual() {
    return ModelDiff.between(base, nearly);
  }

  /**
   * The diff of two models that differ in one role added.
   *
   * @return the diff (one change)
   */
  @Benchmark
  public ModelDiff diffAdding() {
    return ModelDiff.between(base, adding);
  }

  /**
   * The diff of many changes over one long list.
   *
   * @return the diff
   */
  @Benchmark
  public ModelDiff diffScattered() {
    return ModelDiff.between(base, scattered);
  }

  /**
   * The merge of two sides equal to the base.
   *
   * @return the merge (clean, the base)
   */
  @Benchmark
  public ModelMerge mergeEqual() {
    return ModelMerge.of(base, copy, otherCopy);
  }

  /**
   * The merge of a stage renamed on our side and a role renamed on theirs.
   *
   * @return the merge (clean, both renames)
   */
  @Benchmark
  public ModelMerge mergeNearlyEqual() {
    return ModelMerge.of(base, nearly, theirs);
  }

  /**
   * The merge of a role added on our side and a role renamed on theirs: the elements no longer
   * stand where they stood in the base, so the merged model's index is built anew.
   *
   * @return the merge (clean, the added and the renamed role)
   */
  @Benchmark
  public ModelMerge mergeAdding() {
    return ModelMerge.of(base, adding, theirs);
  }

  /**
   * The JSON Patch between two models that differ in one stage's name: both written as JSON, read
   * as trees and compared.
   *
   * @return the patch
   */
  @Benchmark
  public String patchNearlyEqual() {
    return JsonPatch.between(base, nearly);
  }

  /**
   * The JSON Patch of many changes over one long list.
   *
   * @return the patch
   */
  @Benchmark
  public String patchScattered() {
    return JsonPatch.between(base, scattered);
  }
}
