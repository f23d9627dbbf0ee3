package dev.itom.render;

import dev.itom.internal.Texts;
import dev.itom.model.FrameworkReference;
import dev.itom.model.Kpi;
import dev.itom.model.Offering;
import dev.itom.model.OperatingModel;
import dev.itom.model.Pricing;
import dev.itom.model.ProcessCategory;
import dev.itom.model.Stage;
import dev.itom.model.SupportProcess;
import dev.itom.model.ValueChain;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The sections of the HTML report that list the model's elements in tables: the stages of each
 * value chain, the support processes by category, the offerings and the KPIs.
 */
final class ElementTables {
  private final OperatingModel model;
  private final Markup m;
  private final HtmlCells cells;

  ElementTables(OperatingModel model, Markup m, HtmlCells cells) {
    this.model = model;
    this.m = m;
    this.cells = cells;
  }

  /** Per chain, its stages: owner, questions, artifacts consumed and produced. */
  void stages() throws IOException {
    m.open("section").attr("id", "stages").newline();
    m.element("h2", "Value chains and stages").newline();
    if (model.valueChains().isEmpty()) {
      cells.none("The model has no value chain.");
    }
    for (ValueChain chain : ChainOrder.of(model)) {
      m.open("h3").attr("data-kind", "chain").attr("data-id", chain.id());
      m.text(chain.name() + " ");
      m.open("span").attr("class", "id").text("(" + chain.kind().code() + ")").close();
      m.close().newline();
      if (chain.description().isPresent()) {
        m.element("p", chain.description().get()).newline();
      }
      if (chain.stages().isEmpty()) {
        cells.none("No stages.");
        continue;
      }
      cells.table("stages", "#", "Stage", "Owner", "Questions it answers", "Consumes", "Produces");
      int index = 1;
      for (Stage stage : chain.stages()) {
        m.open("tr").attr("data-kind", "stage").attr("data-id", stage.id());
        m.open("td").attr("class", "num").text(Integer.toString(index++)).close();
        m.open("td");
        cells.nameAndId(stage.id());
        if (stage.description().isPresent()) {
          m.open("div").text(stage.description().get()).close();
        }
        m.close();
        cells.reference(stage.owner().orElse(null));
        cells.list(stage.questions(), false);
        cells.list(stage.consumes(), true);
        cells.list(stage.produces(), true);
        m.close().newline();
      }
      cells.endTable();
    }
    m.close().newline();
  }

  /** Per category, its processes: owner, what each supports, framework references. */
  void processes() throws IOException {
    m.open("section").attr("id", "processes").newline();
    m.element("h2", "Support processes").newline();
    for (ProcessCategory category : ProcessCategory.values()) {
      m.element("h3", Palette.label(category)).newline();
      List<SupportProcess> processes = model.processes(category);
      if (processes.isEmpty()) {
        cells.none("No " + category.code() + " process.");
        continue;
      }
      cells.table("processes", "Process", "Owner", "Supports", "Frameworks");
      for (SupportProcess process : processes) {
        m.open("tr").attr("data-kind", "process").attr("data-id", process.id());
        m.open("td");
        cells.nameAndId(process.id());
        if (process.description().isPresent()) {
          m.open("div").text(process.description().get()).close();
        }
        m.close();
        cells.reference(process.owner().orElse(null));
        cells.list(process.supports(), true);
        List<String> frameworks = new ArrayList<>();
        for (FrameworkReference framework : process.frameworks()) {
          frameworks.add(
              framework.framework()
                  + " "
                  + framework.ref()
                  + framework.name().map(n -> " \u2014 " + n).orElse(""));
        }
        cells.list(frameworks, false);
        m.close().newline();
      }
      cells.endTable();
    }
    m.close().newline();
  }

  /** The offerings: type, delivery, lifecycle, owner, consumers, realizing stages, pricing. */
  void offerings() throws IOException {
    m.open("section").attr("id", "offerings").newline();
    m.element("h2", "Offerings").newline();
    if (model.offerings().isEmpty()) {
      cells.none("The model has no offering.");
    } else {
      cells.table(
          "offerings",
          "Offering",
          "Type",
          "Delivery",
          "Lifecycle",
          "Owner",
          "Consumers",
          "Realized by",
          "Pricing");
      for (Offering offering : model.offerings()) {
        m.open("tr").attr("data-kind", "offering").attr("data-id", offering.id());
        m.open("td");
        cells.nameAndId(offering.id());
        m.close();
        m.element(
            "td", offering.type().code() + offering.category().map(c -> " \u00b7 " + c).orElse(""));
        m.element("td", offering.delivery().map(d -> d.code()).orElse("\u2014"));
        m.element("td", offering.lifecycle().code());
        cells.reference(offering.owner().orElse(null));
        cells.list(offering.consumers(), true);
        cells.list(offering.realizedBy(), true);
        m.element(
            "td",
            offering.options().isEmpty()
                ? offering.pricing().map(ElementTables::pricing).orElse("\u2014")
                : offering.options().size() + " options, see the service catalog");
        m.close().newline();
      }
      cells.endTable();
    }
    m.close().newline();
  }

  /** The KPIs: unit, which direction is better, baseline, target, what they measure. */
  void kpis() throws IOException {
    m.open("section").attr("id", "kpis").newline();
    m.element("h2", "KPIs").newline();
    if (model.kpis().isEmpty()) {
      cells.none("The model has no KPI.");
    } else {
      cells.table("kpis", "KPI", "Unit", "Better when", "Baseline", "Target", "Measures");
      for (Kpi kpi : model.kpis()) {
        m.open("tr").attr("data-kind", "kpi").attr("data-id", kpi.id());
        m.open("td");
        cells.nameAndId(kpi.id());
        m.close();
        m.element("td", kpi.unit().orElse("\u2014"));
        m.element("td", kpi.direction().code().replace("-is-better", "").replace('-', ' '));
        m.open("td").attr("class", "num");
        m.text(kpi.baseline().map(Texts::plain).orElse("\u2014")).close();
        m.open("td").attr("class", "num");
        m.text(kpi.target().map(Texts::plain).orElse("\u2014")).close();
        cells.list(kpi.measures(), true);
        m.close().newline();
      }
      cells.endTable();
    }
    m.close().newline();
  }

  /** Returns a pricing as {@code per-user: 4.00 EUR per user/month}. */
  static String pricing(Pricing pricing) {
    StringBuilder text = new StringBuilder(pricing.model().code());
    pricing.amount().ifPresent(a -> text.append(": ").append(Texts.plain(a)));
    pricing.currency().ifPresent(c -> text.append(' ').append(c));
    pricing.unit().ifPresent(u -> text.append(" per ").append(u));
    return text.toString();
  }
}
