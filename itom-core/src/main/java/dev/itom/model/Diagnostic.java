package dev.itom.model;

/**
 * One thing itom has to say about a model or a document: an invariant {@link Violation}, a rule's
 * finding ({@code dev.itom.rules.Finding}) or a reader's problem ({@code dev.itom.json.Problem}).
 * Each carries a stable machine-readable {@link #code() code} that a program can switch on, the
 * JSON Pointer of the place it is about, and a message for people.
 *
 * <p>Implementations are immutable values; two diagnostics are equal when they are of the same
 * class and every component is equal.
 *
 * @since 0.1
 */
public interface Diagnostic {

  /**
   * Returns the stable code of this kind of diagnostic, such as {@code dangling-reference} or
   * {@code ITOM-R07}. Codes never change meaning; new ones may be added in minor versions.
   *
   * @return the stable code of this kind of diagnostic, such as {@code dangling-reference} or
   *     {@code ITOM-R07}
   */
  String code();

  /**
   * Returns the JSON Pointer (RFC 6901) into the canonical {@code itom/1} document of the place
   * this is about; the empty string for the whole document.
   *
   * @return the JSON Pointer (RFC 6901) into the canonical {@code itom/1} document of the place
   *     this is about
   */
  String pointer();

  /**
   * Returns the message for people: what is wrong and how to fix it.
   *
   * @return the message for people: what is wrong and how to fix it
   */
  String message();
}
