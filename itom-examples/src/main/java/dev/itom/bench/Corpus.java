package dev.itom.bench;

import static com.google.common.base.Preconditions.checkState;

import dev.itom.bench.Twin.TModel;
import dev.itom.json.ItomJson;
import dev.itom.json.ItomJsonReader;
import dev.itom.json.ItomJsonWriter;
import dev.itom.model.OperatingModel;
import dev.itom.templates.Templates;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The data of one benchmark size: the sample model, its record twin and the JSON each codec writes
 * of it. All three documents have the {@code itom/1} shape; the bare codec's is byte-identical to
 * itom's.
 */
public final class Corpus {
  /** itom's compact writer, as every benchmark uses it (the baselines write compact JSON too). */
  public static final ItomJsonWriter WRITER = ItomJson.writer().compact();

  /** itom's strict reader, without the default 64 MiB document limit (1M elements is more). */
  public static final ItomJsonReader READER =
      ItomJson.reader().withMaxDocumentLength(Long.MAX_VALUE);

  /** The model. */
  public final OperatingModel model;

  /** The model's record twin. */
  public final TModel twin;

  /** itom's JSON of the model. */
  public final byte[] itomJson;

  /** The bare codec's JSON of the twin. */
  public final byte[] limitJson;

  /** Jackson databind's JSON of the twin. */
  public final byte[] databindJson;

  private Corpus(OperatingModel model) {
    this.model = model;
    this.twin = Twin.of(model);
    Sink sink = new Sink(1024);
    try {
      WRITER.write(model, sink);
      this.itomJson = sink.toByteArray();
      sink.reset();
      TwinStreamingCodec.write(twin, sink);
      this.limitJson = sink.toByteArray();
      sink.reset();
      TwinDatabind.write(twin, sink);
      this.databindJson = sink.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    checkState(
        Twin.objects(twin)
            == model.elementCount() + model.alignments().size() + model.assignments().size(),
        "the twin of %s lost objects",
        model.id());
  }

  /**
   * Generates the sample model of {@code size} elements ({@link Templates#sample(int)}) and
   * everything derived from it.
   *
   * @param size the number of elements, at least 20
   * @return the corpus
   * @throws IllegalArgumentException if {@code size} is below 20
   */
  public static Corpus of(int size) {
    return new Corpus(Templates.sample(size));
  }

  /** A byte sink that is reused between invocations, so no benchmark measures array growth. */
  public static final class Sink extends ByteArrayOutputStream {
    /**
     * Creates a sink.
     *
     * @param capacity the initial capacity in bytes
     */
    public Sink(int capacity) {
      super(capacity);
    }
  }
}
