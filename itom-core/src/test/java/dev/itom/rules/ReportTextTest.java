package dev.itom.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTextTest {
  @Test
  void rendersFindingsGroupedBySeverityWithPathsAndElements() {
    Report report =
        Report.of(
            List.of(
                Finding.of("ITOM-R16", Severity.INFO, "idle", "/roles/3", "role \"idle\" is idle"),
                Finding.of(
                    "ITOM-R04", Severity.WARNING, "s", "/valueChains/0/stages/1/owner", "no owner"),
                Finding.ofModel("ITOM-R02", Severity.ERROR, "/alignments", "not interconnected"),
                Finding.ofModel("X-1", Severity.WARNING, "", "first line\nsecond line")));
    assertThat(ReportText.render(report))
        .isEqualTo(
            "1 error, 2 warnings, 1 info\n"
                + "\n"
                + "Errors (1)\n"
                + "  ITOM-R02 at /alignments\n"
                + "    not interconnected\n"
                + "\n"
                + "Warnings (2)\n"
                + "  ITOM-R04 at /valueChains/0/stages/1/owner (s)\n"
                + "    no owner\n"
                + "  X-1 at /\n"
                + "    first line\n"
                + "    second line\n"
                + "\n"
                + "Info (1)\n"
                + "  ITOM-R16 at /roles/3 (idle)\n"
                + "    role \"idle\" is idle\n");
    assertThat(report.toText()).isEqualTo(ReportText.render(report));
  }

  @Test
  void rendersAnEmptyReport() {
    assertThat(Report.of(List.of()).toText())
        .isEqualTo("0 errors, 0 warnings, 0 info\n\nNo findings: the model passes every rule.\n");
  }

  @Test
  void leavesOutSeveritiesWithoutFindings() {
    String text = Report.of(List.of(Finding.of("R", Severity.INFO, "a", "/roles/0", "m"))).toText();
    assertThat(text).startsWith("0 errors, 0 warnings, 1 info\n").contains("Info (1)");
    assertThat(text).doesNotContain("Errors").doesNotContain("Warnings");
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> ReportText.render(null)).isInstanceOf(NullPointerException.class);
  }
}
