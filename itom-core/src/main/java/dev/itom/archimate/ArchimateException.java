package dev.itom.archimate;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.stream.Collectors;

/**
 * Thrown when an exchange file cannot be read into a model: not well-formed, a DTD, too large or
 * too deep, not valid against the 3.1 schemas, a value itom cannot read, or (reading strictly)
 * anything itom cannot hold. It lists every problem found, each with its line, column and
 * identifier; no model is returned, never half of one.
 *
 * @since 0.1
 */
public final class ArchimateException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The name of the file or stream that was read, as given to the reader. */
  private final String source;

  /** Every problem found, in document order. */
  private final ImmutableList<ArchimateProblem> problems;

  /**
   * Creates the exception.
   *
   * @param source the file or stream read, as the user named it
   * @param problems the problems, at least one
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if there is no problem
   */
  public ArchimateException(String source, Iterable<ArchimateProblem> problems) {
    this(source, ImmutableList.copyOf(checkNotNull(problems, "problems")));
  }

  private ArchimateException(String source, ImmutableList<ArchimateProblem> problems) {
    super(message(checkNotNull(source, "source"), problems));
    checkArgument(!problems.isEmpty(), "no problem");
    this.source = source;
    this.problems = problems;
  }

  private static String message(String source, ImmutableList<ArchimateProblem> problems) {
    return problems.stream().map(p -> source + ":" + p).collect(Collectors.joining("\n"));
  }

  /**
   * Returns the problems, in the order found.
   *
   * @return the problems, never empty
   */
  public ImmutableList<ArchimateProblem> problems() {
    return problems;
  }

  /**
   * Returns the file or stream read.
   *
   * @return its name
   */
  public String source() {
    return source;
  }
}
