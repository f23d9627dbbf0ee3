package dev.itom.model;

import static dev.itom.model.InvariantCode.DANGLING_REFERENCE;
import static dev.itom.model.InvariantCode.DUPLICATE_REFERENCE;
import static dev.itom.model.InvariantCode.WRONG_REFERENCE_KIND;

import com.google.common.collect.Sets;
import dev.itom.internal.Texts;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The invariants of references: every id a reference names resolves to an element of a kind the
 * reference allows, and a reference list names no id twice.
 */
final class ReferenceCheck {
  static final EnumSet<ElementKind> ROLE = EnumSet.of(ElementKind.ROLE);
  static final EnumSet<ElementKind> CONSUMER = EnumSet.of(ElementKind.CONSUMER);
  static final EnumSet<ElementKind> ARTIFACT = EnumSet.of(ElementKind.ARTIFACT);
  static final EnumSet<ElementKind> STAGE = EnumSet.of(ElementKind.STAGE);
  static final EnumSet<ElementKind> STAGE_OR_CHAIN =
      EnumSet.of(ElementKind.STAGE, ElementKind.VALUE_CHAIN);
  static final EnumSet<ElementKind> ASSIGNABLE =
      EnumSet.of(
          ElementKind.STAGE, ElementKind.PROCESS, ElementKind.VALUE_CHAIN, ElementKind.OFFERING);
  static final EnumSet<ElementKind> ANY = EnumSet.allOf(ElementKind.class);

  /** Above this many ids, a list is checked for duplicates with a hash set instead of a scan. */
  private static final int SCAN_LIMIT = 8;

  private final Map<String, ModelIndex.Entry> byId;
  private final List<Violation> found;

  ReferenceCheck(Map<String, ModelIndex.Entry> byId, List<Violation> found) {
    this.byId = byId;
    this.found = found;
  }

  /**
   * Checks the single reference {@code id} at {@code field} of {@code loc}; {@code name} is the
   * field's name for the message, {@code allowed} the kinds it may refer to.
   */
  void reference(Location loc, String field, String name, String id, EnumSet<ElementKind> allowed) {
    resolve(loc, field, -1, name, id, allowed);
  }

  /** Checks the reference list {@code ids} at {@code field} of {@code loc}, entry by entry. */
  void references(
      Location loc, String field, String name, List<String> ids, EnumSet<ElementKind> allowed) {
    int size = ids.size();
    Set<String> seen = size > SCAN_LIMIT ? Sets.newHashSetWithExpectedSize(size) : null;
    for (int i = 0; i < size; i++) {
      String id = ids.get(i);
      resolve(loc, field, i, name, id, allowed);
      boolean duplicate = seen != null ? !seen.add(id) : ids.indexOf(id) < i;
      if (duplicate) {
        found.add(
            DUPLICATE_REFERENCE.at(
                loc.at(field, i),
                Texts.quote(id) + " is listed twice in " + name + "; remove this entry"));
      }
    }
  }

  private void resolve(
      Location loc,
      String field,
      int position,
      String name,
      String id,
      EnumSet<ElementKind> allowed) {
    ModelIndex.Entry target = byId.get(id);
    if (target == null) {
      found.add(
          DANGLING_REFERENCE.at(
              pointer(loc, field, position),
              name
                  + " "
                  + Texts.quote(id)
                  + " does not resolve: no element has that id; declare "
                  + expected(allowed)
                  + " with id "
                  + Texts.quote(id)
                  + " or refer to an existing one"));
    } else if (!allowed.contains(target.element.elementKind())) {
      found.add(
          WRONG_REFERENCE_KIND.at(
              pointer(loc, field, position),
              name
                  + " "
                  + Texts.quote(id)
                  + " is "
                  + ModelIndex.article(target.element.elementKind())
                  + " (at "
                  + target.path()
                  + "), but it must be "
                  + expected(allowed)));
    }
  }

  private static String pointer(Location loc, String field, int position) {
    return position < 0 ? loc.at(field) : loc.at(field, position);
  }

  private static String expected(Set<ElementKind> allowed) {
    if (allowed.equals(ANY)) {
      return "an element";
    }
    List<String> names = new ArrayList<>();
    for (ElementKind kind : allowed) {
      names.add(ModelIndex.article(kind));
    }
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " or "
        + names.get(names.size() - 1);
  }
}
