package dev.itom.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.itom.model.OperatingModel;
import java.util.List;

/** A {@link Rule} made of a lambda. */
final class LambdaRule implements Rule {
  private final String id;
  private final Severity severity;
  private final String summary;
  private final Check check;

  LambdaRule(String id, Severity severity, String summary, Check check) {
    this.id = checkNotNull(id, "id");
    this.severity = checkNotNull(severity, "severity");
    this.summary = checkNotNull(summary, "summary");
    this.check = checkNotNull(check, "check");
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Severity defaultSeverity() {
    return severity;
  }

  @Override
  public String summary() {
    return summary;
  }

  @Override
  public List<Finding> check(OperatingModel model) {
    checkNotNull(model, "model");
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    check.check(
        model,
        new FindingSink() {
          @Override
          public void report(String elementId, String path, String message) {
            findings.add(Finding.of(id, severity, elementId, path, message));
          }

          @Override
          public void reportModel(String path, String message) {
            findings.add(Finding.ofModel(id, severity, path, message));
          }
        });
    return findings.build();
  }

  @Override
  public String toString() {
    return id + " (" + severity.code() + "): " + summary;
  }
}
