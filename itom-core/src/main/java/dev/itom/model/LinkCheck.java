package dev.itom.model;

import static dev.itom.model.InvariantCode.DUPLICATE_ALIGNMENT;
import static dev.itom.model.InvariantCode.DUPLICATE_ASSIGNMENT;
import static dev.itom.model.InvariantCode.SELF_ALIGNMENT;

import com.google.common.collect.Sets;
import dev.itom.internal.Texts;
import java.util.List;
import java.util.Set;

/**
 * The invariants of the links that have no id of their own: an alignment joins two different
 * stages, and since alignments (from, to, kind) and assignments (role, target, responsibility) are
 * identified by those fields, none is listed twice. Duplicates are found through the links' own
 * {@code equals}, on a stripped copy when a link carries a description or properties.
 */
final class LinkCheck {
  private final Set<Alignment> alignments;
  private final Set<Assignment> assignments;
  private final List<Violation> found;

  LinkCheck(OperatingModel model, List<Violation> found) {
    this.alignments = Sets.newHashSetWithExpectedSize(model.alignments().size());
    this.assignments = Sets.newHashSetWithExpectedSize(model.assignments().size());
    this.found = found;
  }

  /** Checks the alignment at {@code loc} against itself and the alignments before it. */
  void alignment(Location loc, Alignment alignment) {
    if (alignment.from().equals(alignment.to())) {
      found.add(
          SELF_ALIGNMENT.at(
              loc.at("/to"),
              "alignment joins stage "
                  + Texts.quote(alignment.from())
                  + " to itself; an alignment joins two different stages"));
    }
    Alignment identity =
        alignment.properties().isEmpty() && alignment.description().isEmpty()
            ? alignment
            : Alignment.of(alignment.from(), alignment.to(), alignment.kind());
    if (!alignments.add(identity)) {
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

  /** Checks the assignment at {@code loc} against the assignments before it. */
  void assignment(Location loc, Assignment assignment) {
    Assignment identity =
        assignment.properties().isEmpty()
            ? assignment
            : Assignment.of(assignment.role(), assignment.target(), assignment.responsibility());
    if (!assignments.add(identity)) {
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
