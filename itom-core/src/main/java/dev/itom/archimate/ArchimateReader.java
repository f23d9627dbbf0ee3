package dev.itom.archimate;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.itom.model.OperatingModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXParseException;

/**
 * Reads an ArchiMate Model Exchange File into an operating model: an itom export back to an equal
 * model, a file from another tool to everything itom can hold, with a warning naming each element,
 * relationship and view it cannot (docs/ARCHIMATE.md says what becomes what).
 *
 * <p>A file is read safely: a DTD is refused, so no entity is declared or expanded and no file or
 * URL is read; size and nesting depth are limited (defaults: {@value #DEFAULT_MAX_BYTES} bytes,
 * {@value #DEFAULT_MAX_DEPTH} levels). It is then validated against the 3.1 schemas that ship with
 * itom, and only a valid file is mapped. Any problem throws an {@link ArchimateException} that
 * lists each with its line, column and identifier; there is never half a model. An instance is
 * immutable and may be shared by any number of threads.
 *
 * @since 0.1
 */
public final class ArchimateReader {
  /** The default limit of a file's size in bytes. */
  public static final int DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

  /** The default limit of element nesting. */
  public static final int DEFAULT_MAX_DEPTH = 64;

  private static final int MAX_SCHEMA_ERRORS = 50;

  private final String language;
  private final boolean strict;
  private final int maxBytes;
  private final int maxDepth;

  private ArchimateReader(String language, boolean strict, int maxBytes, int maxDepth) {
    this.language = language;
    this.strict = strict;
    this.maxBytes = maxBytes;
    this.maxDepth = maxDepth;
  }

  /**
   * Returns a reader that takes names in English, or the first language where there is none, and
   * warns about what it leaves out.
   *
   * @return the reader
   */
  public static ArchimateReader create() {
    return new ArchimateReader("en", false, DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH);
  }

  /**
   * Returns a reader like this one that takes names and documentation in another language.
   *
   * @param language a language tag, compared ignoring case with {@code xml:lang}
   * @return the reader
   * @throws NullPointerException if {@code language} is null
   */
  public ArchimateReader withLanguage(String language) {
    return new ArchimateReader(checkNotNull(language, "language"), strict, maxBytes, maxDepth);
  }

  /**
   * Returns a reader like this one that, if strict, refuses a file with anything itom cannot hold
   * instead of warning about it.
   *
   * @param strict whether what cannot be held is an error
   * @return the reader
   */
  public ArchimateReader strict(boolean strict) {
    return new ArchimateReader(language, strict, maxBytes, maxDepth);
  }

  /**
   * Returns a reader like this one with other limits.
   *
   * @param maxBytes the largest file in bytes
   * @param maxDepth the deepest element nesting
   * @return the reader
   * @throws IllegalArgumentException if a limit is not positive
   */
  public ArchimateReader withLimits(int maxBytes, int maxDepth) {
    checkArgument(maxBytes > 0 && maxDepth > 0, "limits must be positive");
    return new ArchimateReader(language, strict, maxBytes, maxDepth);
  }

  /**
   * Reads a file.
   *
   * @param path the file
   * @return the model and the warnings
   * @throws NullPointerException if {@code path} is null
   * @throws IOException if the file cannot be read
   * @throws ArchimateException if the file is not a readable exchange file
   */
  public ArchimateImport read(Path path) throws IOException {
    checkNotNull(path, "path");
    if (Files.size(path) > maxBytes) {
      throw tooLarge(path.toString());
    }
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, path.toString());
    }
  }

  /**
   * Reads a stream, which it leaves open.
   *
   * @param in the stream
   * @param source the name of the stream in messages
   * @return the model and the warnings
   * @throws NullPointerException if an argument is null
   * @throws IOException if the stream cannot be read
   * @throws ArchimateException if the stream is not a readable exchange file
   */
  public ArchimateImport read(InputStream in, String source) throws IOException {
    checkNotNull(in, "in");
    checkNotNull(source, "source");
    byte[] bytes = in.readNBytes(maxBytes + 1);
    if (bytes.length > maxBytes) {
      throw tooLarge(source);
    }
    return read(bytes, source);
  }

  /**
   * Reads the bytes of a file.
   *
   * @param bytes the file's bytes
   * @param source the name of the file in messages
   * @return the model and the warnings
   * @throws NullPointerException if an argument is null
   * @throws ArchimateException if the bytes are not a readable exchange file
   */
  public ArchimateImport read(byte[] bytes, String source) {
    checkNotNull(bytes, "bytes");
    checkNotNull(source, "source");
    if (bytes.length > maxBytes) {
      throw tooLarge(source);
    }
    Parser.Doc doc;
    try {
      doc = new Parser(maxDepth).parse(bytes);
    } catch (Parser.Failure e) {
      throw new ArchimateException(source, List.of(e.problem));
    }
    List<ArchimateProblem> invalid = validate(bytes, doc);
    if (!invalid.isEmpty()) {
      throw new ArchimateException(source, invalid);
    }
    Importer importer = new Importer(doc, language);
    OperatingModel model = importer.map();
    List<ArchimateProblem> errors = new ArrayList<>(importer.errors());
    if (strict) {
      errors.addAll(importer.warnings());
    }
    if (model == null || !errors.isEmpty()) {
      throw new ArchimateException(source, errors);
    }
    return new ArchimateImport(model, ImmutableList.copyOf(importer.warnings()));
  }

  private ArchimateException tooLarge(String source) {
    return new ArchimateException(
        source,
        List.of(
            ArchimateProblem.of(
                "too-large", 0, 0, "", "the file is larger than " + maxBytes + " bytes")));
  }

  /**
   * The schema errors of a file already parsed (so known to hold no DTD), each located. The
   * schemas' identity constraints are checked by {@link References}, in linear time, not by the
   * JDK's validator, whose check is quadratic in the number of identifiers.
   */
  private static List<ArchimateProblem> validate(byte[] bytes, Parser.Doc doc) {
    List<ArchimateProblem> problems = new ArrayList<>();
    Validator validator = Schemas.diagram().newValidator();
    try {
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      validator.setFeature(IDENTITY_CONSTRAINTS, false);
    } catch (SAXNotRecognizedException | org.xml.sax.SAXNotSupportedException e) {
      throw new IllegalStateException("the JDK's validator lacks a feature itom needs", e);
    }
    validator.setErrorHandler(
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {}

          @Override
          public void error(SAXParseException e) throws SAXException {
            if (problems.size() >= MAX_SCHEMA_ERRORS) {
              throw e;
            }
            problems.add(located(e, doc));
          }

          @Override
          public void fatalError(SAXParseException e) throws SAXException {
            problems.add(located(e, doc));
            throw e;
          }
        });
    References references = new References();
    try {
      validator.validate(
          new SAXSource(new InputSource(new ByteArrayInputStream(bytes))),
          new SAXResult(references));
    } catch (SAXParseException e) {
      if (problems.isEmpty()) {
        problems.add(located(e, doc));
      }
      return problems;
    } catch (SAXException | IOException e) {
      problems.add(ArchimateProblem.of("invalid", 0, 0, "", "not valid: " + e.getMessage()));
      return problems;
    }
    for (References.Problem p : references.problems()) {
      if (problems.size() < MAX_SCHEMA_ERRORS) {
        problems.add(located(p.line(), p.column(), p.message(), doc));
      }
    }
    return problems;
  }

  /** The name of the validator's feature that checks the schemas' identity constraints. */
  private static final String IDENTITY_CONSTRAINTS =
      "http://apache.org/xml/features/validation/identity-constraint-checking";

  /** A schema error, with the identifier of the concept it falls in. */
  private static ArchimateProblem located(SAXParseException e, Parser.Doc doc) {
    return located(e.getLineNumber(), e.getColumnNumber(), String.valueOf(e.getMessage()), doc);
  }

  /** A schema problem at a line and column, with the identifier of the concept it falls in. */
  private static ArchimateProblem located(int line, int column, String message, Parser.Doc doc) {
    String identifier = "";
    for (List<Parser.Concept> list : List.of(doc.elements(), doc.relationships(), doc.views())) {
      for (Parser.Concept c : list) {
        if (c.line() <= line) {
          identifier = c.identifier();
        }
      }
    }
    return ArchimateProblem.of(
        "invalid",
        line,
        column,
        identifier,
        "not valid against the ArchiMate 3.1 schemas: " + message);
  }
}
