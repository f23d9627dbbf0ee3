package dev.itom.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.itom.model.OperatingModel;
import java.util.List;

/**
 * The base of the built-in rules: a stable id, a kebab-case name, a default severity, a summary and
 * a check that adds findings to a collector. Not designed for extension outside this package.
 */
abstract class BuiltInRule implements Rule {
  private final String id;
  private final String name;
  private final Severity severity;
  private final String summary;

  BuiltInRule(String id, String name, Severity severity, String summary) {
    this.id = id;
    this.name = name;
    this.severity = severity;
    this.summary = summary;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final Severity defaultSeverity() {
    return severity;
  }

  @Override
  public final String summary() {
    return summary;
  }

  @Override
  public final List<Finding> check(OperatingModel model) {
    checkNotNull(model, "model");
    Findings findings = new Findings();
    check(model, findings);
    return findings.build();
  }

  /** Checks a model, adding findings in model order. */
  abstract void check(OperatingModel model, Findings findings);

  @Override
  public final String toString() {
    return id + " " + name + " (" + severity.code() + "): " + summary;
  }

  /** Collects the findings of one run, stamped with this rule's id and severity. */
  final class Findings {
    private final ImmutableList.Builder<Finding> found = ImmutableList.builder();

    void add(String elementId, String path, String message) {
      found.add(Finding.of(id, severity, elementId, path, message));
    }

    void addModel(String path, String message) {
      found.add(Finding.ofModel(id, severity, path, message));
    }

    ImmutableList<Finding> build() {
      return found.build();
    }
  }

  /**
   * Returns a decimal for a message, without exponent unless the plain form would be over a
   * thousand digits long (1E+999999999 stays 1E+999999999 rather than a gigabyte of zeros).
   */
  static String plain(java.math.BigDecimal value) {
    return Math.abs((long) value.scale()) <= 1_000 ? value.toPlainString() : value.toString();
  }

  /** Returns {@code text} in double quotes, for ids in messages. */
  static String q(String text) {
    return '"' + text + '"';
  }
}
