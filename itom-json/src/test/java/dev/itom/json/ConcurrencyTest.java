package dev.itom.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itom.model.Element;
import dev.itom.model.OperatingModel;
import dev.itom.render.Format;
import dev.itom.rules.Report;
import dev.itom.rules.RuleSet;
import dev.itom.rules.Rules;
import dev.itom.templates.Templates;
import dev.itom.testing.SampleModels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sixteen threads share one model, one rule set, one reader and one writer (JSON and YAML) and run
 * queries, rules, serialization and rendering at once, each in its own order; every result equals
 * the single-threaded one. The shared model is fresh, so the threads also race on its lazily built
 * navigation maps.
 */
class ConcurrencyTest {
  private static final int THREADS = 16;
  private static final int ROUNDS = 3;

  static Stream<String> models() {
    return Stream.of("reference", "sized-400", "random-11", "random-12");
  }

  private static OperatingModel model(String name) {
    switch (name) {
      case "reference":
        return Templates.referenceModel();
      case "sized-400":
        return SampleModels.sized(400, 3);
      default:
        return SampleModels.random(Long.parseLong(name.substring("random-".length())));
    }
  }

  /** Every query of the model's navigation, for every element, as text. */
  private static String queries(OperatingModel model) {
    StringBuilder out = new StringBuilder();
    List<String> ids = new ArrayList<>();
    model.roles().forEach(e -> ids.add(e.id()));
    model.consumers().forEach(e -> ids.add(e.id()));
    model.artifacts().forEach(e -> ids.add(e.id()));
    model.valueChains().forEach(e -> ids.add(e.id()));
    model.stages().forEach(e -> ids.add(e.id()));
    model.processes().forEach(e -> ids.add(e.id()));
    model.offerings().forEach(e -> ids.add(e.id()));
    model.kpis().forEach(e -> ids.add(e.id()));
    ids.add("no-such-element");
    out.append(model.elementCount()).append('\n');
    for (String id : ids) {
      out.append(id)
          .append(model.element(id).map(Element::name))
          .append(model.pathOf(id))
          .append(model.chainOf(id).map(Element::id))
          .append(model.processesSupporting(id))
          .append(model.alignmentsOf(id))
          .append(model.stagesProducing(id))
          .append(model.stagesConsuming(id))
          .append(model.assignmentsFor(id))
          .append(model.kpisMeasuring(id))
          .append(model.offeringsRealizedBy(id))
          .append(model.offeringsServing(id))
          .append('\n');
    }
    return out.toString();
  }

  /** The shared things the threads use. */
  private static final class Shared {
    final OperatingModel model;
    final RuleSet rules = Rules.standard();
    final ItomJsonReader reader = ItomJson.reader();
    final ItomJsonWriter writer = ItomJson.writer();
    final ItomJsonReader yamlReader = ItomYaml.reader();
    final ItomJsonWriter yamlWriter = ItomYaml.writer();

    Shared(OperatingModel model) {
      this.model = model;
    }
  }

  /** The tasks, by name; each gives a text that must not depend on the threads. */
  private static Map<String, Function<Shared, String>> tasks(String json, String yaml) {
    Map<String, Function<Shared, String>> tasks = new LinkedHashMap<>();
    tasks.put("queries", s -> queries(s.model));
    tasks.put("rules", s -> s.rules.check(s.model).toText());
    tasks.put("write JSON", s -> s.writer.writeToString(s.model));
    tasks.put(
        "write JSON bytes",
        s -> new String(s.writer.writeToBytes(s.model), StandardCharsets.UTF_8));
    tasks.put("write YAML", s -> s.yamlWriter.writeToString(s.model));
    tasks.put("read JSON", s -> s.writer.writeToString(s.reader.read(json)));
    tasks.put("read YAML", s -> s.writer.writeToString(s.yamlReader.read(yaml)));
    tasks.put("write report", s -> s.writer.writeToString(s.rules.check(s.model)));
    for (Format format : Format.values()) {
      tasks.put("render " + format.code(), s -> format.render(s.model, s.rules.check(s.model)));
    }
    return tasks;
  }

  @ParameterizedTest
  @MethodSource("models")
  void sixteenThreadsGetTheSingleThreadedResults(String name) throws Exception {
    OperatingModel original = model(name);
    String json = ItomJson.writer().writeToString(original);
    String yaml = ItomYaml.writer().writeToString(original);
    Map<String, Function<Shared, String>> tasks = tasks(json, yaml);

    // single-threaded, on a model of its own
    Shared alone = new Shared(ItomJson.reader().read(json));
    Map<String, String> expected = new LinkedHashMap<>();
    tasks.forEach((task, run) -> expected.put(task, run.apply(alone)));
    Report report = alone.rules.check(alone.model);
    assertThat(expected.get("rules")).isEqualTo(report.toText());

    // sixteen threads on one fresh model, starting together, each in its own order
    Shared shared = new Shared(ItomJson.reader().read(json));
    CyclicBarrier start = new CyclicBarrier(THREADS);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Callable<List<String>>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        long seed = t;
        workers.add(
            () -> {
              List<String> order = new ArrayList<>();
              for (int round = 0; round < ROUNDS; round++) {
                order.addAll(tasks.keySet());
              }
              Collections.shuffle(order, new Random(seed));
              List<String> mismatches = new ArrayList<>();
              start.await(60, TimeUnit.SECONDS);
              for (String task : order) {
                String result = tasks.get(task).apply(shared);
                if (!result.equals(expected.get(task))) {
                  mismatches.add("thread " + seed + ": " + task + " differs");
                }
              }
              return mismatches;
            });
      }
      List<Future<List<String>>> results = pool.invokeAll(workers, 300, TimeUnit.SECONDS);
      List<String> mismatches = new ArrayList<>();
      for (Future<List<String>> result : results) {
        assertThat(result.isCancelled()).as("a thread finished within the deadline").isFalse();
        mismatches.addAll(result.get());
      }
      assertThat(mismatches).isEmpty();
    } finally {
      pool.shutdownNow();
    }
  }
}
