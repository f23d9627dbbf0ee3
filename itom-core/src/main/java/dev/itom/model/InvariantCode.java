package dev.itom.model;

/**
 * The stable code of each invariant a model is checked against, spelled lower case with hyphens
 * ({@link #BAD_ID} is {@code bad-id}). docs/FORMAT.md lists them; a code never changes meaning.
 */
enum InvariantCode {
  /** An id (of the model or an element) is not well formed. */
  BAD_ID,
  /** An element's id is already used by an earlier element. */
  DUPLICATE_ID,
  /** A name is blank. */
  BLANK_NAME,
  /** A text holds a lone UTF-16 surrogate. */
  LONE_SURROGATE,
  /** A property key is blank. */
  BLANK_KEY,
  /** A stage question is blank. */
  BLANK_QUESTION,
  /** The framework of a framework reference is blank. */
  BLANK_FRAMEWORK,
  /** The ref of a framework reference is blank. */
  BLANK_REF,
  /** A reference names no element. */
  DANGLING_REFERENCE,
  /** A reference names an element of a kind it may not refer to. */
  WRONG_REFERENCE_KIND,
  /** A reference list names the same id twice. */
  DUPLICATE_REFERENCE,
  /** An alignment joins a stage to itself. */
  SELF_ALIGNMENT,
  /** The same alignment (from, to, kind) is listed twice. */
  DUPLICATE_ALIGNMENT,
  /** The same assignment (role, target, responsibility) is listed twice. */
  DUPLICATE_ASSIGNMENT,
  /** A price's amount is negative. */
  NEGATIVE_AMOUNT,
  /** A price has an amount but no currency. */
  AMOUNT_WITHOUT_CURRENCY,
  /** A currency is not an ISO 4217 code. */
  BAD_CURRENCY,
  /** An offering has both a pricing of its own and options. */
  PRICING_WITH_OPTIONS,
  /** A lead time is not a well-formed ISO 8601 duration. */
  BAD_DURATION,
  /** A lead time is negative. */
  NEGATIVE_DURATION;

  private final String code = Codes.codeOf(this);

  /** Returns the code, such as {@code bad-id}. */
  String code() {
    return code;
  }

  /** Returns a violation of this invariant at {@code pointer}. */
  Violation at(String pointer, String message) {
    return Violation.of(code, pointer, message);
  }
}
