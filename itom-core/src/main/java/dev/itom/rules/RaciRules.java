package dev.itom.rules;

import static dev.itom.rules.BuiltInRule.q;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import dev.itom.model.Assignment;
import dev.itom.model.Element;
import dev.itom.model.Offering;
import dev.itom.model.OperatingModel;
import dev.itom.model.Responsibility;
import dev.itom.model.Role;
import dev.itom.model.Stage;
import dev.itom.model.SupportProcess;
import dev.itom.model.ValueChain;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The built-in rules about decision rights: RACI assignments leave exactly one accountable role
 * wherever anyone is assigned (ITOM-R07), and every role owns or answers for something (ITOM-R16).
 */
final class RaciRules {
  private RaciRules() {}

  // ---- ITOM-R07 ------------------------------------------------------------------------------

  /** ITOM-R07: one accountable role at most, and one whenever a role is responsible. */
  static final class SingleAccountable extends BuiltInRule {
    SingleAccountable() {
      super(
          "ITOM-R07",
          "single-accountable",
          Severity.ERROR,
          "No chain, stage, process or offering has more than one accountable role, and one"
              + " with a responsible role has an accountable one.");
    }

    @Override
    void check(OperatingModel model, Findings findings) {
      for (ValueChain chain : model.valueChains()) {
        check(model, findings, chain, "value chain");
        for (Stage stage : chain.stages()) {
          check(model, findings, stage, "stage");
        }
      }
      for (SupportProcess process : model.processes()) {
        check(model, findings, process, "process");
      }
      for (Offering offering : model.offerings()) {
        check(model, findings, offering, "offering");
      }
    }

    private static void check(
        OperatingModel model, Findings findings, Element target, String noun) {
      ImmutableList<Assignment> assignments = model.assignmentsFor(target.id());
      if (assignments.isEmpty()) {
        return;
      }
      int accountable = 0;
      boolean responsible = false;
      for (Assignment assignment : assignments) {
        if (assignment.responsibility() == Responsibility.ACCOUNTABLE) {
          accountable++;
        } else if (assignment.responsibility() == Responsibility.RESPONSIBLE) {
          responsible = true;
        }
      }
      if (accountable > 1) {
        int count = accountable;
        findings.add(
            target,
            () ->
                noun
                    + " "
                    + q(target.id())
                    + " has "
                    + count
                    + " accountable roles ("
                    + String.join(", ", accountableRoles(assignments))
                    + "), so in the end nobody is; keep one accountable role and make the others"
                    + " responsible or consulted");
      } else if (responsible && accountable == 0) {
        findings.add(
            target,
            () ->
                noun
                    + " "
                    + q(target.id())
                    + " has responsible roles but no accountable one, so nobody signs off the work;"
                    + " make exactly one role accountable for it");
      }
    }

    /** The quoted roles of the accountable assignments among {@code assignments}, in order. */
    private static List<String> accountableRoles(List<Assignment> assignments) {
      List<String> roles = new ArrayList<>();
      for (Assignment assignment : assignments) {
        if (assignment.responsibility() == Responsibility.ACCOUNTABLE) {
          roles.add(q(assignment.role()));
        }
      }
      return roles;
    }
  }

  // ---- ITOM-R16 ------------------------------------------------------------------------------

  /** ITOM-R16: every role owns something or is accountable or responsible for something. */
  static final class RoleHasWork extends BuiltInRule {
    RoleHasWork() {
      super(
          "ITOM-R16",
          "role-has-work",
          Severity.INFO,
          "Every role owns a stage, process or offering, or is accountable or responsible for"
              + " something.");
    }

    @Override
    void check(OperatingModel model, Findings findings) {
      if (model.roles().isEmpty()) {
        return;
      }
      Set<String> busy = busyRoles(model);
      if (busy.size() == model.roles().size()) {
        return; // every role is busy (owners and assignments name roles only, and ids are unique)
      }
      for (Role role : model.roles()) {
        if (!busy.contains(role.id())) {
          findings.add(
              role,
              () ->
                  "role "
                      + q(role.id())
                      + " owns nothing and is accountable or responsible for nothing; give it the"
                      + " stages, processes or offerings it answers for, or remove it");
        }
      }
    }

    /**
     * The ids of the roles that own a stage, process or offering, or are accountable or responsible
     * for something; the walk stops as soon as every role is among them.
     */
    private static Set<String> busyRoles(OperatingModel model) {
      int roles = model.roles().size();
      Set<String> busy = Sets.newHashSetWithExpectedSize(roles);
      for (ValueChain chain : model.valueChains()) {
        for (Stage stage : chain.stages()) {
          if (addBusy(busy, stage.owner().orElse(null), roles)) {
            return busy;
          }
        }
      }
      for (SupportProcess process : model.processes()) {
        if (addBusy(busy, process.owner().orElse(null), roles)) {
          return busy;
        }
      }
      for (Offering offering : model.offerings()) {
        if (addBusy(busy, offering.owner().orElse(null), roles)) {
          return busy;
        }
      }
      for (Assignment assignment : model.assignments()) {
        Responsibility responsibility = assignment.responsibility();
        if ((responsibility == Responsibility.ACCOUNTABLE
                || responsibility == Responsibility.RESPONSIBLE)
            && addBusy(busy, assignment.role(), roles)) {
          return busy;
        }
      }
      return busy;
    }

    /**
     * Adds {@code role} to {@code busy} unless it is null (the element has no owner); returns
     * whether {@code busy} now holds all {@code roles}.
     */
    private static boolean addBusy(Set<String> busy, @Nullable String role, int roles) {
      return role != null && busy.add(role) && busy.size() == roles;
    }
  }
}
