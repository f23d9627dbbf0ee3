package dev.itom.testing;

import static java.util.stream.Collectors.joining;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The public API of a module as text, one line per public type ({@code NAME declaration}) and per
 * public or protected member ({@code NAME#signature}), sorted so that a type's members follow it:
 * what a committed {@code api/MODULE.api} file holds, so that every change of the API shows as a
 * diff in review. A member line names the type it is a member of (not the class that declares it),
 * so methods inherited from a supertype are listed with each public type that offers them; members
 * inherited from the JDK ({@code Object}, {@code Enum}, {@code Record}, exceptions) are left out.
 */
public final class ApiListing {
  /** The system property that makes {@link #check} rewrite the file instead of failing. */
  public static final String UPDATE_PROPERTY = "itom.api.update";

  private ApiListing() {}

  /** Returns the API lines of the module of {@code anchor}, sorted. */
  public static List<String> of(Class<?> anchor) {
    Set<String> lines = new TreeSet<>();
    for (Class<?> type : PublicClasses.of(anchor)) {
      lines.add(type.getName() + " " + describeType(type));
      for (Field field : type.getFields()) {
        if (!fromJdk(field.getDeclaringClass())) {
          lines.add(
              member(type, field.getModifiers())
                  + field.getGenericType().getTypeName()
                  + " "
                  + field.getName());
        }
      }
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        if (visible(constructor.getModifiers()) && !constructor.isSynthetic()) {
          lines.add(
              member(type, constructor.getModifiers())
                  + typeParameters(constructor)
                  + "<init>"
                  + parameters(constructor));
        }
      }
      for (Method method : methods(type)) {
        lines.add(
            member(type, method.getModifiers() & ~Modifier.TRANSIENT)
                + (method.isDefault() ? "default " : "")
                + typeParameters(method)
                + method.getGenericReturnType().getTypeName()
                + " "
                + method.getName()
                + parameters(method));
      }
    }
    return new ArrayList<>(lines);
  }

  /**
   * Compares the API of the module of {@code anchor} with {@code file}; with the system property
   * {@value #UPDATE_PROPERTY} set to {@code true}, writes the file instead.
   *
   * @param update the command that regenerates the file, for the failure message
   * @throws AssertionError if the API differs from the file: the message lists the lines removed
   *     ({@code -}) and added ({@code +}) and says how to regenerate the file
   */
  public static void check(Class<?> anchor, Path file, String update) {
    List<String> actual = of(anchor);
    try {
      if (Boolean.getBoolean(UPDATE_PROPERTY)) {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, actual, StandardCharsets.UTF_8);
        return;
      }
      List<String> recorded =
          Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
      if (recorded.equals(actual)) {
        return;
      }
      Set<String> removed = new TreeSet<>(recorded);
      removed.removeAll(actual);
      Set<String> added = new TreeSet<>(actual);
      added.removeAll(recorded);
      StringBuilder message = new StringBuilder();
      message.append("The public API differs from ").append(file).append(":\n");
      removed.forEach(line -> message.append("- ").append(line).append('\n'));
      added.forEach(line -> message.append("+ ").append(line).append('\n'));
      if (removed.isEmpty() && added.isEmpty()) {
        message.append("(the same lines, in another order or repeated)\n");
      }
      message
          .append("If the change is meant (a removed or changed line breaks users), regenerate the")
          .append(" file and commit it with the change:\n  ")
          .append(update);
      throw new AssertionError(message.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String describeType(Class<?> type) {
    int modifiers = type.getModifiers() & ~Modifier.INTERFACE;
    if (type.isInterface()) {
      modifiers &= ~Modifier.ABSTRACT;
    }
    StringBuilder out = new StringBuilder(Modifier.toString(modifiers));
    if (type.isSealed()) {
      out.append(" sealed");
    }
    out.append(' ').append(kind(type)).append(' ').append(type.getSimpleName());
    out.append(typeParameters(type.getTypeParameters()));
    Type superclass = type.getGenericSuperclass();
    if (superclass != null && superclass != Object.class && !type.isEnum() && !type.isRecord()) {
      out.append(" extends ").append(superclass.getTypeName());
    }
    Type[] interfaces = type.getGenericInterfaces();
    if (interfaces.length > 0 && !type.isAnnotation()) {
      out.append(type.isInterface() ? " extends " : " implements ");
      out.append(Arrays.stream(interfaces).map(Type::getTypeName).collect(joining(", ")));
    }
    if (type.isSealed()) {
      out.append(" permits ");
      out.append(
          Arrays.stream(type.getPermittedSubclasses())
              .map(Class::getName)
              .sorted()
              .collect(joining(", ")));
    }
    return out.toString().strip();
  }

  private static String kind(Class<?> type) {
    if (type.isAnnotation()) {
      return "@interface";
    } else if (type.isInterface()) {
      return "interface";
    } else if (type.isEnum()) {
      return "enum";
    } else if (type.isRecord()) {
      return "record";
    }
    return "class";
  }

  /** Public methods (declared or inherited) and protected declared ones, without JDK members. */
  private static List<Method> methods(Class<?> type) {
    List<Method> out = new ArrayList<>();
    for (Method method : type.getMethods()) {
      if (!method.isBridge() && !method.isSynthetic() && !fromJdk(method.getDeclaringClass())) {
        out.add(method);
      }
    }
    for (Class<?> c = type; c != null && !fromJdk(c); c = c.getSuperclass()) {
      for (Method method : c.getDeclaredMethods()) {
        if (Modifier.isProtected(method.getModifiers()) && !method.isSynthetic()) {
          out.add(method);
        }
      }
    }
    return out;
  }

  private static boolean fromJdk(Class<?> type) {
    return type.getName().startsWith("java.");
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static String member(Class<?> type, int modifiers) {
    String text =
        Modifier.toString(modifiers & ~Modifier.SYNCHRONIZED & ~Modifier.NATIVE & ~Modifier.STRICT);
    if (type.isInterface()) {
      text = text.replace("abstract", "").replace("  ", " ").strip();
    }
    return type.getName() + "#" + (text.isEmpty() ? "" : text + " ");
  }

  private static String typeParameters(Executable executable) {
    String text = typeParameters(executable.getTypeParameters());
    return text.isEmpty() ? "" : text + " ";
  }

  private static String typeParameters(TypeVariable<?>[] variables) {
    if (variables.length == 0) {
      return "";
    }
    List<String> out = new ArrayList<>();
    for (TypeVariable<?> variable : variables) {
      List<String> bounds = new ArrayList<>();
      for (Type bound : variable.getBounds()) {
        if (bound != Object.class) {
          bounds.add(bound.getTypeName());
        }
      }
      out.add(
          variable.getName() + (bounds.isEmpty() ? "" : " extends " + String.join(" & ", bounds)));
    }
    return "<" + String.join(", ", out) + ">";
  }

  private static String parameters(Executable executable) {
    String text =
        Arrays.stream(executable.getGenericParameterTypes())
            .map(Type::getTypeName)
            .collect(joining(", "));
    if (executable.isVarArgs()) {
      text = text.substring(0, text.length() - 2) + "...";
    }
    String exceptions =
        Arrays.stream(executable.getGenericExceptionTypes())
            .map(Type::getTypeName)
            .collect(joining(", "));
    return "(" + text + ")" + (exceptions.isEmpty() ? "" : " throws " + exceptions);
  }
}
