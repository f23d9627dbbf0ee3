package dev.itom.model;

import static dev.itom.model.InvariantCode.BAD_ID;
import static dev.itom.model.InvariantCode.BLANK_NAME;
import static dev.itom.model.InvariantCode.DUPLICATE_ID;

import dev.itom.internal.Texts;
import java.util.List;

/**
 * The invariants of ids and names: every id is well formed, an element's id is unique across the
 * whole model, and names are not blank. Elements must be checked in document order, the order in
 * which {@link ModelIndex} numbered them.
 */
final class IdCheck {
  private final ModelIndex index;
  private final TextCheck texts;
  private final List<Violation> found;
  private int ordinal;

  IdCheck(ModelIndex index, TextCheck texts, List<Violation> found) {
    this.index = index;
    this.texts = texts;
    this.found = found;
  }

  /** Checks the id of the model itself. */
  void modelId(String id) {
    if (!isWellFormedId(id)) {
      found.add(BAD_ID.at("/id", badId(id)));
    }
  }

  /**
   * Checks the next element in document order: its id, its name, and the texts of its description
   * and properties.
   */
  void element(Location loc, Element element) {
    int current = ordinal++;
    String id = element.id();
    if (!isWellFormedId(id)) {
      found.add(BAD_ID.at(loc.at("/id"), badId(id)));
    } else {
      int first = index.firstWithIdOf(current);
      if (first != current) {
        found.add(
            DUPLICATE_ID.at(
                loc.at("/id"),
                "id "
                    + Texts.quote(id)
                    + " is already used by "
                    + ModelIndex.article(index.kindAt(first))
                    + " at "
                    + index.pathAt(first)
                    + "; ids are unique across the whole model, give this "
                    + ModelIndex.noun(element.elementKind())
                    + " another id"));
      }
    }
    if (Texts.isBlank(element.name())) {
      blankName(loc, ModelIndex.noun(element.elementKind()));
    } else {
      texts.text(loc, "/name", element.name());
    }
    texts.text(loc, "/description", element.description());
    texts.properties(loc, element.properties());
  }

  /** Returns the ordinal of the next element in document order. */
  int ordinal() {
    return ordinal;
  }

  /** Passes over the next {@code count} elements in document order without checking them. */
  void skip(int count) {
    ordinal += count;
  }

  /** Checks the name of the model itself. */
  void modelName(String name) {
    if (Texts.isBlank(name)) {
      blankName(Location.ROOT, "operating model");
    } else {
      texts.text(Location.ROOT, "/name", name);
    }
  }

  private void blankName(Location loc, String what) {
    found.add(
        BLANK_NAME.at(
            loc.at("/name"), "name must not be blank; give the " + what + " a readable name"));
  }

  /** Returns whether {@code id} matches {@link OperatingModel#ID_REGEX}, without a regex. */
  static boolean isWellFormedId(String id) {
    int length = id.length();
    if (length == 0 || length > 128) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = id.charAt(i);
      boolean alphanumeric =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!alphanumeric && (i == 0 || (c != '.' && c != '_' && c != ':' && c != '-'))) {
        return false;
      }
    }
    return true;
  }

  private static String badId(String id) {
    return "id "
        + Texts.quote(id)
        + " is not well formed; use 1 to 128 letters, digits, '.', '_', ':' or '-', starting"
        + " with a letter or digit";
  }
}
