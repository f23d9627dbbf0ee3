package dev.itom.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.itom.json.internal.ModelWriter;
import dev.itom.json.internal.ReportWriter;
import dev.itom.model.OperatingModel;
import dev.itom.rules.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A configured writer of {@code itom/1} documents (JSON, or YAML when made by {@link ItomYaml}).
 * Immutable and thread-safe: configure it once and share it. Get one from {@link
 * ItomJson#writer()}.
 *
 * <p>Output is canonical: the same model always gives the same bytes (fixed field order, lists in
 * model order, map keys sorted, empty lists and maps and absent values left out, decimals as they
 * are). JSON is UTF-8; pretty JSON (the default) is indented by two spaces, writes {@code "key":
 * value} and ends with a newline; {@linkplain #compact() compact} JSON is one line without a
 * trailing newline. Targets are flushed, never closed (except files, which the writer opens).
 *
 * @since 0.1
 */
public final class ItomJsonWriter {
  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                  .withObjectEmptySeparator("")
                  .withArrayEmptySeparator("")
                  .withRootSeparator(""))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private final JsonFactory factory;
  private final boolean pretty;
  private final boolean json;

  private ItomJsonWriter(JsonFactory factory, boolean pretty) {
    this.factory = factory;
    this.pretty = pretty;
    this.json = "JSON".equals(factory.getFormatName());
  }

  static ItomJsonWriter over(JsonFactory factory) {
    JsonFactory configured;
    if ("JSON".equals(factory.getFormatName())) {
      // emoji and other characters beyond the BMP as raw UTF-8, not as escaped surrogate pairs
      configured =
          factory
              .rebuild()
              .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
              .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
              .build();
    } else {
      configured = factory.copy();
      configured.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }
    return new ItomJsonWriter(configured, true);
  }

  /**
   * Returns a writer like this one that writes JSON on one line, without a trailing newline. Has no
   * effect on YAML.
   *
   * @return a compact writer
   */
  public ItomJsonWriter compact() {
    return pretty ? new ItomJsonWriter(factory, false) : this;
  }

  /**
   * Returns a writer like this one that writes indented JSON with a trailing newline (the default).
   *
   * @return a pretty writer
   */
  public ItomJsonWriter pretty() {
    return pretty ? this : new ItomJsonWriter(factory, true);
  }

  /**
   * Returns whether this writer indents its output.
   *
   * @return true if pretty
   */
  public boolean isPretty() {
    return pretty;
  }

  @FunctionalInterface
  private interface Body<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  private <T> void emit(JsonGenerator g, T value, Body<T> body) throws IOException {
    if (json && pretty) {
      g.setPrettyPrinter(PRETTY.createInstance());
    }
    body.write(g, value);
    if (json && pretty) {
      g.writeRaw('\n');
    }
    g.flush();
  }

  private <T> void toStream(T value, OutputStream out, Body<T> body) throws IOException {
    try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
      emit(g, value, body);
    }
  }

  private <T> void toWriter(T value, Writer out, Body<T> body) throws IOException {
    try (JsonGenerator g = factory.createGenerator(out)) {
      emit(g, value, body);
    }
  }

  private <T> String toText(T value, Body<T> body) {
    StringWriter out = new StringWriter(4096);
    try {
      toWriter(value, out, body);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a string failed", e);
    }
    return out.toString();
  }

  // ---- models --------------------------------------------------------------------------------

  /**
   * Writes a model to a stream as UTF-8; the stream is flushed, not closed.
   *
   * @param model the model
   * @param out the stream
   * @throws NullPointerException if an argument is null
   * @throws IOException if writing fails
   */
  public void write(OperatingModel model, OutputStream out) throws IOException {
    toStream(checkNotNull(model, "model"), checkNotNull(out, "out"), ModelWriter::writeModel);
  }

  /**
   * Writes a model to a character stream; the writer is flushed, not closed.
   *
   * @param model the model
   * @param out the writer
   * @throws NullPointerException if an argument is null
   * @throws IOException if writing fails
   */
  public void write(OperatingModel model, Writer out) throws IOException {
    toWriter(checkNotNull(model, "model"), checkNotNull(out, "out"), ModelWriter::writeModel);
  }

  /**
   * Writes a model to a file as UTF-8, replacing the file if it exists.
   *
   * @param model the model
   * @param file the file
   * @throws NullPointerException if an argument is null
   * @throws IOException if writing fails
   */
  public void write(OperatingModel model, Path file) throws IOException {
    checkNotNull(model, "model");
    try (OutputStream out = Files.newOutputStream(checkNotNull(file, "file"))) {
      toStream(model, out, ModelWriter::writeModel);
    }
  }

  /**
   * Writes a model to a string.
   *
   * @param model the model
   * @return the document
   * @throws NullPointerException if {@code model} is null
   */
  public String writeToString(OperatingModel model) {
    return toText(checkNotNull(model, "model"), ModelWriter::writeModel);
  }

  /**
   * Writes a model to UTF-8 bytes.
   *
   * @param model the model
   * @return the document
   * @throws NullPointerException if {@code model} is null
   */
  public byte[] writeToBytes(OperatingModel model) {
    checkNotNull(model, "model");
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    try {
      toStream(model, out, ModelWriter::writeModel);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
    return out.toByteArray();
  }

  // ---- reports -------------------------------------------------------------------------------

  /**
   * Writes a rule report ({@code itom-report/1}) to a stream as UTF-8; the stream is flushed, not
   * closed.
   *
   * @param report the report
   * @param out the stream
   * @throws NullPointerException if an argument is null
   * @throws IOException if writing fails
   */
  public void write(Report report, OutputStream out) throws IOException {
    toStream(checkNotNull(report, "report"), checkNotNull(out, "out"), ReportWriter::writeReport);
  }

  /**
   * Writes a rule report ({@code itom-report/1}) to a character stream; flushed, not closed.
   *
   * @param report the report
   * @param out the writer
   * @throws NullPointerException if an argument is null
   * @throws IOException if writing fails
   */
  public void write(Report report, Writer out) throws IOException {
    toWriter(checkNotNull(report, "report"), checkNotNull(out, "out"), ReportWriter::writeReport);
  }

  /**
   * Writes a rule report ({@code itom-report/1}) to a string.
   *
   * @param report the report
   * @return the document
   * @throws NullPointerException if {@code report} is null
   */
  public String writeToString(Report report) {
    return toText(checkNotNull(report, "report"), ReportWriter::writeReport);
  }

  @Override
  public String toString() {
    return "ItomJsonWriter{" + factory.getFormatName() + (pretty ? ", pretty" : ", compact") + "}";
  }
}
