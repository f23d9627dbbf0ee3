package dev.itom.render;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.itom.model.Alignment;
import dev.itom.model.OperatingModel;
import dev.itom.model.ProcessCategory;
import dev.itom.model.Stage;
import dev.itom.model.SupportProcess;
import dev.itom.model.ValueChain;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an operating model as Graphviz DOT text: each value chain is a cluster of its stages in
 * order, each process category a cluster of its processes; alignments are edges (handoff solid,
 * feedback dashed, alignment dotted, each labelled with its kind) and support links are grey dotted
 * edges from a process to the stage or chain it supports. A stage is an arrow-shaped box ({@code
 * cds}) with its name and owner wrapped onto short lines and a margin that keeps them off the
 * outline.
 *
 * <p>Node ids are generated ({@code s1}, {@code p1}, ...), never taken from the model. Every model
 * string is written inside a double-quoted DOT string with backslashes and quotes escaped and line
 * breaks folded, so it can neither end the string nor form an escape sequence such as {@code \N};
 * no HTML-like label is ever written. The same model always gives the same text.
 *
 * @since 0.1
 */
public final class DotRenderer {
  /** The widest line of a stage's label, in pixels by the map's text estimate at 11 px. */
  static final double LINE_WIDTH = 160;

  private DotRenderer() {}

  /**
   * Returns the DOT graph of a model.
   *
   * @param model the model
   * @return the DOT text
   * @throws NullPointerException if {@code model} is null
   */
  public static String render(OperatingModel model) {
    return InMemory.render(4096, out -> render(model, out));
  }

  /**
   * Writes the DOT graph of a model.
   *
   * @param model the model
   * @param out where to write the text
   * @throws NullPointerException if an argument is null
   * @throws IOException if {@code out} fails
   */
  public static void render(OperatingModel model, Appendable out) throws IOException {
    checkNotNull(model, "model");
    checkNotNull(out, "out");
    Map<String, String> ids = new HashMap<>();
    Map<String, String> anchorOfChain = new HashMap<>();
    List<ValueChain> rows = ChainOrder.of(model);
    int stageCount = 0;
    for (int c = 0; c < rows.size(); c++) {
      ValueChain chain = rows.get(c);
      ids.put(chain.id(), "cluster_c" + (c + 1));
      for (Stage stage : chain.stages()) {
        ids.put(stage.id(), "s" + ++stageCount);
      }
      anchorOfChain.put(
          chain.id(),
          chain.stages().isEmpty()
              ? "c" + (c + 1) + "_empty"
              : ids.get(chain.stages().get(0).id()));
    }
    for (int p = 0; p < model.processes().size(); p++) {
      ids.put(model.processes().get(p).id(), "p" + (p + 1));
    }
    String title = model.name() + model.version().map(v -> " \u00b7 version " + v).orElse("");
    out.append("digraph operating_model {\n");
    out.append("  graph [label=")
        .append(quote(title))
        .append(
            ", labelloc=t, fontname=\"Helvetica\", fontsize=18, rankdir=LR, compound=true,"
                + " newrank=true, nodesep=0.3, ranksep=0.5];\n");
    out.append(
        "  node [fontname=\"Helvetica\", fontsize=11, shape=box, style=\"rounded,filled\","
            + " color=\"#555555\", fillcolor=\"#ffffff\"];\n");
    out.append("  edge [fontname=\"Helvetica\", fontsize=9, color=\"#333333\"];\n");
    for (ProcessCategory category : ProcessCategory.values()) {
      List<SupportProcess> processes = model.processes(category);
      if (processes.isEmpty()) {
        continue;
      }
      out.append("  subgraph cluster_")
          .append(category.code())
          .append(" {\n    label=")
          .append(quote(Palette.label(category)))
          .append("; style=\"rounded,filled\"; fillcolor=\"")
          .append(Palette.bandFill(category))
          .append("\"; color=\"")
          .append(Palette.stroke(category))
          .append("\";\n");
      for (SupportProcess process : processes) {
        out.append("    ")
            .append(ids.get(process.id()))
            .append(" [label=")
            .append(quote(process.name()))
            .append(", fillcolor=\"")
            .append(Palette.fill(category))
            .append("\", color=\"")
            .append(Palette.stroke(category))
            .append("\"];\n");
      }
      out.append("  }\n");
    }
    for (int c = 0; c < rows.size(); c++) {
      ValueChain chain = rows.get(c);
      out.append("  subgraph ")
          .append(ids.get(chain.id()))
          .append(" {\n    label=")
          .append(quote(chain.name()))
          .append("; style=\"rounded,filled\"; fillcolor=\"")
          .append(Palette.ROW)
          .append("\"; color=\"")
          .append(Palette.stroke(chain.kind()))
          .append("\";\n");
      if (chain.stages().isEmpty()) {
        out.append("    ")
            .append(anchorOfChain.get(chain.id()))
            .append(" [label=\"(no stages)\"];\n");
      }
      String previous = null;
      for (Stage stage : chain.stages()) {
        String id = ids.get(stage.id());
        String owner = stage.owner().flatMap(model::role).map(r -> r.name()).orElse("no owner");
        out.append("    ")
            .append(id)
            .append(" [shape=cds, style=filled, margin=\"0.24,0.12\", label=")
            .append(quote(lines(stage.name()) + "\n" + lines(owner)))
            .append(", fillcolor=\"")
            .append(Palette.fill(chain.kind()))
            .append("\", color=\"")
            .append(Palette.stroke(chain.kind()))
            .append("\"];\n");
        if (previous != null) {
          out.append("    ").append(previous).append(" -> ").append(id).append(" [weight=10];\n");
        }
        previous = id;
      }
      out.append("  }\n");
    }
    for (Alignment alignment : model.alignments()) {
      String from = ids.get(alignment.from());
      String to = ids.get(alignment.to());
      if (from == null || to == null) {
        continue;
      }

      String style =
          switch (alignment.kind()) {
            case FEEDBACK -> "dashed";
            case ALIGNMENT -> "dotted";
            default -> "solid";
          };
      out.append("  ")
          .append(from)
          .append(" -> ")
          .append(to)
          .append(" [style=")
          .append(style)
          .append(", penwidth=1.6, constraint=false, label=\"")
          .append(alignment.kind().code())
          .append("\"];\n");
    }
    for (SupportProcess process : model.processes()) {
      for (String supported : process.supports()) {
        String chainAnchor = anchorOfChain.get(supported);
        String target = chainAnchor != null ? chainAnchor : ids.get(supported);
        if (target == null) {
          continue;
        }
        out.append("  ")
            .append(ids.get(process.id()))
            .append(" -> ")
            .append(target)
            .append(" [style=dotted, arrowhead=none, color=\"#888888\"");
        if (chainAnchor != null) {
          out.append(", lhead=").append(ids.get(supported));
        }
        out.append("];\n");
      }
    }
    out.append("}\n");
  }

  /**
   * Returns text on lines of at most {@link #LINE_WIDTH} pixels at the stage font's size, joined by
   * line feeds, so that Graphviz sizes a stage's box to a label of several short lines rather than
   * one long one; nothing is cut.
   */
  static String lines(String text) {
    return String.join("\n", Text.wrap(text, LINE_WIDTH, 11, false, Integer.MAX_VALUE).lines);
  }

  /**
   * Returns text as a double-quoted DOT string: characters XML forbids are replaced, backslashes
   * and quotes escaped, tabs and carriage returns made spaces, line feeds written as {@code \n}.
   */
  static String quote(String text) {
    String cleaned = Text.clean(text);
    StringBuilder out = new StringBuilder(cleaned.length() + 2).append('"');
    for (int i = 0; i < cleaned.length(); i++) {
      char c = cleaned.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        case '\r', '\t' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
