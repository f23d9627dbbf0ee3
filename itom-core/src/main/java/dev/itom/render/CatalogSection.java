package dev.itom.render;

import dev.itom.internal.Texts;
import dev.itom.model.Alternative;
import dev.itom.model.Offering;
import dev.itom.model.OperatingModel;
import dev.itom.model.Option;
import dev.itom.model.ServiceLevel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The service-catalog section of the HTML report: per offering with options, alternatives or a
 * value proposition, the value proposition, the options side by side (price, lead time, one row per
 * service level) and the alternatives with their prices.
 */
final class CatalogSection {
  private final OperatingModel model;
  private final Markup m;
  private final HtmlCells cells;

  CatalogSection(OperatingModel model, Markup m, HtmlCells cells) {
    this.model = model;
    this.m = m;
    this.cells = cells;
  }

  void write() throws IOException {
    m.open("section").attr("id", "catalog").newline();
    m.element("h2", "Service catalog").newline();
    boolean any = false;
    for (Offering offering : model.offerings()) {
      if (offering.options().isEmpty()
          && offering.alternatives().isEmpty()
          && offering.valueProposition().isEmpty()) {
        continue;
      }
      any = true;
      m.open("h3").attr("data-kind", "catalog").attr("data-id", offering.id());
      m.text(offering.name() + " ");
      m.open("span").attr("class", "id").text(offering.id()).close();
      m.close().newline();
      if (offering.valueProposition().isPresent()) {
        m.open("p").attr("class", "value-proposition");
        m.text(offering.valueProposition().get()).close().newline();
      }
      options(offering.effectiveOptions());
      alternatives(offering.alternatives());
    }
    if (!any) {
      cells.none("No offering has options, alternatives or a value proposition.");
    }
    m.close().newline();
  }

  /** The options side by side: one column per option, rows for price, lead time, levels. */
  private void options(List<Option> options) throws IOException {
    if (options.isEmpty()) {
      return;
    }
    List<String> headings = new ArrayList<>();
    headings.add("");
    options.forEach(option -> headings.add(option.name()));
    cells.table("options", headings.toArray(new String[0]));
    row("Price", options, o -> o.pricing().map(ElementTables::pricing).orElse("\u2014"));
    row("Lead time", options, o -> o.leadTime().orElse("\u2014"));
    Set<String> levels = new LinkedHashSet<>();
    options.forEach(o -> o.serviceLevels().forEach(l -> levels.add(l.name())));
    for (String level : levels) {
      row(level, options, o -> level(o, level));
    }
    cells.endTable();
  }

  private interface Cell {
    String of(Option option);
  }

  private void row(String heading, List<Option> options, Cell cell) throws IOException {
    m.open("tr");
    m.element("th", heading);
    for (Option option : options) {
      m.element("td", cell.of(option));
    }
    m.close().newline();
  }

  private static String level(Option option, String name) {
    for (ServiceLevel level : option.serviceLevels()) {
      if (level.name().equals(name)) {
        return Texts.plain(level.target()) + level.unit().map(u -> " " + u).orElse("");
      }
    }
    return "\u2014";
  }

  private void alternatives(List<Alternative> alternatives) throws IOException {
    if (alternatives.isEmpty()) {
      return;
    }
    cells.table("alternatives", "Alternative", "Description", "Price");
    for (Alternative alternative : alternatives) {
      m.open("tr");
      m.element("td", alternative.name());
      m.element("td", alternative.description().orElse("\u2014"));
      m.element("td", alternative.pricing().map(ElementTables::pricing).orElse("\u2014"));
      m.close().newline();
    }
    cells.endTable();
  }
}
