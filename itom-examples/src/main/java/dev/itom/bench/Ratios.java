package dev.itom.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Turns a JMH JSON result file ({@code -rf json -rff FILE}) of these benchmarks into the Markdown
 * tables of {@code docs/BENCHMARKS.md}: times with JMH's error (99.9% confidence), the ratios
 * itom/limit and itom/databind with their propagated error, allocation per operation and the growth
 * from 100k to 1M elements.
 *
 * <pre>{@code java -cp benchmarks.jar dev.itom.bench.Ratios jmh-full.json}</pre>
 */
public final class Ratios {
  private Ratios() {}

  /** One score with its error. */
  record Score(double value, double error) {
    Score over(Score other) {
      double ratio = value / other.value;
      double relative =
          Math.sqrt(Math.pow(error / value, 2) + Math.pow(other.error / other.value, 2));
      return new Score(ratio, ratio * relative);
    }

    String time() {
      return format(value) + " ± " + format(error);
    }

    String ratio() {
      return String.format(Locale.ROOT, "%.2f ± %.2f", value, error);
    }

    private static String format(double ms) {
      if (ms >= 100) {
        return String.format(Locale.ROOT, "%.0f", ms);
      }
      if (ms >= 10) {
        return String.format(Locale.ROOT, "%.1f", ms);
      }
      return String.format(Locale.ROOT, "%.3f", ms);
    }
  }

  /**
   * Prints the tables of one result file.
   *
   * @param args the path of the JMH JSON result file
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: Ratios <jmh-result.json>");
      System.exit(2);
    }
    JsonNode results = new ObjectMapper().readTree(Path.of(args[0]).toFile());
    Map<String, Score> times = new LinkedHashMap<>();
    Map<String, Double> allocations = new LinkedHashMap<>();
    TreeSet<Integer> sizes = new TreeSet<>();
    for (JsonNode result : results) {
      String benchmark = result.get("benchmark").asText();
      String name =
          benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
      int size = result.get("params").get("size").asInt();
      sizes.add(size);
      JsonNode primary = result.get("primaryMetric");
      double error = primary.get("scoreError").asDouble();
      times.put(
          name + "@" + size,
          new Score(primary.get("score").asDouble(), Double.isNaN(error) ? 0 : error));
      JsonNode alloc = result.path("secondaryMetrics").path("gc.alloc.rate.norm");
      if (!alloc.isMissingNode()) {
        allocations.put(name + "@" + size, alloc.get("score").asDouble());
      }
    }
    print(System.out, times, allocations, new ArrayList<>(sizes));
  }

  private static @Nullable Score get(Map<String, Score> times, String name, int size) {
    return times.get(name + "@" + size);
  }

  private static String label(int size) {
    return size >= 1_000_000 ? size / 1_000_000 + "M" : size / 1000 + "k";
  }

  static void print(
      PrintStream out,
      Map<String, Score> times,
      Map<String, Double> allocations,
      List<Integer> sizes) {
    out.println(
        "JSON, ms per document (compact UTF-8, in memory); ratio errors propagated from JMH's");
    out.println();
    out.println("| N | op | itom | limit | databind | itom/limit | itom/databind |");
    out.println("|---|---|---:|---:|---:|---:|---:|");
    for (int size : sizes) {
      for (String op : List.of("write", "read")) {
        Score itom = get(times, "JsonBenchmark." + op + "Itom", size);
        Score limit = get(times, "JsonBenchmark." + op + "Limit", size);
        Score databind = get(times, "JsonBenchmark." + op + "Databind", size);
        if (itom == null || limit == null || databind == null) {
          continue;
        }
        out.printf(
            Locale.ROOT,
            "| %s | %s | %s | %s | %s | **%s** | **%s** |%n",
            label(size),
            op,
            itom.time(),
            limit.time(),
            databind.time(),
            itom.over(limit).ratio(),
            itom.over(databind).ratio());
      }
    }
    out.println();
    out.println("Allocated per document (JMH -prof gc, gc.alloc.rate.norm), bytes per element");
    out.println();
    out.println("| N | op | itom | limit | databind |");
    out.println("|---|---|---:|---:|---:|");
    for (int size : sizes) {
      for (String op : List.of("write", "read")) {
        Double itom = allocations.get("JsonBenchmark." + op + "Itom@" + size);
        Double limit = allocations.get("JsonBenchmark." + op + "Limit@" + size);
        Double databind = allocations.get("JsonBenchmark." + op + "Databind@" + size);
        if (itom == null || limit == null || databind == null) {
          continue;
        }
        out.printf(
            Locale.ROOT,
            "| %s | %s | %.0f | %.0f | %.0f |%n",
            label(size),
            op,
            itom / size,
            limit / size,
            databind / size);
      }
    }
    if (sizes.contains(100_000) && sizes.contains(1_000_000)) {
      out.println();
      out.println(
          "Growth from 100k to 1M elements (10 is linear; the target for itom's read is 11 or"
              + " less)");
      out.println();
      out.println("| op | itom | limit | databind |");
      out.println("|---|---:|---:|---:|");
      for (String op : List.of("write", "read")) {
        StringBuilder row = new StringBuilder("| " + op + " |");
        for (String codec : List.of("Itom", "Limit", "Databind")) {
          Score big = get(times, "JsonBenchmark." + op + codec, 1_000_000);
          Score small = get(times, "JsonBenchmark." + op + codec, 100_000);
          row.append(' ')
              .append(big == null || small == null ? "-" : big.over(small).ratio())
              .append(" |");
        }
        out.println(row);
      }
    }
    out.println();
    out.println("Model, ms per operation");
    out.println();
    List<String> ops =
        List.of("buildFluent", "buildFromElements", "rules", "rulesFirstRun", "buildAndRules");
    out.println("| N | " + String.join(" | ", ops) + " | renderSvg |");
    out.println("|---|" + "---:|".repeat(ops.size() + 1));
    for (int size : sizes) {
      StringBuilder row = new StringBuilder("| " + label(size) + " |");
      for (String op : ops) {
        Score score = get(times, "ModelBenchmark." + op, size);
        row.append(' ').append(score == null ? "-" : score.time()).append(" |");
      }
      Score svg = get(times, "SvgBenchmark.renderSvg", size);
      row.append(' ').append(svg == null ? "-" : svg.time()).append(" |");
      out.println(row);
    }
  }
}
