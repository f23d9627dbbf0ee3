package dev.itom.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.itom.model.Element;
import dev.itom.model.OperatingModel;
import java.util.List;
import java.util.function.Supplier;

/**
 * The base of the built-in rules: a stable id, a kebab-case name, a default severity, a summary and
 * a check that adds findings to a collector. Not designed for extension outside this package.
 *
 * <p>The rules themselves are grouped by the part of the model they judge: {@link ChainRules},
 * {@link ProcessRules}, {@link RaciRules}, {@link KpiRules}, {@link OfferingRules}, {@link
 * CatalogRules} and {@link ArtifactRules}; {@link Rules} makes one constant of each.
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
    Findings findings = new Findings(model);
    check(model, findings);
    return findings.build();
  }

  /** Checks a model, adding findings in model order. */
  abstract void check(OperatingModel model, Findings findings);

  @Override
  public final String toString() {
    return id + " " + name + " (" + severity.code() + "): " + summary;
  }

  /**
   * Collects the findings of one run, stamped with this rule's id and severity. It asks the model
   * where an element stands, so that a finding's pointer is the one the model's JSON form gives the
   * element.
   */
  final class Findings {
    private final OperatingModel model;
    private final ImmutableList.Builder<Finding> found = ImmutableList.builder();

    Findings(OperatingModel model) {
      this.model = model;
    }

    /**
     * Adds a finding about an element as a whole, at the element's pointer; its message is written
     * only when it is asked for.
     */
    void add(Element element, Supplier<String> message) {
      found.add(Finding.deferred(id, severity, element.id(), pointerOf(element), message));
    }

    /**
     * Adds a finding about one field of an element, at the element's pointer followed by {@code
     * /field}; {@code field} may go deeper, as in {@code frameworks/2/ref}. The message is written
     * only when it is asked for.
     */
    void add(Element element, String field, Supplier<String> message) {
      found.add(
          Finding.deferred(id, severity, element.id(), pointerOf(element) + '/' + field, message));
    }

    /** Adds a finding about the model as a whole, at the list where something is missing. */
    void addModel(String pointer, String message) {
      found.add(Finding.ofModel(id, severity, pointer, message));
    }

    ImmutableList<Finding> build() {
      return found.build();
    }

    private String pointerOf(Element element) {
      return model.pathOf(element.id()).orElseThrow();
    }
  }

  /**
   * Returns {@code text} in double quotes, as it is, for ids and references in messages. Unlike
   * {@link dev.itom.internal.Texts#quote(String)} it neither escapes nor cuts: an id may be 128
   * characters long, where {@code Texts.quote} stops at 80, and the messages of the built-in rules
   * show ids and references whole.
   */
  static String q(String text) {
    return '"' + text + '"';
  }
}
