package dev.itom.rules;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.regex.Pattern;

/**
 * The framework references that ITOM-R12 knows: the 40 COBIT 2019 objectives and the 34 ITIL 4
 * management practices, with the older or other spellings of practices that it accepts as they are.
 */
final class FrameworkCatalog {
  /** The COBIT 2019 objective codes: EDM01-05, APO01-14, BAI01-11, DSS01-06 and MEA01-04. */
  static final Pattern COBIT_OBJECTIVE =
      Pattern.compile("EDM0[1-5]|APO(0[1-9]|1[0-4])|BAI(0[1-9]|1[01])|DSS0[1-6]|MEA0[1-4]");

  /** The ITIL 4 management practices, as kebab-case refs. */
  static final ImmutableSet<String> ITIL_PRACTICES =
      ImmutableSet.of(
          // general management practices
          "architecture-management",
          "continual-improvement",
          "information-security-management",
          "knowledge-management",
          "measurement-and-reporting",
          "organizational-change-management",
          "portfolio-management",
          "project-management",
          "relationship-management",
          "risk-management",
          "service-financial-management",
          "strategy-management",
          "supplier-management",
          "workforce-and-talent-management",
          // service management practices
          "availability-management",
          "business-analysis",
          "capacity-and-performance-management",
          "change-enablement",
          "incident-management",
          "it-asset-management",
          "monitoring-and-event-management",
          "problem-management",
          "release-management",
          "service-catalogue-management",
          "service-configuration-management",
          "service-continuity-management",
          "service-design",
          "service-desk",
          "service-level-management",
          "service-request-management",
          "service-validation-and-testing",
          // technical management practices
          "deployment-management",
          "infrastructure-and-platform-management",
          "software-development-and-management");

  /** Older or other spellings of ITIL 4 practices, accepted as they are, each to its practice. */
  static final ImmutableMap<String, String> ITIL_ALIASES =
      ImmutableMap.of(
          "change-control", "change-enablement",
          "service-catalog-management", "service-catalogue-management",
          "organisational-change-management", "organizational-change-management");

  private FrameworkCatalog() {}
}
