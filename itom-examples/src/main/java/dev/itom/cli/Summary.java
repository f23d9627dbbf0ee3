package dev.itom.cli;

import dev.itom.model.Offering;
import dev.itom.model.OperatingModel;
import dev.itom.model.ProcessCategory;
import dev.itom.model.Stage;
import dev.itom.model.SupportProcess;
import dev.itom.model.ValueChain;
import dev.itom.rules.Report;
import dev.itom.rules.Severity;
import java.util.stream.Collectors;

/** A short, readable text summary of an operating model and its rule report. */
final class Summary {
  private Summary() {}

  static String of(OperatingModel model, Report report) {
    StringBuilder out = new StringBuilder();
    out.append(model.name());
    model.version().ifPresent(version -> out.append(" (version ").append(version).append(')'));
    out.append('\n');
    out.append("  ")
        .append(model.elementCount())
        .append(" elements: ")
        .append(model.roles().size())
        .append(" roles, ")
        .append(model.consumers().size())
        .append(" consumers, ")
        .append(model.artifacts().size())
        .append(" artifacts, ")
        .append(model.kpis().size())
        .append(" KPIs, ")
        .append(model.alignments().size())
        .append(" alignments, ")
        .append(model.assignments().size())
        .append(" RACI assignments\n");
    out.append("Value chains\n");
    for (ValueChain chain : model.valueChains()) {
      out.append("  ")
          .append(chain.name())
          .append(" [")
          .append(chain.kind().code())
          .append("]: ")
          .append(chain.stages().stream().map(Stage::name).collect(Collectors.joining(" > ")))
          .append('\n');
    }
    out.append("Support processes\n");
    for (ProcessCategory category : ProcessCategory.values()) {
      String names =
          model.processes(category).stream()
              .map(SupportProcess::name)
              .collect(Collectors.joining(", "));
      out.append("  ")
          .append(category.code())
          .append(": ")
          .append(names.isEmpty() ? "(none)" : names)
          .append('\n');
    }
    out.append("Offerings\n");
    for (Offering offering : model.offerings()) {
      out.append("  ")
          .append(offering.name())
          .append(" (")
          .append(offering.type().code())
          .append(", ")
          .append(offering.lifecycle().code());
      offering.delivery().ifPresent(delivery -> out.append(", ").append(delivery.code()));
      offering
          .pricing()
          .ifPresent(
              pricing -> {
                out.append(", ").append(pricing.model().code());
                pricing
                    .amount()
                    .ifPresent(amount -> out.append(' ').append(amount.toPlainString()));
                pricing.currency().ifPresent(currency -> out.append(' ').append(currency));
                pricing.unit().ifPresent(unit -> out.append(" per ").append(unit));
              });
      out.append(")\n");
    }
    out.append("Findings: ")
        .append(report.count(Severity.ERROR))
        .append(" errors, ")
        .append(report.count(Severity.WARNING))
        .append(" warnings, ")
        .append(report.count(Severity.INFO))
        .append(" info\n");
    return out.toString();
  }
}
