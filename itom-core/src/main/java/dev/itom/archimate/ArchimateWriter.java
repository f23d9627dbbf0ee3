package dev.itom.archimate;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.itom.model.OperatingModel;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Writes an operating model as an ArchiMate Model Exchange File (schema 3.1), the file every
 * certified ArchiMate tool reads: its elements and relationships, its itom-only fields as typed
 * properties, folders grouped as the map groups them and one view laid out like the value-chain
 * map. docs/ARCHIMATE.md gives the mapping.
 *
 * <p>Output is valid against the 3.1 schemas, UTF-8, and depends on the model alone: two exports of
 * one model are byte-identical, and identifiers derive from itom ids, so they stay stable from one
 * export to the next. An instance is immutable and may be shared by any number of threads.
 *
 * @since 0.1
 */
public final class ArchimateWriter {
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");

  private final String language;

  private ArchimateWriter(String language) {
    this.language = language;
  }

  /**
   * Returns a writer that tags names and documentation as English ({@code xml:lang="en"}).
   *
   * @return the writer
   */
  public static ArchimateWriter create() {
    return new ArchimateWriter("en");
  }

  /**
   * Returns a writer like this one that tags names and documentation with another language.
   *
   * @param language a BCP 47 language tag, for example {@code de} or {@code pt-BR}
   * @return the writer
   * @throws NullPointerException if {@code language} is null
   * @throws IllegalArgumentException if {@code language} is not a language tag
   */
  public ArchimateWriter withLanguage(String language) {
    checkNotNull(language, "language");
    checkArgument(LANGUAGE.matcher(language).matches(), "not a language tag: %s", language);
    return new ArchimateWriter(language);
  }

  /**
   * Returns the exchange file of a model.
   *
   * @param model the model
   * @return the file's text
   * @throws NullPointerException if {@code model} is null
   */
  public String write(OperatingModel model) {
    return new Exporter(checkNotNull(model, "model"), language).write();
  }

  /**
   * Writes the exchange file of a model, UTF-8, to a stream it leaves open.
   *
   * @param model the model
   * @param out the stream
   * @throws NullPointerException if an argument is null
   * @throws IOException if the stream cannot be written
   */
  public void write(OperatingModel model, OutputStream out) throws IOException {
    checkNotNull(out, "out");
    out.write(write(model).getBytes(StandardCharsets.UTF_8));
  }
}
