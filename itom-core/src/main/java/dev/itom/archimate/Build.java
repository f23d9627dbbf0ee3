package dev.itom.archimate;

import dev.itom.model.InvalidModelException;
import dev.itom.model.MetaField;
import dev.itom.model.MetaType;
import dev.itom.model.Violation;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Creates one itom value by the metamodel for the importer, a value it refuses turned into a
 * problem at the concept it came from; and picks a text in the wanted language.
 */
final class Build {
  private Build() {}

  @SuppressWarnings("unchecked")
  static <T> MetaType<T> cast(MetaType<?> type) {
    return (MetaType<T>) type;
  }

  @SuppressWarnings("unchecked")
  static <T> Object create(
      MetaType<?> type,
      Parser.Concept at,
      String name,
      Function<MetaField<T>, @Nullable Object> values) {
    try {
      return ((MetaType<T>) type).create(values);
    } catch (InvalidModelException e) {
      Violation v = e.violations().get(0);
      throw new Located(
          ArchimateProblem.of(
              "invalid-model", at.line(), at.column(), at.identifier(), v.message()));
    } catch (IllegalArgumentException | NullPointerException | IllegalStateException e) {
      throw new Located(
          ArchimateProblem.of(
              "bad-value",
              at.line(),
              at.column(),
              at.identifier(),
              at.type() + " \"" + name + "\": " + e.getMessage()));
    }
  }

  static String pick(List<Parser.Lang> values, String lang) {
    for (Parser.Lang l : values) {
      if (l.lang().equalsIgnoreCase(lang)) {
        return l.text();
      }
    }
    return values.isEmpty() ? "" : values.get(0).text();
  }

  /** A problem found while building, with where it is. */
  static final class Located extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient ArchimateProblem problem;

    Located(ArchimateProblem problem) {
      super(problem.message(), null, false, false);
      this.problem = problem;
    }
  }
}
