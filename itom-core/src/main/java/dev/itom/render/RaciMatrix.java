package dev.itom.render;

import dev.itom.model.Assignment;
import dev.itom.model.Element;
import dev.itom.model.Offering;
import dev.itom.model.OperatingModel;
import dev.itom.model.Responsibility;
import dev.itom.model.Role;
import dev.itom.model.Stage;
import dev.itom.model.SupportProcess;
import dev.itom.model.ValueChain;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The RACI section of the HTML report: roles as columns; the chains with their stages, then the
 * processes, then the offerings as rows; each cell holds the letters R, A, C, I of that role there,
 * with a tooltip spelling them out. The matrix scrolls in its own box with its header row and first
 * column sticky (the style sheet's {@code .raci-scroll}), so a matrix of hundreds of roles stays
 * readable.
 */
final class RaciMatrix {
  private final OperatingModel model;
  private final Markup m;
  private final HtmlCells cells;

  RaciMatrix(OperatingModel model, Markup m, HtmlCells cells) {
    this.model = model;
    this.m = m;
    this.cells = cells;
  }

  void write() throws IOException {
    m.open("section").attr("id", "raci").newline();
    m.element("h2", "RACI matrix").newline();
    m.open("p")
        .text(
            "R responsible \u00b7 A accountable \u00b7 C consulted \u00b7 I informed."
                + " Rows are the chains and their stages, the support processes and the"
                + " offerings; columns are the roles.")
        .close()
        .newline();
    List<Role> roles = model.roles();
    if (roles.isEmpty()) {
      cells.none("The model has no role.");
      m.close().newline();
      return;
    }
    Map<String, Map<String, Set<Responsibility>>> grid = new HashMap<>();
    for (Assignment assignment : model.assignments()) {
      grid.computeIfAbsent(assignment.target(), k -> new HashMap<>())
          .computeIfAbsent(assignment.role(), k -> EnumSet.noneOf(Responsibility.class))
          .add(assignment.responsibility());
    }
    m.open("div").attr("class", "scroll raci-scroll");
    m.open("table").attr("class", "raci").newline();
    m.open("thead").open("tr").element("th", "Chain, stage, process or offering");
    for (Role role : roles) {
      m.open("th").attr("class", "role").attr("data-id", role.id()).text(role.name()).close();
    }
    m.close().close().newline();
    m.open("tbody").newline();
    for (ValueChain chain : ChainOrder.of(model)) {
      row(chain, roles, grid, "chain");
      for (Stage stage : chain.stages()) {
        row(stage, roles, grid, "stage");
      }
    }
    for (SupportProcess process : model.processes()) {
      row(process, roles, grid, "process");
    }
    for (Offering offering : model.offerings()) {
      row(offering, roles, grid, "offering");
    }
    m.close().close().close().newline();
    m.close().newline();
  }

  private void row(
      Element element,
      List<Role> roles,
      Map<String, Map<String, Set<Responsibility>>> grid,
      String kind)
      throws IOException {
    Map<String, Set<Responsibility>> row = grid.getOrDefault(element.id(), Map.of());
    m.open("tr").attr("class", kind).attr("data-kind", kind).attr("data-id", element.id());
    m.open("td").attr("class", "name").text(element.name()).close();
    for (Role role : roles) {
      Set<Responsibility> set = row.get(role.id());
      StringBuilder letters = new StringBuilder();
      if (set != null) {
        for (Responsibility responsibility : set) {
          letters.append(responsibility.code().substring(0, 1).toUpperCase(Locale.ROOT));
        }
      }
      m.open("td");
      if (set != null && letters.length() > 0) {
        m.attr("title", role.name() + ": " + describe(set));
      }
      m.text(letters.toString()).close();
    }
    m.close().newline();
  }

  private static String describe(Set<Responsibility> set) {
    List<String> codes = new ArrayList<>();
    for (Responsibility responsibility : set) {
      codes.add(responsibility.code());
    }
    return String.join(", ", codes);
  }
}
