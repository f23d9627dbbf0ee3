package dev.itom.model;

import static dev.itom.model.InvariantCode.BLANK_FRAMEWORK;
import static dev.itom.model.InvariantCode.BLANK_KEY;
import static dev.itom.model.InvariantCode.BLANK_QUESTION;
import static dev.itom.model.InvariantCode.BLANK_REF;
import static dev.itom.model.InvariantCode.LONE_SURROGATE;

import dev.itom.internal.Texts;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The invariants of text: every text is well-formed UTF-16 (a lone surrogate cannot be written to
 * any UTF-8 file), and property keys, stage questions and the two parts of a framework reference
 * are not blank.
 */
final class TextCheck {
  private static final String LONE_SURROGATE_MESSAGE =
      "text holds a lone UTF-16 surrogate, half of a character that no JSON or YAML file can"
          + " hold; remove it or complete the pair";

  private final List<Violation> found;

  TextCheck(List<Violation> found) {
    this.found = found;
  }

  /** Checks a text at {@code field} of {@code loc}. */
  void text(Location loc, String field, String text) {
    if (hasLoneSurrogate(text)) {
      found.add(LONE_SURROGATE.at(loc.at(field), LONE_SURROGATE_MESSAGE));
    }
  }

  /** Checks an optional text at {@code field} of {@code loc}. */
  void text(Location loc, String field, Optional<String> text) {
    if (text.isPresent()) {
      text(loc, field, text.get());
    }
  }

  /** Checks the keys and values of the {@code properties} of {@code loc}. */
  void properties(Location loc, Map<String, String> properties) {
    if (properties.isEmpty()) {
      return;
    }
    for (Map.Entry<String, String> property : properties.entrySet()) {
      String key = property.getKey();
      if (Texts.isBlank(key)) {
        found.add(
            BLANK_KEY.at(
                loc.at("/properties/" + Texts.escapeToken(key)),
                "property key must not be blank; name the property"));
      } else if (hasLoneSurrogate(key)) {
        found.add(
            LONE_SURROGATE.at(
                loc.at("/properties"),
                "a property key holds a lone UTF-16 surrogate, half of a character that no JSON"
                    + " or YAML file can hold; remove it or complete the pair"));
      } else if (hasLoneSurrogate(property.getValue())) {
        found.add(
            LONE_SURROGATE.at(
                loc.at("/properties/" + Texts.escapeToken(key)), LONE_SURROGATE_MESSAGE));
      }
    }
  }

  /** Checks the questions of the stage at {@code loc}. */
  void questions(Location loc, List<String> questions) {
    for (int i = 0; i < questions.size(); i++) {
      String question = questions.get(i);
      if (Texts.isBlank(question)) {
        found.add(
            BLANK_QUESTION.at(
                loc.at("/questions", i), "question must not be blank; write it out or remove it"));
      } else if (hasLoneSurrogate(question)) {
        found.add(LONE_SURROGATE.at(loc.at("/questions", i), LONE_SURROGATE_MESSAGE));
      }
    }
  }

  /** Checks the framework reference at {@code loc}. */
  void framework(Location loc, FrameworkReference reference) {
    text(loc, "/framework", reference.framework());
    text(loc, "/ref", reference.ref());
    text(loc, "/name", reference.name());
    if (Texts.isBlank(reference.framework())) {
      found.add(
          BLANK_FRAMEWORK.at(
              loc.at("/framework"),
              "framework must not be blank; name the framework, for example "
                  + FrameworkReference.COBIT_2019
                  + " or "
                  + FrameworkReference.ITIL_4));
    }
    if (Texts.isBlank(reference.ref())) {
      found.add(
          BLANK_REF.at(
              loc.at("/ref"),
              "ref must not be blank; give the reference within the framework, for example"
                  + " APO05"));
    }
  }

  /** Returns whether {@code text} holds a surrogate that is not half of a complete pair. */
  static boolean hasLoneSurrogate(String text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < length
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return true;
        }
      }
    }
    return false;
  }
}
