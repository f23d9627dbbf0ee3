package dev.itom.render;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.itom.model.Alignment;
import dev.itom.model.OperatingModel;
import dev.itom.model.ProcessCategory;
import dev.itom.model.Stage;
import dev.itom.model.SupportProcess;
import dev.itom.model.ValueChain;
import dev.itom.model.ValueChainKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes an operating model as Mermaid {@code flowchart} text: each value chain is a subgraph of
 * its stages in order, each process category a subgraph of its processes; alignments are edges
 * (handoff thick, feedback and alignment dotted, each labelled with its kind) and support links are
 * dotted lines from a process to the stage or chain it supports.
 *
 * <p>Node ids are generated ({@code s1}, {@code p1}, {@code c1}, ...), never taken from the model.
 * Every label is a quoted string in which any character other than letters, digits, spaces and
 * harmless punctuation is written as a Mermaid entity code ({@code #60;} for {@code <}), so no
 * model text can end a label, start an edge or inject markup. Mermaid decodes those codes in labels
 * only: the title, in the YAML front matter, is a YAML double-quoted string instead, with {@code
 * \"}, {@code \\} and escapes for control characters. The same model always gives the same text.
 *
 * @since 0.1
 */
public final class MermaidRenderer {
  private MermaidRenderer() {}

  /**
   * Returns the Mermaid flowchart of a model.
   *
   * @param model the model
   * @return the flowchart text
   * @throws NullPointerException if {@code model} is null
   */
  public static String render(OperatingModel model) {
    return InMemory.render(4096, out -> render(model, out));
  }

  /**
   * Writes the Mermaid flowchart of a model.
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
    List<ValueChain> rows = ChainOrder.of(model);
    for (int c = 0; c < rows.size(); c++) {
      ids.put(rows.get(c).id(), "c" + (c + 1));
    }
    int stageCount = 0;
    for (ValueChain chain : rows) {
      for (Stage stage : chain.stages()) {
        ids.put(stage.id(), "s" + ++stageCount);
      }
    }
    for (int p = 0; p < model.processes().size(); p++) {
      ids.put(model.processes().get(p).id(), "p" + (p + 1));
    }

    String title = model.name() + model.version().map(v -> " \u00b7 version " + v).orElse("");
    out.append("---\ntitle: ").append(yamlString(Text.oneLine(title))).append("\n---\n");
    out.append("flowchart LR\n");
    Map<Enum<?>, List<String>> classes = new LinkedHashMap<>();
    for (ValueChainKind kind : ValueChainKind.values()) {
      classes.put(kind, new ArrayList<>());
    }
    for (ProcessCategory category : ProcessCategory.values()) {
      classes.put(category, new ArrayList<>());
    }
    for (ProcessCategory category : ProcessCategory.values()) {
      List<SupportProcess> processes = model.processes(category);
      if (processes.isEmpty()) {
        continue;
      }
      out.append("  subgraph ")
          .append(category.code())
          .append("[\"")
          .append(label(Palette.label(category)))
          .append("\"]\n    direction LR\n");
      for (SupportProcess process : processes) {
        String id = ids.get(process.id());
        out.append("    ").append(id).append("([\"").append(label(process.name())).append("\"])\n");
        classes.computeIfAbsent(category, k -> new ArrayList<>()).add(id);
      }
      out.append("  end\n");
    }
    for (ValueChain chain : rows) {
      String chainId = ids.get(chain.id());
      out.append("  subgraph ")
          .append(chainId)
          .append("[\"")
          .append(label(chain.name()))
          .append("\"]\n    direction LR\n");
      if (chain.stages().isEmpty()) {
        out.append("    ").append(chainId).append("_empty[\"(no stages)\"]\n");
      }
      String previous = null;
      for (Stage stage : chain.stages()) {
        String id = ids.get(stage.id());
        String owner = stage.owner().flatMap(model::role).map(r -> r.name()).orElse("no owner");
        out.append("    ")
            .append(id)
            .append("[\"")
            .append(label(stage.name()))
            .append("<br/>")
            .append(label(owner))
            .append("\"]\n");
        if (previous != null) {
          out.append("    ").append(previous).append(" --> ").append(id).append('\n');
        }
        previous = id;
        classes.computeIfAbsent(chain.kind(), k -> new ArrayList<>()).add(id);
      }
      out.append("  end\n");
    }
    for (Alignment alignment : model.alignments()) {
      String from = ids.get(alignment.from());
      String to = ids.get(alignment.to());
      if (from == null || to == null) {
        continue;
      }

      String arrow =
          switch (alignment.kind()) {
            case HANDOFF -> " ==>";
            default -> " -.->";
          };
      out.append("  ")
          .append(from)
          .append(arrow)
          .append("|\"")
          .append(alignment.kind().code())
          .append("\"| ")
          .append(to)
          .append('\n');
    }
    for (SupportProcess process : model.processes()) {
      for (String supported : process.supports()) {
        String target = ids.get(supported);
        if (target != null) {
          out.append("  ")
              .append(ids.get(process.id()))
              .append(" -.- ")
              .append(target)
              .append('\n');
        }
      }
    }
    for (ProcessCategory category : ProcessCategory.values()) {
      if (!model.processes(category).isEmpty()) {
        out.append("  style ")
            .append(category.code())
            .append(" fill:")
            .append(Palette.bandFill(category))
            .append(",stroke:")
            .append(Palette.stroke(category))
            .append('\n');
      }
    }
    for (ValueChain chain : rows) {
      out.append("  style ")
          .append(ids.get(chain.id()))
          .append(" fill:")
          .append(Palette.ROW)
          .append(",stroke:")
          .append(Palette.stroke(chain.kind()))
          .append('\n');
    }
    for (ValueChainKind kind : ValueChainKind.values()) {
      out.append("  classDef ")
          .append(className(kind))
          .append(" fill:")
          .append(Palette.fill(kind))
          .append(",stroke:")
          .append(Palette.stroke(kind))
          .append(",color:")
          .append(Palette.INK)
          .append('\n');
    }
    for (ProcessCategory category : ProcessCategory.values()) {
      out.append("  classDef ")
          .append(className(category))
          .append(" fill:")
          .append(Palette.fill(category))
          .append(",stroke:")
          .append(Palette.stroke(category))
          .append(",color:")
          .append(Palette.INK)
          .append('\n');
    }
    for (Map.Entry<Enum<?>, List<String>> entry : classes.entrySet()) {
      if (!entry.getValue().isEmpty()) {
        out.append("  class ")
            .append(String.join(",", entry.getValue()))
            .append(' ')
            .append(className(entry.getKey()))
            .append('\n');
      }
    }
  }

  /** The Mermaid class name of a chain kind or process category. */
  private static String className(Enum<?> kindOrCategory) {
    if (kindOrCategory instanceof ValueChainKind kind) {
      return switch (kind) {
        case REQUIREMENT_TO_VALUE -> "r2v";
        case ORDER_TO_CASH -> "o2c";
        case CUSTOM -> "custom";
      };
    }
    return ((ProcessCategory) kindOrCategory).code();
  }

  /**
   * Returns text as a YAML double-quoted scalar, quotes included: {@code "} and {@code \} are
   * escaped with a backslash, tab, line feed, carriage return and NUL as {@code \t \n \r \0}, and
   * every other character that YAML does not print as is (C0 and C1 controls, DEL, the line and
   * paragraph separators U+2028 and U+2029, U+FEFF, U+FFFE, U+FFFF and lone surrogates) as a
   * hexadecimal escape of two, four or eight digits ({@code \xNN} and the like), and so are {@code
   * <} and {@code >}, so that no tag can be read into the source; everything else, any script or
   * emoji included, stays as it is. A YAML parser reads the scalar back to {@code text}.
   */
  static String yamlString(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case 0 -> out.append("\\0");
        case '<' -> out.append("\\x3C");
        case '>' -> out.append("\\x3E");
        default -> {
          if (yamlPrintable(cp)) {
            out.appendCodePoint(cp);
          } else if (cp <= 0xFF) {
            out.append("\\x").append(hex(cp, 2));
          } else if (cp <= 0xFFFF) {
            out.append("\\u").append(hex(cp, 4));
          } else {
            out.append("\\U").append(hex(cp, 8));
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** Whether a YAML double-quoted scalar may hold the code point as is. */
  private static boolean yamlPrintable(int cp) {
    return (cp >= 0x20 && cp <= 0x7E)
        || (cp >= 0xA0 && cp <= 0xD7FF && cp != 0x2028 && cp != 0x2029)
        || (cp >= 0xE000 && cp <= 0xFFFD && cp != 0xFEFF)
        || cp >= 0x10000;
  }

  /** The code point in upper-case hexadecimal digits, zero-padded to {@code digits}. */
  private static String hex(int cp, int digits) {
    String hex = Integer.toHexString(cp).toUpperCase(Locale.ROOT);
    return "0".repeat(Math.max(0, digits - hex.length())) + hex;
  }

  /**
   * Escapes text for a quoted Mermaid label: letters, digits, spaces, {@code .,:;_-/()!?+*=@$~'}
   * and printable non-ASCII characters stay; anything else (quotes, brackets, {@code <>&#|`} and
   * the like) becomes an entity code {@code #NNN;}; the text is put on one line first.
   */
  static String label(String text) {
    String line = Text.oneLine(text);
    StringBuilder out = new StringBuilder(line.length() + 16);
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      if (Character.isLetterOrDigit(cp)
          || cp == ' '
          || ".,:;_-/()!?+*=@$~'".indexOf(cp) >= 0
          || (cp >= 0xA0 && cp != Text.REPLACEMENT && Character.getType(cp) != Character.FORMAT)) {
        out.appendCodePoint(cp);
      } else {
        out.append('#').append(cp).append(';');
      }
      i += Character.charCount(cp);
    }
    return out.toString();
  }
}
