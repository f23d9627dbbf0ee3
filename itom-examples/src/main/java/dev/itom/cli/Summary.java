package dev.itom.cli;

import dev.itom.model.Offering;
import dev.itom.model.OperatingModel;
import dev.itom.model.Option;
import dev.itom.model.Pricing;
import dev.itom.model.ProcessCategory;
import dev.itom.model.ServiceLevel;
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
      offering.pricing().ifPresent(pricing -> pricing(out.append(", "), pricing));
      out.append(")\n");
      for (Option option : offering.options()) {
        out.append("    option ").append(option.name());
        String separator = ": ";
        if (option.pricing().isPresent()) {
          pricing(out.append(separator), option.pricing().get());
          separator = ", ";
        }
        if (option.leadTime().isPresent()) {
          out.append(separator).append("lead time ").append(option.leadTime().get());
          separator = ", ";
        }
        for (ServiceLevel level : option.serviceLevels()) {
          out.append(separator)
              .append(level.name())
              .append(' ')
              .append(level.target().toPlainString());
          level.unit().ifPresent(unit -> out.append(' ').append(unit));
          separator = ", ";
        }
        out.append('\n');
      }
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

  /** Appends a pricing as {@code per-user 4.00 EUR per user/month}. */
  private static void pricing(StringBuilder out, Pricing pricing) {
    out.append(pricing.model().code());
    pricing.amount().ifPresent(amount -> out.append(' ').append(amount.toPlainString()));
    pricing.currency().ifPresent(currency -> out.append(' ').append(currency));
    pricing.unit().ifPresent(unit -> out.append(" per ").append(unit));
  }
}
