package dev.itom.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.itom.internal.Diagnostics;
import dev.itom.internal.Texts;
import dev.itom.model.Diagnostic;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One finding of a {@link Rule}: which rule, how severe, which element (if one), where in the
 * model's JSON form (a JSON Pointer such as {@code /valueChains/0/stages/1}), and a message that
 * says what to do.
 *
 * @since 0.1
 */
public final class Finding implements Diagnostic {
  private static final Diagnostics.Components<Finding> COMPONENTS =
      f -> new Object[] {f.ruleId, f.pointer, f.message(), f.severity, f.elementId};

  private final String ruleId;
  private final Severity severity;
  private final @Nullable String elementId;
  private final String pointer;

  /**
   * Writes the message, or null when it was given. A rule that finds many things thus does not pay
   * for messages nobody reads (a report that only counts, or a check that a model has no errors).
   */
  private final @Nullable Supplier<String> source;

  /** The message, null until a finding made from a source is first asked for it. */
  private @Nullable String message;

  private Finding(
      String ruleId,
      Severity severity,
      @Nullable String elementId,
      String pointer,
      @Nullable String message,
      @Nullable Supplier<String> source) {
    this.ruleId = checkNotNull(ruleId, "ruleId");
    this.severity = checkNotNull(severity, "severity");
    this.elementId = elementId;
    this.pointer = checkNotNull(pointer, "pointer");
    this.message = message;
    this.source = source;
  }

  private Finding(
      String ruleId,
      Severity severity,
      @Nullable String elementId,
      String pointer,
      String message) {
    this(ruleId, severity, elementId, pointer, checkNotNull(message, "message"), null);
  }

  /**
   * Returns a finding about one element whose message is written when it is first asked for: the
   * built-in rules' way of finding many things cheaply.
   */
  static Finding deferred(
      String ruleId,
      Severity severity,
      String elementId,
      String pointer,
      Supplier<String> message) {
    return new Finding(ruleId, severity, elementId, pointer, null, message);
  }

  /**
   * Returns a finding about one element.
   *
   * @param ruleId the id of the rule that found it
   * @param severity how much it matters
   * @param elementId the id of the element it is about
   * @param pointer the JSON Pointer of the element or value in the model's JSON form
   * @param message what is wrong and what to do
   * @return the finding
   * @throws NullPointerException if an argument is null
   */
  public static Finding of(
      String ruleId, Severity severity, String elementId, String pointer, String message) {
    return new Finding(ruleId, severity, checkNotNull(elementId, "elementId"), pointer, message);
  }

  /**
   * Returns a finding about the model as a whole, or about something without an id of its own (an
   * alignment, an assignment).
   *
   * @param ruleId the id of the rule that found it
   * @param severity how much it matters
   * @param pointer the JSON Pointer, {@code ""} for the whole model
   * @param message what is wrong and what to do
   * @return the finding
   * @throws NullPointerException if an argument is null
   */
  public static Finding ofModel(String ruleId, Severity severity, String pointer, String message) {
    return new Finding(ruleId, severity, null, pointer, message);
  }

  /**
   * Returns a copy of this finding with another severity.
   *
   * @param severity the new severity
   * @return the finding with that severity
   * @throws NullPointerException if {@code severity} is null
   */
  public Finding withSeverity(Severity severity) {
    return severity == this.severity
        ? this
        : new Finding(ruleId, severity, elementId, pointer, message, source);
  }

  /**
   * Returns the id of the rule that produced this finding.
   *
   * @return the rule id, for example {@code ITOM-R02}
   */
  public String ruleId() {
    return ruleId;
  }

  /**
   * Returns the severity.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the id of the element this finding is about.
   *
   * @return the element id, or empty for the model as a whole
   */
  public Optional<String> elementId() {
    return Optional.ofNullable(elementId);
  }

  /**
   * Returns what is wrong and what to do about it.
   *
   * @return the message
   */
  @Override
  public String message() {
    String result = message;
    if (result == null) {
      // A race writes the same string twice; a String is safe to publish through a data race.
      result = checkNotNull(checkNotNull(source, "source").get(), "message");
      message = result;
    }
    return result;
  }

  /**
   * Returns the stable code of this finding: the id of the rule that made it.
   *
   * @return the rule id, such as {@code ITOM-R07}
   */
  @Override
  public String code() {
    return ruleId;
  }

  /**
   * Returns the JSON Pointer of the element or field at fault, {@code ""} for the whole model.
   *
   * @return the pointer
   */
  @Override
  public String pointer() {
    return pointer;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return Diagnostics.equal(this, other, Finding.class, COMPONENTS);
  }

  @Override
  public int hashCode() {
    return Diagnostics.hash(this, COMPONENTS);
  }

  /** Returns {@code severity ruleId pointer: message}. */
  @Override
  public String toString() {
    return severity.code() + " " + ruleId + " " + Texts.display(pointer) + ": " + message();
  }
}
