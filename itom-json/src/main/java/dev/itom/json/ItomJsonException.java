package dev.itom.json;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a document cannot be read as an {@code itom/1} operating model: it is not JSON (or
 * YAML), it breaks the format, or the model it describes breaks an invariant. It lists every
 * {@linkplain #problems() problem} found, each with its line, column and JSON Pointer, and its
 * message has one line per problem, {@code LINE:COLUMN: POINTER: message}.
 *
 * <p>A reader never returns half a model: either it returns a whole, valid model or it throws this.
 *
 * @since 0.1
 */
public final class ItomJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Every problem of the document, in the order they were found. */
  private final ImmutableList<Problem> problems;

  /** Where the document came from (a file name), if the reader was told. */
  private final @Nullable String source;

  /**
   * Creates the exception.
   *
   * @param source the name of what was read, for example a file name, or null if unnamed
   * @param problems what is wrong, at least one
   * @throws NullPointerException if {@code problems} or one of them is null
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public ItomJsonException(@Nullable String source, Iterable<Problem> problems) {
    this(source, ImmutableList.copyOf(checkNotNull(problems, "problems")));
  }

  private ItomJsonException(@Nullable String source, ImmutableList<Problem> problems) {
    super(message(source, problems));
    this.problems = problems;
    this.source = source;
  }

  private static String message(@Nullable String source, ImmutableList<Problem> problems) {
    checkArgument(!problems.isEmpty(), "an ItomJsonException needs at least one problem");
    StringBuilder text = new StringBuilder("cannot read ");
    text.append(source == null ? "the document" : source).append(" as itom/1 (");
    text.append(problems.size()).append(problems.size() == 1 ? " problem):" : " problems):");
    for (Problem problem : problems) {
      text.append('\n').append(problem);
    }
    return text.toString();
  }

  /**
   * Returns every problem found, in document order where the order is known.
   *
   * @return the problems, never empty
   */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  /**
   * Returns the name of what was read: the path of a file read with {@code read(Path)}.
   *
   * @return the source name, or empty if the input was unnamed
   */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }
}
