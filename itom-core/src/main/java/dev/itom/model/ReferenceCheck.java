package dev.itom.model;

import static dev.itom.model.InvariantCode.DANGLING_REFERENCE;
import static dev.itom.model.InvariantCode.DUPLICATE_REFERENCE;
import static dev.itom.model.InvariantCode.WRONG_REFERENCE_KIND;

import com.google.common.collect.Sets;
import dev.itom.internal.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The invariants of references: every id a reference names resolves to an element of a kind the
 * reference allows, and a reference list names no id twice.
 *
 * <p>The checker may gather the ids of several elements {@linkplain #ahead(String) ahead} of their
 * checks and {@linkplain #resolveAhead() look them up together}, in one tight loop where the
 * processor overlaps the memory reads of several lookups; a check then takes the ordinal found for
 * the next gathered id when that is the very string it checks, and looks the id up itself
 * otherwise, so what is gathered only ever saves time.
 */
final class ReferenceCheck {
  /** A reference field as the checker needs it, taken from the metamodel. */
  static final class Ref {
    final String field;
    final String name;
    final EnumSet<ElementKind> allowed;

    private Ref(MetaField<?> field) {
      this.field = "/" + field.name();
      this.name = field.name();
      this.allowed = EnumSet.copyOf(field.referenceKinds());
    }

    static Ref of(MetaType<?> type, String name) {
      MetaField<?> field = type.field(name).orElseThrow();
      if (!field.type().isReference()) {
        throw new IllegalArgumentException(field + " is not a reference");
      }
      return new Ref(field);
    }
  }

  static final Ref STAGE_OWNER = Ref.of(Metamodel.STAGE, "owner");
  static final Ref STAGE_CONSUMES = Ref.of(Metamodel.STAGE, "consumes");
  static final Ref STAGE_PRODUCES = Ref.of(Metamodel.STAGE, "produces");
  static final Ref PROCESS_OWNER = Ref.of(Metamodel.PROCESS, "owner");
  static final Ref PROCESS_SUPPORTS = Ref.of(Metamodel.PROCESS, "supports");
  static final Ref ALIGNMENT_FROM = Ref.of(Metamodel.ALIGNMENT, "from");
  static final Ref ALIGNMENT_TO = Ref.of(Metamodel.ALIGNMENT, "to");
  static final Ref OFFERING_OWNER = Ref.of(Metamodel.OFFERING, "owner");
  static final Ref OFFERING_CONSUMERS = Ref.of(Metamodel.OFFERING, "consumers");
  static final Ref OFFERING_REALIZED_BY = Ref.of(Metamodel.OFFERING, "realizedBy");
  static final Ref KPI_MEASURES = Ref.of(Metamodel.KPI, "measures");
  static final Ref ASSIGNMENT_ROLE = Ref.of(Metamodel.ASSIGNMENT, "role");
  static final Ref ASSIGNMENT_TARGET = Ref.of(Metamodel.ASSIGNMENT, "target");

  /** Above this many ids, a list is checked for duplicates with a hash set instead of a scan. */
  private static final int SCAN_LIMIT = 8;

  private final ModelIndex index;
  private final List<Violation> found;
  private String[] aheadIds = new String[64];
  private int[] aheadOrdinals = new int[64];
  private int aheadSize;
  private int aheadNext;

  ReferenceCheck(ModelIndex index, List<Violation> found) {
    this.index = index;
    this.found = found;
  }

  /** Forgets the ids gathered ahead, so that the next ones can be gathered. */
  void clearAhead() {
    aheadSize = 0;
    aheadNext = 0;
  }

  /** Gathers {@code id}, unless it is null, to be looked up with the others gathered. */
  void ahead(@Nullable String id) {
    if (id == null) {
      return;
    }
    if (aheadSize == aheadIds.length) {
      aheadIds = Arrays.copyOf(aheadIds, aheadSize * 2);
      aheadOrdinals = Arrays.copyOf(aheadOrdinals, aheadSize * 2);
    }
    aheadIds[aheadSize++] = id;
  }

  /** Gathers every id of {@code ids}, in order. */
  void ahead(List<String> ids) {
    for (int i = 0; i < ids.size(); i++) {
      ahead(ids.get(i));
    }
  }

  /** Looks up every id gathered since the last {@link #clearAhead()}, in one loop. */
  void resolveAhead() {
    for (int i = 0; i < aheadSize; i++) {
      aheadOrdinals[i] = index.ordinalOf(aheadIds[i]);
    }
    aheadNext = 0;
  }

  /**
   * Returns the ordinal of {@code id}: the one found ahead if {@code id} is the next string
   * gathered (the same instance), else from the index.
   */
  @SuppressWarnings(
      "ReferenceEquality") // the same string was looked up ahead; an equal one may not
  private int ordinalOf(String id) {
    int next = aheadNext;
    if (next < aheadSize && aheadIds[next] == id) {
      aheadNext = next + 1;
      return aheadOrdinals[next];
    }
    return index.ordinalOf(id);
  }

  /** Checks the single reference {@code id} in the field {@code ref} of {@code loc}. */
  void reference(Location loc, Ref ref, String id) {
    resolved(loc, ref, id, ordinalOf(id));
  }

  /**
   * Checks the single reference {@code id} in the field {@code ref} of {@code loc}, which the index
   * already resolved to {@code target} (-1 if no element has the id).
   */
  void resolved(Location loc, Ref ref, String id, int target) {
    resolved(loc, ref.field, -1, ref.name, id, target, ref.allowed);
  }

  /**
   * Checks the reference list {@code ids} in the field {@code ref} of {@code loc}, entry by entry,
   * and records the ordinal each entry resolves to, paired with {@code source}, into {@code record}
   * unless it is null.
   */
  void references(
      Location loc, Ref ref, List<String> ids, Resolved.@Nullable Pairs record, int source) {
    String field = ref.field;
    String name = ref.name;
    EnumSet<ElementKind> allowed = ref.allowed;
    int size = ids.size();
    Set<String> seen = size > SCAN_LIMIT ? Sets.newHashSetWithExpectedSize(size) : null;
    for (int i = 0; i < size; i++) {
      String id = ids.get(i);
      int target = ordinalOf(id);
      resolved(loc, field, i, name, id, target, allowed);
      if (record != null) {
        record.add(target, source);
      }
      boolean duplicate = seen != null ? !seen.add(id) : ids.indexOf(id) < i;
      if (duplicate) {
        found.add(
            DUPLICATE_REFERENCE.at(
                loc.at(field, i),
                Texts.quote(id) + " is listed twice in " + name + "; remove this entry"));
      }
    }
  }

  private void resolved(
      Location loc,
      String field,
      int position,
      String name,
      String id,
      int target,
      EnumSet<ElementKind> allowed) {
    if (target < 0) {
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
    } else if (!allowed.contains(index.kindAt(target))) {
      found.add(
          WRONG_REFERENCE_KIND.at(
              pointer(loc, field, position),
              name
                  + " "
                  + Texts.quote(id)
                  + " is "
                  + ModelIndex.article(index.kindAt(target))
                  + " (at "
                  + index.pathAt(target)
                  + "), but it must be "
                  + expected(allowed)));
    }
  }

  private static String pointer(Location loc, String field, int position) {
    return position < 0 ? loc.at(field) : loc.at(field, position);
  }

  private static String expected(Set<ElementKind> allowed) {
    if (allowed.size() == ElementKind.values().length) {
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
