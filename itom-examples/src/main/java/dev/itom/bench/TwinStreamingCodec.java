package dev.itom.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.itom.bench.Twin.TModel;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The practical limit: a bare, hand-written Jackson streaming codec of the {@link Twin} records in
 * the {@code itom/1} shape (compact, canonical field order, empty and absent values left out). It
 * checks nothing but the JSON syntax, builds no index and gives no locations; unknown fields are
 * skipped. Thread-safe.
 */
public final class TwinStreamingCodec {
  /** The one factory of both halves: no limit on the document length. */
  static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxDocumentLength(Long.MAX_VALUE).build())
          .build();

  private TwinStreamingCodec() {}

  /**
   * Writes a twin as compact UTF-8 JSON; the stream is flushed, not closed.
   *
   * @param model the twin
   * @param out the stream
   * @throws IOException if writing fails
   */
  public static void write(TModel model, OutputStream out) throws IOException {
    TwinCodecWriter.write(model, out);
  }

  /**
   * Reads a twin from UTF-8 JSON bytes. Checks nothing beyond JSON syntax; a missing required field
   * gives {@code null}.
   *
   * @param json the document
   * @return the twin
   * @throws IOException if the JSON is malformed
   */
  public static TModel read(byte[] json) throws IOException {
    return TwinCodecReader.read(json);
  }
}
