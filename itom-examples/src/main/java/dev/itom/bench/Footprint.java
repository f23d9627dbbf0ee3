package dev.itom.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.ref.Reference;
import java.util.Locale;

/**
 * Measures the heap retained by one model read from JSON, by itom and by the two baselines, as the
 * difference of used heap, settled by repeated full collections, before and after the read. Run it
 * in a JVM of its own with a fixed, pre-touched heap:
 *
 * <pre>
 * {@code java -Xms6g -Xmx6g -XX:+AlwaysPreTouch -cp benchmarks.jar dev.itom.bench.Footprint 1000000}
 * </pre>
 */
public final class Footprint {
  private Footprint() {}

  /** What one read retained. */
  public record Retained(String codec, int size, int elements, int objects, long bytes) {
    /**
     * Returns the retained bytes per identified element.
     *
     * @return bytes per element
     */
    public double perElement() {
      return (double) bytes / elements;
    }

    /**
     * Returns the retained bytes per object (elements, alignments and assignments).
     *
     * @return bytes per object
     */
    public double perObject() {
      return (double) bytes / objects;
    }
  }

  /**
   * Prints the heap retained per element for each size given (default 1000000).
   *
   * @param args sizes
   * @throws IOException never (memory)
   * @throws InterruptedException if interrupted while the heap settles
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    String[] sizes = args.length == 0 ? new String[] {"1000000"} : args;
    PrintStream out = System.out;
    out.printf(
        Locale.ROOT,
        "%-9s %9s %9s %14s %10s %10s%n",
        "codec",
        "size",
        "elements",
        "retained B",
        "B/element",
        "B/object");
    for (String size : sizes) {
      for (Retained r : measure(Integer.parseInt(size))) {
        out.printf(
            Locale.ROOT,
            "%-9s %9d %9d %14d %10.1f %10.1f%n",
            r.codec(),
            r.size(),
            r.elements(),
            r.bytes(),
            r.perElement(),
            r.perObject());
      }
    }
  }

  /**
   * Measures the heap retained by a model of about {@code size} elements read by itom, by the bare
   * codec and by databind.
   *
   * @param size the number of elements, at least 20
   * @return itom's, the bare codec's and databind's measurement, in that order
   * @throws IOException never (memory)
   * @throws InterruptedException if interrupted while the heap settles
   */
  public static Retained[] measure(int size) throws IOException, InterruptedException {
    // the corpus (model and twin) is made in a method of its own, so nothing of it stays reachable
    Inputs inputs = inputs(size);
    byte[] itomJson = inputs.itomJson();
    byte[] limitJson = inputs.limitJson();
    byte[] databindJson = inputs.databindJson();
    int elements = inputs.elements();
    int objects = inputs.objects();
    // one read of each first, so class loading and Jackson's symbol tables are not counted
    retained(() -> Corpus.READER.read(itomJson));
    retained(() -> TwinStreamingCodec.read(limitJson));
    retained(() -> TwinDatabind.read(databindJson));
    long itom = retained(() -> Corpus.READER.read(itomJson));
    long bare = retained(() -> TwinStreamingCodec.read(limitJson));
    long bound = retained(() -> TwinDatabind.read(databindJson));
    return new Retained[] {
      new Retained("itom", size, elements, objects, itom),
      new Retained("limit", size, elements, objects, bare),
      new Retained("databind", size, elements, objects, bound)
    };
  }

  /** Reads something. */
  private interface Read {
    Object read() throws IOException;
  }

  /** The heap that what {@code read} returns retains, the result kept reachable while measured. */
  private static long retained(Read read) throws IOException, InterruptedException {
    long before = settledUsed();
    Object result = read.read();
    try {
      return settledUsed() - before;
    } finally {
      Reference.reachabilityFence(result);
    }
  }

  /** The inputs of one measurement. */
  private static final class Inputs {
    private final byte[] itomJson;
    private final byte[] limitJson;
    private final byte[] databindJson;
    private final int elements;
    private final int objects;

    Inputs(byte[] itomJson, byte[] limitJson, byte[] databindJson, int elements, int objects) {
      this.itomJson = itomJson;
      this.limitJson = limitJson;
      this.databindJson = databindJson;
      this.elements = elements;
      this.objects = objects;
    }

    byte[] itomJson() {
      return itomJson;
    }

    byte[] limitJson() {
      return limitJson;
    }

    byte[] databindJson() {
      return databindJson;
    }

    int elements() {
      return elements;
    }

    int objects() {
      return objects;
    }
  }

  private static Inputs inputs(int size) {
    Corpus corpus = Corpus.of(size);
    int elements = corpus.model.elementCount();
    return new Inputs(
        corpus.itomJson,
        corpus.limitJson,
        corpus.databindJson,
        elements,
        elements + corpus.model.alignments().size() + corpus.model.assignments().size());
  }

  private static long settledUsed() throws InterruptedException {
    Runtime runtime = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      Thread.sleep(50);
      long now = runtime.totalMemory() - runtime.freeMemory();
      if (Math.abs(now - used) < 4096) {
        return now;
      }
      used = now;
    }
    return used;
  }
}
