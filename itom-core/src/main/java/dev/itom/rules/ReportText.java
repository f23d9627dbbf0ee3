package dev.itom.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.itom.internal.Texts;
import org.jspecify.annotations.Nullable;

/**
 * Renders a {@link Report} as plain text for people: a summary line, then the findings grouped by
 * severity (errors first), each with its rule id, JSON Pointer path, element id and message.
 *
 * <pre>
 * 1 error, 1 warning, 0 info
 *
 * Errors (1)
 *   ITOM-R02 at /alignments
 *     the Requirement-to-Value chain "r2v" and the Order-to-Cash chain "o2c" are not ...
 *
 * Warnings (1)
 *   ITOM-R04 at /valueChains/0/stages/2/owner (stage-id)
 *     stage "stage-id" of the core chain "r2v" has no owner, ...
 * </pre>
 *
 * <p>Lines end with {@code \n}; the path of the whole model is shown as {@code /}.
 *
 * @since 0.1
 */
public final class ReportText {
  private ReportText() {}

  /**
   * Renders a report as text.
   *
   * @param report the report
   * @return the text, ending with a line break
   * @throws NullPointerException if {@code report} is null
   */
  public static String render(Report report) {
    checkNotNull(report, "report");
    StringBuilder out = new StringBuilder();
    out.append(summary(report)).append('\n');
    if (report.findings().isEmpty()) {
      return out.append("\nNo findings: the model passes every rule.\n").toString();
    }
    @Nullable Severity current = null;
    for (Finding finding : report.findings()) {
      if (finding.severity() != current) {
        current = finding.severity();
        out.append('\n')
            .append(heading(current))
            .append(" (")
            .append(report.count(current))
            .append(")\n");
      }
      out.append("  ")
          .append(finding.ruleId())
          .append(" at ")
          .append(Texts.display(finding.pointer()));
      finding.elementId().ifPresent(id -> out.append(" (").append(id).append(')'));
      out.append("\n    ").append(finding.message().replace("\n", "\n    ")).append('\n');
    }
    return out.toString();
  }

  /**
   * Returns the one-line summary of a report, for example {@code 1 error, 2 warnings, 0 info}.
   *
   * @param report the report
   * @return the summary, without a line break
   * @throws NullPointerException if {@code report} is null
   */
  public static String summary(Report report) {
    checkNotNull(report, "report");
    int errors = report.count(Severity.ERROR);
    int warnings = report.count(Severity.WARNING);
    return errors
        + (errors == 1 ? " error, " : " errors, ")
        + warnings
        + (warnings == 1 ? " warning, " : " warnings, ")
        + report.count(Severity.INFO)
        + " info";
  }

  private static String heading(Severity severity) {
    return switch (severity) {
      case ERROR -> "Errors";
      case WARNING -> "Warnings";
      case INFO -> "Info";
    };
  }
}
