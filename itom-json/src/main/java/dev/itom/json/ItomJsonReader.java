package dev.itom.json;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.itom.json.internal.ModelReader;
import dev.itom.json.internal.ProblemCodes;
import dev.itom.model.OperatingModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A configured reader of {@code itom/1} documents (JSON, or YAML when made by {@link ItomYaml}).
 * Immutable and thread-safe: configure it once and share it; every {@code with...} method returns a
 * new reader and leaves this one untouched. Get one from {@link ItomJson#reader()}.
 *
 * <p>The reader is strict by default: every problem (not JSON, truncated, empty, a missing or
 * unknown {@code format}, a wrong JSON type, a bad enum value, an unknown or duplicate field, a
 * null, a broken invariant of the model, input over a limit) throws one {@link ItomJsonException}
 * listing each problem with line, column and JSON Pointer. It never returns half a model. In
 * {@linkplain #lenient() lenient} mode unknown fields are skipped and reported as warnings of the
 * {@link ReadResult}; everything else stays strict.
 *
 * <p>Limits (defaults in brackets): nesting depth [{@value #DEFAULT_MAX_DEPTH}], string length in
 * characters [{@value #DEFAULT_MAX_STRING_LENGTH}], document length in bytes or characters [{@value
 * #DEFAULT_MAX_DOCUMENT_LENGTH}]. They apply to this reader only; Jackson's global defaults are
 * never changed.
 *
 * @since 0.1
 */
public final class ItomJsonReader {
  /** The default limit of nesting depth: {@value}. */
  public static final int DEFAULT_MAX_DEPTH = 64;

  /** The default limit of one string's length, in characters: {@value}. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;

  /** The default limit of the document's length, in bytes (or characters for text): {@value}. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

  private final JsonFactory base;
  private final JsonFactory factory;
  private final boolean lenient;
  private final boolean byteColumns;
  private final int maxDepth;
  private final int maxStringLength;
  private final long maxDocumentLength;

  private ItomJsonReader(
      JsonFactory base,
      boolean lenient,
      int maxDepth,
      int maxStringLength,
      long maxDocumentLength) {
    this.base = base;
    this.lenient = lenient;
    // Jackson's JSON parsers count bytes in byte input; its YAML parser decodes first
    this.byteColumns = "JSON".equals(base.getFormatName());
    this.maxDepth = maxDepth;
    this.maxStringLength = maxStringLength;
    this.maxDocumentLength = maxDocumentLength;
    JsonFactory configured = base.copy();
    configured.setStreamReadConstraints(
        StreamReadConstraints.builder()
            .maxNestingDepth(maxDepth)
            .maxStringLength(maxStringLength)
            .maxDocumentLength(maxDocumentLength)
            .build());
    configured.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
    configured.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    configured.disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION.mappedFeature());
    this.factory = configured;
  }

  static ItomJsonReader over(JsonFactory base) {
    return new ItomJsonReader(
        base, false, DEFAULT_MAX_DEPTH, DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_DOCUMENT_LENGTH);
  }

  /**
   * Returns a reader like this one that skips unknown fields and reports them as warnings.
   *
   * @return a lenient reader
   */
  public ItomJsonReader lenient() {
    return lenient
        ? this
        : new ItomJsonReader(base, true, maxDepth, maxStringLength, maxDocumentLength);
  }

  /**
   * Returns a reader like this one that rejects unknown fields (the default).
   *
   * @return a strict reader
   */
  public ItomJsonReader strict() {
    return lenient
        ? new ItomJsonReader(base, false, maxDepth, maxStringLength, maxDocumentLength)
        : this;
  }

  /**
   * Returns whether this reader skips unknown fields.
   *
   * @return true if lenient
   */
  public boolean isLenient() {
    return lenient;
  }

  /**
   * Returns a reader like this one with another limit of nesting depth.
   *
   * @param maxDepth the deepest nesting allowed, at least 8 (an itom document nests 6 deep)
   * @return the reader
   * @throws IllegalArgumentException if {@code maxDepth} is below 8
   */
  public ItomJsonReader withMaxDepth(int maxDepth) {
    checkArgument(maxDepth >= 8, "maxDepth must be at least 8, not %s", maxDepth);
    return new ItomJsonReader(base, lenient, maxDepth, maxStringLength, maxDocumentLength);
  }

  /**
   * Returns a reader like this one with another limit of string length.
   *
   * @param maxStringLength the longest string allowed, in characters, at least 1
   * @return the reader
   * @throws IllegalArgumentException if {@code maxStringLength} is below 1
   */
  public ItomJsonReader withMaxStringLength(int maxStringLength) {
    checkArgument(
        maxStringLength >= 1, "maxStringLength must be at least 1, not %s", maxStringLength);
    return new ItomJsonReader(base, lenient, maxDepth, maxStringLength, maxDocumentLength);
  }

  /**
   * Returns a reader like this one with another limit of document length.
   *
   * @param maxDocumentLength the longest document allowed, in bytes for byte input and characters
   *     for text input, at least 1
   * @return the reader
   * @throws IllegalArgumentException if {@code maxDocumentLength} is below 1
   */
  public ItomJsonReader withMaxDocumentLength(long maxDocumentLength) {
    checkArgument(
        maxDocumentLength >= 1, "maxDocumentLength must be at least 1, not %s", maxDocumentLength);
    return new ItomJsonReader(base, lenient, maxDepth, maxStringLength, maxDocumentLength);
  }

  /**
   * Returns the limit of nesting depth.
   *
   * @return the limit
   */
  public int maxDepth() {
    return maxDepth;
  }

  /**
   * Returns the limit of string length, in characters.
   *
   * @return the limit
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * Returns the limit of document length.
   *
   * @return the limit
   */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  // ---- reading -------------------------------------------------------------------------------

  /**
   * Reads a model from text.
   *
   * @param document the document
   * @return the model
   * @throws NullPointerException if {@code document} is null
   * @throws ItomJsonException listing every problem if the document is not a valid model
   */
  public OperatingModel read(String document) {
    return readResult(document).model();
  }

  /**
   * Reads a model from UTF-8 bytes; a UTF-8 byte-order mark at the start is skipped.
   *
   * @param document the document
   * @return the model
   * @throws NullPointerException if {@code document} is null
   * @throws ItomJsonException listing every problem if the document is not a valid model
   */
  public OperatingModel read(byte[] document) {
    return readResult(document).model();
  }

  /**
   * Reads a model from a stream, to its end; the stream is not closed.
   *
   * @param in the stream
   * @return the model
   * @throws NullPointerException if {@code in} is null
   * @throws ItomJsonException listing every problem if the document is not a valid model
   * @throws IOException if reading the stream fails
   */
  public OperatingModel read(InputStream in) throws IOException {
    return readResult(in).model();
  }

  /**
   * Reads a model from a character stream, to its end; the reader is not closed.
   *
   * @param in the reader
   * @return the model
   * @throws NullPointerException if {@code in} is null
   * @throws ItomJsonException listing every problem if the document is not a valid model
   * @throws IOException if reading fails
   */
  public OperatingModel read(Reader in) throws IOException {
    return readResult(in).model();
  }

  /**
   * Reads a model from a file; problems name the file as their {@linkplain
   * ItomJsonException#source() source}.
   *
   * @param file the file
   * @return the model
   * @throws NullPointerException if {@code file} is null
   * @throws ItomJsonException listing every problem if the document is not a valid model
   * @throws IOException if the file cannot be read
   */
  public OperatingModel read(Path file) throws IOException {
    return readResult(file).model();
  }

  /**
   * Reads a model and the warnings from text.
   *
   * @param document the document
   * @return the model and the warnings
   * @throws NullPointerException if {@code document} is null
   * @throws ItomJsonException listing every problem if the document is not a valid model
   */
  public ReadResult readResult(String document) {
    checkNotNull(document, "document");
    String text = document;
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    checkLength(text.length(), null);
    try (JsonParser parser = factory.createParser(text)) {
      ReadResult fast = ModelReader.readDocumentFast(parser, lenient, null);
      if (fast != null) {
        return fast;
      }
    } catch (IOException e) {
      // the read with positions below reports it
    }
    try {
      try (JsonParser parser = factory.createParser(text)) {
        return ModelReader.readDocument(parser, lenient, null);
      }
    } catch (IOException e) {
      throw new AssertionError("reading a string does not fail with I/O", e);
    }
  }

  /**
   * Reads a model and the warnings from bytes.
   *
   * @param document the document
   * @return the model and the warnings
   * @throws NullPointerException if {@code document} is null
   * @throws ItomJsonException listing every problem if the document is not a valid model
   */
  public ReadResult readResult(byte[] document) {
    checkNotNull(document, "document");
    return readBytes(document, null);
  }

  /**
   * Reads a model and the warnings from a stream, to its end; the stream is not closed.
   *
   * @param in the stream
   * @return the model and the warnings
   * @throws NullPointerException if {@code in} is null
   * @throws ItomJsonException listing every problem if the document is not a valid model
   * @throws IOException if reading the stream fails
   */
  public ReadResult readResult(InputStream in) throws IOException {
    checkNotNull(in, "in");
    return readBytes(readAll(in, null), null);
  }

  /**
   * Reads a model and the warnings from a character stream, to its end; the reader is not closed.
   *
   * @param in the reader
   * @return the model and the warnings
   * @throws NullPointerException if {@code in} is null
   * @throws ItomJsonException listing every problem if the document is not a valid model
   * @throws IOException if reading fails
   */
  public ReadResult readResult(Reader in) throws IOException {
    checkNotNull(in, "in");
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    int n;
    while ((n = in.read(buffer)) >= 0) {
      text.append(buffer, 0, n);
      checkLength(text.length(), null);
    }
    return readResult(text.toString());
  }

  /**
   * Reads a model and the warnings from a file.
   *
   * @param file the file
   * @return the model and the warnings
   * @throws NullPointerException if {@code file} is null
   * @throws ItomJsonException listing every problem if the document is not a valid model
   * @throws IOException if the file cannot be read
   */
  public ReadResult readResult(Path file) throws IOException {
    checkNotNull(file, "file");
    String source = file.toString();
    checkLength(Files.size(file), source);
    try (InputStream in = Files.newInputStream(file)) {
      return readBytes(readAll(in, source), source);
    }
  }

  private ReadResult readBytes(byte[] document, @Nullable String source) {
    checkLength(document.length, source);
    try (JsonParser parser = factory.createParser(document)) {
      ReadResult fast = ModelReader.readDocumentFast(parser, lenient, source);
      if (fast != null) {
        return fast;
      }
    } catch (IOException e) {
      // a decoding failure: the read with positions below reports it
    }
    try (JsonParser parser = factory.createParser(document)) {
      ReadResult result = ModelReader.readDocument(parser, lenient, source);
      return result.warnings().isEmpty() || !byteColumns
          ? result
          : ReadResult.of(result.model(), ByteColumns.fix(document, result.warnings()));
    } catch (ItomJsonException e) {
      if (!byteColumns) {
        throw e;
      }
      throw new ItomJsonException(source, ByteColumns.fix(document, e.problems()));
    } catch (IOException e) {
      throw new ItomJsonException(
          source,
          List.of(
              Problem.of(
                  ProblemCodes.CANNOT_READ, 0, 0, "", "cannot read the input: " + e.getMessage())));
    }
  }

  private byte[] readAll(InputStream in, @Nullable String source) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int n;
    while ((n = in.read(buffer)) >= 0) {
      out.write(buffer, 0, n);
      checkLength(out.size(), source);
    }
    return out.toByteArray();
  }

  private void checkLength(long length, @Nullable String source) {
    if (length > maxDocumentLength) {
      throw new ItomJsonException(
          source,
          List.of(
              Problem.of(
                  ProblemCodes.TOO_LARGE,
                  0,
                  0,
                  "",
                  "the document is longer than the reader's limit of "
                      + maxDocumentLength
                      + "; raise the limit with withMaxDocumentLength(..) if the input is right")));
    }
  }

  @Override
  public String toString() {
    return "ItomJsonReader{"
        + factory.getFormatName()
        + (lenient ? ", lenient" : ", strict")
        + ", maxDepth="
        + maxDepth
        + ", maxStringLength="
        + maxStringLength
        + ", maxDocumentLength="
        + maxDocumentLength
        + "}";
  }
}
