package dev.itom.model;

import static dev.itom.model.InvariantCode.DUPLICATE_ALIGNMENT;
import static dev.itom.model.InvariantCode.DUPLICATE_ASSIGNMENT;
import static dev.itom.model.InvariantCode.SELF_ALIGNMENT;

import com.google.common.collect.Sets;
import dev.itom.internal.Texts;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The invariants of the links that have no id of their own: an alignment joins two different
 * stages, and since alignments (from, to, kind) and assignments (role, target, responsibility) are
 * identified by those fields, none is listed twice. Duplicates are found through the links' own
 * {@code equals}, on a stripped copy when a link carries a description or properties; when both of
 * a link's references resolve, by the ordinals of the elements they name ({@link LinkKeys}), which
 * are equal exactly when the ids are.
 */
final class LinkCheck {
  private final Set<Alignment> alignments;
  private final Set<Assignment> assignments;
  private final int alignmentCount;
  private final int assignmentCount;
  private final List<Violation> found;

  // Made on the first link, so that a check that passes over unchanged lists allocates none.
  private @Nullable LinkKeys alignmentKeys;
  private @Nullable LinkKeys assignmentKeys;

  LinkCheck(OperatingModel model, List<Violation> found) {
    this.alignments = Sets.newHashSetWithExpectedSize(model.alignments().size());
    this.assignments = Sets.newHashSetWithExpectedSize(model.assignments().size());
    this.alignmentCount = model.alignments().size();
    this.assignmentCount = model.assignments().size();
    this.found = found;
  }

  /**
   * Checks the alignment at {@code loc} against itself and the alignments before it; {@code from}
   * and {@code to} are the ordinals its references resolve to, -1 where one does not.
   */
  @SuppressWarnings("EnumOrdinal") // the kind's ordinal is part of a key, never stored
  void alignment(Location loc, Alignment alignment, int from, int to) {
    if (alignment.from().equals(alignment.to())) {
      found.add(
          SELF_ALIGNMENT.at(
              loc.at("/to"),
              "alignment joins stage "
                  + Texts.quote(alignment.from())
                  + " to itself; an alignment joins two different stages"));
    }
    boolean added;
    if (from >= 0 && to >= 0) {
      LinkKeys keys = alignmentKeys;
      if (keys == null) {
        keys = new LinkKeys(alignmentCount);
        alignmentKeys = keys;
      }
      added = keys.add(LinkKeys.key(from, to, alignment.kind().ordinal()));
    } else {
      added =
          alignments.add(
              alignment.properties().isEmpty() && alignment.description().isEmpty()
                  ? alignment
                  : Alignment.of(alignment.from(), alignment.to(), alignment.kind()));
    }
    if (!added) {
      found.add(
          DUPLICATE_ALIGNMENT.at(
              loc.at(""),
              "the "
                  + alignment.kind().code()
                  + " from "
                  + Texts.quote(alignment.from())
                  + " to "
                  + Texts.quote(alignment.to())
                  + " is listed twice; remove this one"));
    }
  }

  /**
   * Checks the assignment at {@code loc} against the assignments before it; {@code role} and {@code
   * target} are the ordinals its references resolve to, -1 where one does not.
   */
  @SuppressWarnings("EnumOrdinal") // the responsibility's ordinal is part of a key, never stored
  void assignment(Location loc, Assignment assignment, int role, int target) {
    boolean added;
    if (role >= 0 && target >= 0) {
      LinkKeys keys = assignmentKeys;
      if (keys == null) {
        keys = new LinkKeys(assignmentCount);
        assignmentKeys = keys;
      }
      added = keys.add(LinkKeys.key(role, target, assignment.responsibility().ordinal()));
    } else {
      added =
          assignments.add(
              assignment.properties().isEmpty()
                  ? assignment
                  : Assignment.of(
                      assignment.role(), assignment.target(), assignment.responsibility()));
    }
    if (!added) {
      found.add(
          DUPLICATE_ASSIGNMENT.at(
              loc.at(""),
              "role "
                  + Texts.quote(assignment.role())
                  + " is "
                  + assignment.responsibility().code()
                  + " for "
                  + Texts.quote(assignment.target())
                  + " twice; remove this assignment"));
    }
  }
}
