package dev.itom.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.itom.rules.Finding;
import dev.itom.rules.Report;
import dev.itom.rules.Severity;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Objects;

/**
 * Writes the findings of the rules as an {@code itom-report/1} document with a Jackson {@link
 * JsonGenerator}: {@code format}, {@code counts} per severity, then the findings in the report's
 * order. Stateless; every method may be called from any thread.
 */
public final class ReportWriter {
  private ReportWriter() {}

  /** The value of the {@code format} field of a report document. */
  private static final SerializedString V_REPORT_FORMAT = new SerializedString("itom-report/1");

  private static final SerializedString F_COUNTS = new SerializedString("counts");
  private static final SerializedString F_FINDINGS = new SerializedString("findings");
  private static final SerializedString F_RULE = new SerializedString("rule");
  private static final SerializedString F_SEVERITY = new SerializedString("severity");
  private static final SerializedString F_ELEMENT = new SerializedString("element");
  private static final SerializedString F_PATH = new SerializedString("path");
  private static final SerializedString F_MESSAGE = new SerializedString("message");

  /** The spellings of the severities. */
  private static final EnumMap<Severity, SerializableString> SEVERITIES =
      new EnumMap<>(Severity.class);

  static {
    for (Severity severity : Severity.values()) {
      SEVERITIES.put(severity, new SerializedString(severity.code()));
    }
  }

  private static SerializableString code(Severity severity) {
    return Objects.requireNonNull(SEVERITIES.get(severity), "severity");
  }

  /**
   * Writes a rule report: {@code format}, {@code counts} per severity, then the findings.
   *
   * @param g the generator
   * @param report the report
   * @throws IOException if the generator fails
   */
  public static void writeReport(JsonGenerator g, Report report) throws IOException {
    g.writeStartObject(report);
    g.writeFieldName(Fields.key(Fields.FORMAT));
    g.writeString(V_REPORT_FORMAT);
    g.writeFieldName(F_COUNTS);
    g.writeStartObject();
    for (Severity severity : Severity.values()) {
      g.writeFieldName(code(severity));
      g.writeNumber(report.count(severity));
    }
    g.writeEndObject();
    g.writeFieldName(F_FINDINGS);
    List<Finding> findings = report.findings();
    g.writeStartArray(findings, findings.size());
    for (Finding finding : findings) {
      writeFinding(g, finding);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * Writes one finding of a rule: {@code rule}, {@code severity}, {@code element} (when the finding
   * is about one element), {@code path}, {@code message}.
   *
   * @param g the generator
   * @param finding the finding
   * @throws IOException if the generator fails
   */
  static void writeFinding(JsonGenerator g, Finding finding) throws IOException {
    g.writeStartObject(finding);
    g.writeFieldName(F_RULE);
    g.writeString(finding.ruleId());
    g.writeFieldName(F_SEVERITY);
    g.writeString(code(finding.severity()));
    String element = finding.elementId().orElse(null);
    if (element != null) {
      g.writeFieldName(F_ELEMENT);
      g.writeString(element);
    }
    g.writeFieldName(F_PATH);
    g.writeString(finding.pointer());
    g.writeFieldName(F_MESSAGE);
    g.writeString(finding.message());
    g.writeEndObject();
  }
}
