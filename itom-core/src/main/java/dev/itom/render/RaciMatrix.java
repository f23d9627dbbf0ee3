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
import java.util.Comparator;
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
 * readable. A matrix of more than {@link #MAX_CELLS} cells is listed instead: each row that
 * involves a role names its roles and their letters.
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

  /**
   * The most cells a matrix shows. A larger one (a model of thousands of roles and stages) would be
   * an unreadable page of gigabytes; its rows list the roles they involve instead, which is linear
   * in the assignments.
   */
  static final long MAX_CELLS = 250_000;

  /** A row of the matrix: an element and its kind. */
  private record Row(Element element, String kind) {}

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
    List<Row> rows = new ArrayList<>();
    for (ValueChain chain : ChainOrder.of(model)) {
      rows.add(new Row(chain, "chain"));
      for (Stage stage : chain.stages()) {
        rows.add(new Row(stage, "stage"));
      }
    }
    for (SupportProcess process : model.processes()) {
      rows.add(new Row(process, "process"));
    }
    for (Offering offering : model.offerings()) {
      rows.add(new Row(offering, "offering"));
    }
    if ((long) rows.size() * roles.size() > MAX_CELLS) {
      listed(rows, roles, grid);
      m.close().newline();
      return;
    }
    m.open("div").attr("class", "scroll raci-scroll");
    m.open("table").attr("class", "raci").newline();
    m.open("thead").open("tr").element("th", "Chain, stage, process or offering");
    for (Role role : roles) {
      m.open("th").attr("class", "role").attr("data-id", role.id()).text(role.name()).close();
    }
    m.close().close().newline();
    m.open("tbody").newline();
    for (Row row : rows) {
      row(row.element(), roles, grid, row.kind());
    }
    m.close().close().close().newline();
    m.close().newline();
  }

  /** The matrix too large to show, as one line per row that involves a role: its roles. */
  private void listed(
      List<Row> rows, List<Role> roles, Map<String, Map<String, Set<Responsibility>>> grid)
      throws IOException {
    m.open("p")
        .text(
            "The matrix would have "
                + rows.size()
                + " rows and "
                + roles.size()
                + " role columns, too many to read: each row that involves a role lists its"
                + " roles and their letters instead.")
        .close()
        .newline();
    Map<String, Integer> order = new HashMap<>();
    for (int i = 0; i < roles.size(); i++) {
      order.put(roles.get(i).id(), i);
    }
    cells.table("raci", "Chain, stage, process or offering", "Roles");
    for (Row row : rows) {
      Map<String, Set<Responsibility>> involved = grid.get(row.element().id());
      if (involved == null) {
        continue;
      }
      List<String> ids = new ArrayList<>(involved.keySet());
      ids.sort(Comparator.comparingInt(id -> order.getOrDefault(id, Integer.MAX_VALUE)));
      StringBuilder text = new StringBuilder();
      for (String id : ids) {
        Set<Responsibility> set = involved.get(id);
        text.append(text.length() == 0 ? "" : "; ")
            .append(model.role(id).map(Role::name).orElse(id))
            .append(' ')
            .append(letters(set == null ? Set.of() : set));
      }
      String kind = row.kind();
      m.open("tr").attr("class", kind).attr("data-kind", kind).attr("data-id", row.element().id());
      m.open("td").attr("class", "name").text(row.element().name()).close();
      m.element("td", text.toString());
      m.close().newline();
    }
    cells.endTable();
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
      String letters = set == null ? "" : letters(set);
      m.open("td");
      if (set != null && !letters.isEmpty()) {
        m.attr("title", role.name() + ": " + describe(set));
      }
      m.text(letters).close();
    }
    m.close().newline();
  }

  /** The first letters of the responsibilities, upper case: {@code RA}. */
  private static String letters(Set<Responsibility> set) {
    StringBuilder letters = new StringBuilder();
    for (Responsibility responsibility : set) {
      letters.append(responsibility.code().substring(0, 1).toUpperCase(Locale.ROOT));
    }
    return letters.toString();
  }

  private static String describe(Set<Responsibility> set) {
    List<String> codes = new ArrayList<>();
    for (Responsibility responsibility : set) {
      codes.add(responsibility.code());
    }
    return String.join(", ", codes);
  }
}
