package dev.itom.rules;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.collect.ImmutableMultiset.toImmutableMultiset;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableMultiset;
import com.google.common.collect.Maps;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The findings of a {@link RuleSet} over one model, in a stable order: by severity (errors first),
 * then by rule id, then in model order.
 *
 * @since 0.1
 */
public final class Report {
  private final ImmutableList<Finding> findings;
  private final ImmutableMultiset<Severity> counts;

  private Report(ImmutableList<Finding> findings) {
    this.findings = findings;
    this.counts = findings.stream().map(Finding::severity).collect(toImmutableMultiset());
  }

  /**
   * Returns a report of the given findings, sorted by severity, rule id and then the given order.
   *
   * @param findings the findings
   * @return the report
   * @throws NullPointerException if {@code findings} or one of them is null
   */
  public static Report of(Iterable<Finding> findings) {
    checkNotNull(findings, "findings");
    ImmutableList<Finding> sorted =
        ImmutableList.sortedCopyOf(
            (a, b) -> {
              int bySeverity = a.severity().compareTo(b.severity());
              return bySeverity != 0 ? bySeverity : a.ruleId().compareTo(b.ruleId());
            },
            findings);
    return new Report(sorted);
  }

  /**
   * Returns every finding, errors first, then by rule id, then in model order.
   *
   * @return the findings
   */
  public ImmutableList<Finding> findings() {
    return findings;
  }

  /**
   * Returns the number of findings of a severity.
   *
   * @param severity the severity
   * @return the count
   * @throws NullPointerException if {@code severity} is null
   */
  public int count(Severity severity) {
    return counts.count(checkNotNull(severity, "severity"));
  }

  /**
   * Returns the number of findings of each severity, every severity present.
   *
   * @return counts by severity, in severity order
   */
  public ImmutableMap<Severity, Integer> counts() {
    Map<Severity, Integer> result = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      result.put(severity, counts.count(severity));
    }
    return Maps.immutableEnumMap(result);
  }

  /**
   * Returns whether any finding has severity {@link Severity#ERROR}.
   *
   * @return true if there is an error
   */
  public boolean hasErrors() {
    return counts.contains(Severity.ERROR);
  }

  /**
   * Renders this report as text for people, grouped by severity, with paths; see {@link
   * ReportText#render(Report)}.
   *
   * @return the text, ending with a line break
   */
  public String toText() {
    return ReportText.render(this);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Report that && that.findings.equals(findings);
  }

  @Override
  public int hashCode() {
    return findings.hashCode();
  }

  @Override
  public String toString() {
    return "Report" + counts();
  }
}
