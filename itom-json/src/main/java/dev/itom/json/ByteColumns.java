package dev.itom.json;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Turns the byte columns Jackson reports for byte input into character columns (UTF-16 units, as
 * for text input), and leaves a UTF-8 byte-order mark out of the count. A column that falls inside
 * a character of several bytes is the column of that character. Runs only when there are problems
 * or warnings to report.
 */
final class ByteColumns {
  private ByteColumns() {}

  static ImmutableList<Problem> fix(byte[] document, List<Problem> problems) {
    ImmutableList.Builder<Problem> out = ImmutableList.builderWithExpectedSize(problems.size());
    for (Problem problem : problems) {
      out.add(fix(document, problem));
    }
    return out.build();
  }

  private static Problem fix(byte[] document, Problem problem) {
    if (problem.line() < 1 || problem.column() < 1) {
      return problem;
    }
    int start = lineStart(document, problem.line());
    if (start < 0) {
      return problem;
    }
    int end = Math.min(document.length, start + problem.column() - 1);
    // Jackson's byte parser reports an unexpected character beyond ASCII at its last byte, its
    // text parser at the character: count from the character's first byte
    while (end > start && end < document.length && (document[end] & 0xc0) == 0x80) {
      end--;
    }
    int i = start;
    if (start == 0
        && document.length >= 3
        && (document[0] & 0xff) == 0xef
        && (document[1] & 0xff) == 0xbb
        && (document[2] & 0xff) == 0xbf) {
      i = 3;
    }
    int chars = 0;
    for (; i < end; i++) {
      int b = document[i] & 0xff;
      if ((b & 0xc0) != 0x80) {
        chars += (b & 0xf8) == 0xf0 ? 2 : 1;
      }
    }
    int column = chars + 1;
    return column == problem.column()
        ? problem
        : Problem.of(problem.code(), problem.line(), column, problem.pointer(), problem.message());
  }

  /** Returns the offset of the first byte of a 1-based line, or -1 if there is no such line. */
  private static int lineStart(byte[] document, int line) {
    int current = 1;
    int i = 0;
    while (current < line) {
      if (i >= document.length) {
        return -1;
      }
      byte b = document[i++];
      if (b == '\n') {
        current++;
      } else if (b == '\r') {
        if (i < document.length && document[i] == '\n') {
          i++;
        }
        current++;
      }
    }
    return i;
  }
}
