package dev.itom.json.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.google.common.base.Splitter;
import dev.itom.internal.Texts;
import dev.itom.json.Problem;

/**
 * Turns what the parser throws into a problem at the value the cursor was reading: a syntax error
 * (the input is not JSON or YAML, or ends too early) or a limit of the reader's stream constraints
 * (nesting depth, string, number or document length).
 */
final class ParseErrors {
  private ParseErrors() {}

  /** Returns the problem for a syntax error of the parser. */
  static Problem syntax(Cursor c, JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message == null) {
      message = e.getClass().getSimpleName();
    }
    int cut = message.indexOf(" (start marker at");
    if (cut < 0) {
      cut = message.indexOf("\n at [Source");
    }
    if (cut > 0) {
      message = message.substring(0, cut);
    }
    if (message.contains("\n in 'reader'")) {
      // SnakeYAML: keep the lines that say what is wrong, drop the ones that quote the input
      StringBuilder kept = new StringBuilder();
      for (String line : Splitter.on('\n').split(message)) {
        if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0))) {
          kept.append(kept.length() == 0 ? "" : "; ").append(line.trim());
        }
      }
      message = kept.toString();
    }
    message = message.replace('\n', ' ');
    String code;
    if (e instanceof YamlTokens.Alias) {
      code = ProblemCodes.YAML_ALIAS;
    } else if (message.startsWith("Unexpected end-of-input")) {
      code = ProblemCodes.TRUNCATED;
      message = "the input ends too early (truncated?): " + message;
    } else {
      code = ProblemCodes.SYNTAX;
      message = "not valid " + c.formatName() + ": " + message;
    }
    int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
    int column = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNr());
    String pointer = c.locations().pointer(c.at());
    String pending = c.pendingName();
    if (pending != null) {
      pointer += "/" + Texts.escapeToken(pending);
    }
    return Problem.of(code, line, column, pointer, message);
  }

  /** Returns the problem for input over one of the parser's limits. */
  static Problem limit(Cursor c, StreamConstraintsException e) {
    StreamReadConstraints limits = c.parser().streamReadConstraints();
    String original = String.valueOf(e.getOriginalMessage());
    String code = ProblemCodes.TOO_LARGE;
    String message;
    if (original.contains("nesting depth")) {
      code = ProblemCodes.TOO_DEEP;
      message =
          "the document nests deeper than the reader's limit of "
              + limits.getMaxNestingDepth()
              + " levels; an itom document needs fewer than 10, raise the limit with"
              + " withMaxDepth(..) only if the input is right";
    } else if (original.contains("String value length")) {
      message =
          "a string is longer than the reader's limit of "
              + limits.getMaxStringLength()
              + " characters; shorten it or raise the limit with withMaxStringLength(..)";
    } else if (original.contains("Document length") || original.contains("document length")) {
      message =
          "the document is longer than the reader's limit of "
              + limits.getMaxDocumentLength()
              + "; raise the limit with withMaxDocumentLength(..)";
    } else if (original.contains("Number value length")) {
      message =
          "a number has more than "
              + limits.getMaxNumberLength()
              + " digits; write a shorter number";
    } else {
      message = "the document is over a reader limit: " + original;
    }
    Locations locations = c.locations();
    int at = c.at();
    int line = e.getLocation() == null ? locations.line(at) : e.getLocation().getLineNr();
    int column = e.getLocation() == null ? locations.column(at) : e.getLocation().getColumnNr();
    return Problem.of(code, Math.max(0, line), Math.max(0, column), locations.pointer(at), message);
  }
}
