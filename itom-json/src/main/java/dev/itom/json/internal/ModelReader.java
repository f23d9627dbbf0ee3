package dev.itom.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.itom.json.ItomJsonException;
import dev.itom.json.Problem;
import dev.itom.json.ReadResult;
import dev.itom.model.InvalidModelException;
import dev.itom.model.OperatingModel;
import dev.itom.model.Violation;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Reads one {@code itom/1} document from a Jackson {@link JsonParser}, strictly, by hand: checks
 * every token's type without coercion, rejects unknown and duplicate fields, records where every
 * value stood, and maps the model's invariant violations back to those positions. The walk over the
 * parser is a {@link Cursor}; the document and each kind of element have their own reader.
 */
public final class ModelReader {
  private ModelReader() {}

  /**
   * Reads a whole document: the parser must not have been advanced yet, and nothing may follow the
   * document.
   *
   * @param parser a parser over the document
   * @param lenient whether unknown fields are skipped with a warning rather than rejected
   * @param source the name of the input for messages, or null
   * @return the model and the warnings
   * @throws ItomJsonException listing every problem if the document is not a valid model
   * @throws IOException if reading the underlying input fails
   */
  public static ReadResult readDocument(JsonParser parser, boolean lenient, @Nullable String source)
      throws IOException {
    return read(new Cursor(parser, lenient, true), source, true);
  }

  /**
   * Reads a whole document without recording positions: the fast path for a buffered document that
   * can be read again. Gives up at the first problem or warning.
   *
   * @param parser a parser over the document
   * @param lenient whether unknown fields are skipped with a warning rather than rejected
   * @param source the name of the input for messages, or null
   * @return the model, or null when the document has a problem or a warning: read it again with
   *     {@link #readDocument} to learn where
   * @throws IOException if reading the underlying input fails
   */
  public static @Nullable ReadResult readDocumentFast(
      JsonParser parser, boolean lenient, @Nullable String source) throws IOException {
    try {
      return read(new Cursor(parser, lenient, false), source, true);
    } catch (ItomJsonException | Untracked e) {
      return null;
    }
  }

  /**
   * Reads one model value whose first token is the parser's current token (or the next one if the
   * parser has no current token), as databind does; leaves the parser on the closing token.
   *
   * @param parser the parser
   * @param lenient whether unknown fields are skipped with a warning rather than rejected
   * @return the model and the warnings
   * @throws ItomJsonException listing every problem if the value is not a valid model
   * @throws IOException if reading the underlying input fails
   */
  static ReadResult readValue(JsonParser parser, boolean lenient) throws IOException {
    return read(new Cursor(parser, lenient, true), null, false);
  }

  /** Thrown by a read without positions when it finds a warning or an invalid model. */
  private static final class Untracked extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Untracked() {
      super(null, null, false, false);
    }
  }

  private static ReadResult read(Cursor c, @Nullable String source, boolean wholeDocument)
      throws IOException {
    JsonParser p = c.parser();
    List<Problem> problems = c.problems();
    Supplier<OperatingModel> builder = null;
    try {
      JsonToken first = wholeDocument || !p.hasCurrentToken() ? p.nextToken() : p.currentToken();
      if (first == null) {
        problems.add(
            Problem.of(
                ProblemCodes.EMPTY,
                0,
                0,
                "",
                "the input is empty; an itom document is a JSON object that starts with "
                    + DocumentReader.START));
        throw new Cursor.Abort();
      }
      builder = DocumentReader.read(c);
      if (wholeDocument && problems.isEmpty()) {
        c.at(0);
        JsonToken after = p.nextToken();
        if (after != null) {
          JsonLocation location = p.currentTokenLocation();
          problems.add(
              Problem.of(
                  ProblemCodes.TRAILING_CONTENT,
                  Math.max(0, location.getLineNr()),
                  Math.max(0, location.getColumnNr()),
                  "",
                  "unexpected content ("
                      + Cursor.describe(after)
                      + ") after the end of the document; a file holds exactly one itom"
                      + " document"));
        }
      }
    } catch (Cursor.Abort abort) {
      // problems recorded
    } catch (StreamConstraintsException e) {
      problems.add(ParseErrors.limit(c, e));
    } catch (JsonProcessingException e) {
      problems.add(ParseErrors.syntax(c, e));
    }
    if (!problems.isEmpty() || builder == null) {
      throw new ItomJsonException(source, problems);
    }
    if (!c.tracks() && !c.warnings().isEmpty()) {
      throw new Untracked();
    }
    OperatingModel model;
    try {
      model = builder.get();
    } catch (InvalidModelException e) {
      if (!c.tracks()) {
        throw new Untracked();
      }
      Locations locations = c.locations();
      for (Violation violation : e.violations()) {
        int row = locations.find(violation.pointer());
        problems.add(
            Problem.of(
                violation.code(),
                locations.line(row),
                locations.column(row),
                violation.pointer(),
                violation.message()));
      }
      throw new ItomJsonException(source, problems);
    }
    return ReadResult.of(model, c.warnings());
  }
}
