package dev.itom.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the public types of a module whose Javadoc has no {@code @since} tag, by reading the source
 * file of each type that {@link PublicClasses} finds: the Javadoc comment right before the type's
 * declaration (annotations may stand between them) must hold {@code @since}.
 */
public final class SinceTags {
  private SinceTags() {}

  /**
   * Returns the names of the public types of the module of {@code anchor} without {@code @since},
   * sorted; a type whose declaration is not found in {@code sourceRoot} is listed too.
   */
  public static List<String> missing(Class<?> anchor, Path sourceRoot) {
    List<String> out = new ArrayList<>();
    for (Class<?> type : PublicClasses.of(anchor)) {
      Class<?> top = type;
      while (top.getEnclosingClass() != null) {
        top = top.getEnclosingClass();
      }
      Path file = sourceRoot.resolve(top.getName().replace('.', '/') + ".java");
      if (!Files.exists(file) || !hasSince(read(file), type.getSimpleName())) {
        out.add(type.getName());
      }
    }
    return out;
  }

  private static boolean hasSince(String source, String simpleName) {
    Matcher declaration =
        Pattern.compile(
                "(?m)^[ \\t]*(?:(?:public|protected|static|final|abstract|sealed|non-sealed|strictfp)"
                    + "\\s+)*(?:class|interface|enum|record|@interface)\\s+"
                    + Pattern.quote(simpleName)
                    + "\\b")
            .matcher(source);
    if (!declaration.find()) {
      return false;
    }
    String before = source.substring(0, declaration.start());
    // skip the annotations between the comment and the declaration
    String stripped =
        before.replaceAll(
            "(?s)(\\s*@\\w+(?:\\.\\w+)*(?:\\([^)]*\\))?(?:\\s*//[^\\n]*)?)+\\s*$", "");
    int end = stripped.stripTrailing().lastIndexOf("*/");
    int start = stripped.lastIndexOf("/**");
    if (end < 0 || start < 0 || start > end || end < stripped.stripTrailing().length() - 2) {
      return false;
    }
    return stripped.substring(start, end).contains("@since");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
