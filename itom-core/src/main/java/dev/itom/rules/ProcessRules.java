package dev.itom.rules;

import static dev.itom.rules.BuiltInRule.q;
import static dev.itom.rules.FrameworkCatalog.COBIT_OBJECTIVE;
import static dev.itom.rules.FrameworkCatalog.ITIL_ALIASES;
import static dev.itom.rules.FrameworkCatalog.ITIL_PRACTICES;

import dev.itom.model.FrameworkReference;
import dev.itom.model.OperatingModel;
import dev.itom.model.ProcessCategory;
import dev.itom.model.SupportProcess;
import dev.itom.model.ValueChain;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The built-in rules about the support processes: governing and enabling processes support the core
 * chains (ITOM-R05), every process supports something (ITOM-R06), and references to COBIT 2019 and
 * ITIL 4 name what those frameworks have (ITOM-R12, against the {@link FrameworkCatalog}).
 */
final class ProcessRules {
  private ProcessRules() {}

  // ---- ITOM-R05 ------------------------------------------------------------------------------

  /** ITOM-R05: a governing and an enabling process support the core chains. */
  static final class GoverningAndEnabling extends BuiltInRule {
    GoverningAndEnabling() {
      super(
          "ITOM-R05",
          "governing-and-enabling",
          Severity.WARNING,
          "At least one governing process and at least one enabling process support a core chain"
              + " or one of its stages.");
    }

    @Override
    void check(OperatingModel model, Findings findings) {
      boolean hasCore = false;
      for (ValueChain chain : model.valueChains()) {
        hasCore |= ChainRules.isCore(chain);
      }
      if (!hasCore) {
        return; // ITOM-R01 reports the missing chains
      }
      boolean governing = false;
      boolean governingCore = false;
      boolean enabling = false;
      boolean enablingCore = false;
      for (SupportProcess process : model.processes()) {
        boolean core = supportsCore(model, process);
        if (process.category() == ProcessCategory.GOVERNING) {
          governing = true;
          governingCore |= core;
        } else if (process.category() == ProcessCategory.ENABLING) {
          enabling = true;
          enablingCore |= core;
        }
      }
      if (!governingCore) {
        findings.addModel(
            "/processes",
            (governing
                    ? "no governing process supports a core chain or one of its stages"
                    : "the model has no governing process")
                + ": value realization breaks down where nobody decides what is worth doing and"
                + " checks that it paid off; let a governing process such as portfolio"
                + " management, business relationship management or IT governance support the"
                + " core chains");
      }
      if (!enablingCore) {
        findings.addModel(
            "/processes",
            (enabling
                    ? "no enabling process supports a core chain or one of its stages"
                    : "the model has no enabling process")
                + ": decided work then has no way to get done; let an enabling process such as"
                + " project management support the stages that build and deploy");
      }
    }

    private static boolean supportsCore(OperatingModel model, SupportProcess process) {
      for (String id : process.supports()) {
        Optional<ValueChain> chain = model.valueChain(id);
        if (chain.isEmpty()) {
          chain = model.chainOf(id);
        }
        if (chain.isPresent() && ChainRules.isCore(chain.get())) {
          return true;
        }
      }
      return false;
    }
  }

  // ---- ITOM-R06 ------------------------------------------------------------------------------

  /** ITOM-R06: every support process supports at least one stage or chain. */
  static final class ProcessSupportsSomething extends BuiltInRule {
    ProcessSupportsSomething() {
      super(
          "ITOM-R06",
          "process-supports-something",
          Severity.WARNING,
          "Every support process supports at least one stage or value chain.");
    }

    @Override
    void check(OperatingModel model, Findings findings) {
      for (SupportProcess process : model.processes()) {
        if (process.supports().isEmpty()) {
          findings.add(
              process,
              "supports",
              () ->
                  process.category().code()
                      + " process "
                      + q(process.id())
                      + " supports no stage or chain, so it runs beside the value chains instead of"
                      + " for them; list the stages or chains it supports, or remove it");
        }
      }
    }
  }

  // ---- ITOM-R12 ------------------------------------------------------------------------------

  /** ITOM-R12: COBIT 2019 and ITIL 4 references are well formed. */
  static final class FrameworkReferences extends BuiltInRule {
    FrameworkReferences() {
      super(
          "ITOM-R12",
          "framework-references",
          Severity.WARNING,
          "References to COBIT 2019 name one of its 40 objectives (EDM01-05, APO01-14,"
              + " BAI01-11, DSS01-06, MEA01-04) and references to ITIL 4 name one of its 34"
              + " practices.");
    }

    @Override
    void check(OperatingModel model, Findings findings) {
      for (SupportProcess process : model.processes()) {
        for (int f = 0; f < process.frameworks().size(); f++) {
          check(process, "frameworks/" + f, process.frameworks().get(f), findings);
        }
      }
    }

    /**
     * Checks one reference of a process; {@code field} is where it stands in the process, such as
     * {@code frameworks/0}.
     */
    private static void check(
        SupportProcess process, String field, FrameworkReference reference, Findings findings) {
      String framework = reference.framework();
      String ref = reference.ref();
      String where = "process " + q(process.id()) + " refers to ";
      if (framework.equals(FrameworkReference.COBIT_2019)) {
        if (!COBIT_OBJECTIVE.matcher(ref).matches()) {
          String upper = ref.trim().toUpperCase(Locale.ROOT).replace(" ", "");
          findings.add(
              process,
              field + "/ref",
              () ->
                  where
                      + "COBIT 2019 objective "
                      + q(ref)
                      + ", which does not exist; "
                      + (COBIT_OBJECTIVE.matcher(upper).matches()
                          ? "write it " + q(upper)
                          : "use an objective code: EDM01-05, APO01-14, BAI01-11, DSS01-06 or"
                              + " MEA01-04, for example APO05 for Managed Portfolio"));
        }
      } else if (framework.equals(FrameworkReference.ITIL_4)) {
        if (!ITIL_PRACTICES.contains(ref) && !ITIL_ALIASES.containsKey(ref)) {
          String normalized = normalizePractice(ref);
          String suggestion = ITIL_ALIASES.getOrDefault(normalized, normalized);
          findings.add(
              process,
              field + "/ref",
              () ->
                  where
                      + "ITIL 4 practice "
                      + q(ref)
                      + ", which ITIL 4 does not have; "
                      + (ITIL_PRACTICES.contains(suggestion)
                          ? "write it " + q(suggestion)
                          : "use the practice name in lower case with hyphens, for example"
                              + " \"portfolio-management\" or \"service-level-management\""));
        }
      } else {
        String normalized = framework.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        @Nullable String known =
            normalized.startsWith("cobit")
                ? FrameworkReference.COBIT_2019
                : normalized.startsWith("itil") ? FrameworkReference.ITIL_4 : null;
        if (known != null) {
          findings.add(
              process,
              field + "/framework",
              () ->
                  where
                      + "framework "
                      + q(framework)
                      + ", which looks like "
                      + q(known)
                      + " but is not spelled as itom knows it, so its reference is not checked;"
                      + " write the framework as "
                      + q(known));
        }
      }
    }

    private static String normalizePractice(String ref) {
      return ref.trim()
          .toLowerCase(Locale.ROOT)
          .replace('&', ' ')
          .replaceAll("[^a-z0-9]+", "-")
          .replaceAll("^-|-$", "")
          .replace("-practice", "");
    }
  }
}
