package dev.itom.bench;

import dev.itom.model.OperatingModel;
import dev.itom.rules.Report;
import dev.itom.rules.RuleSet;
import dev.itom.rules.Rules;
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
 * Building a model (through the fluent builder from the records, or from element lists that are
 * already built), the standard rules, and the whole path from records to a rule report.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ModelBenchmark {
  private static final RuleSet RULES = Rules.standard();

  /** The approximate number of elements of the model. */
  @Param({"1000", "10000", "100000", "1000000"})
  public int size;

  private Corpus corpus;

  /** Generates the data. */
  @Setup(Level.Trial)
  public void setUp() {
    corpus = Corpus.of(size);
  }

  /** A model that has never been navigated, made anew before every invocation that uses it. */
  @State(Scope.Thread)
  public static class Fresh {
    OperatingModel model;

    /**
     * Rebuilds the model.
     *
     * @param bench the benchmark state with the corpus
     */
    @Setup(Level.Invocation)
    public void rebuild(ModelBenchmark bench) {
      model = ModelBuilds.rebuild(bench.corpus.model);
    }
  }

  /**
   * Every element through the fluent builder ({@code OperatingModel.builder(..).role(..)...}), then
   * the model with its invariants and index.
   *
   * @return the model
   */
  @Benchmark
  public OperatingModel buildFluent() {
    return ModelBuilds.buildFluent(corpus.twin);
  }

  /**
   * The model from element lists already built: only the model, its index and its invariants.
   *
   * @return the model
   */
  @Benchmark
  public OperatingModel buildFromElements() {
    return ModelBuilds.rebuild(corpus.model);
  }

  /**
   * All standard rules over a model whose navigation maps are built (after the first run).
   *
   * @return the report
   */
  @Benchmark
  public Report rules() {
    return RULES.check(corpus.model);
  }

  /**
   * All standard rules over a model never navigated before: includes building its reverse
   * navigation maps.
   *
   * @param fresh a model never navigated
   * @return the report
   */
  @Benchmark
  public Report rulesFirstRun(Fresh fresh) {
    return RULES.check(fresh.model);
  }

  /**
   * Records to a checked model through the fluent builder, then every standard rule: the target
   * "build + invariants + all rules".
   *
   * @return the report
   */
  @Benchmark
  public Report buildAndRules() {
    return RULES.check(ModelBuilds.buildFluent(corpus.twin));
  }
}
