package dev.itom.render;

import dev.itom.model.Alignment;
import dev.itom.model.Kpi;
import dev.itom.model.OperatingModel;
import dev.itom.model.Stage;
import dev.itom.model.SupportProcess;
import dev.itom.model.ValueChain;
import java.util.List;

/**
 * The full text of the map's tooltips (the {@code <title>} of each element), where the map itself
 * has only room for shortened names: each stage, process, chain, outcome block and alignment with
 * everything the model says about it.
 */
final class MapTooltips {
  private final OperatingModel model;

  MapTooltips(OperatingModel model) {
    this.model = model;
  }

  /** A stage: name, owner, the questions it answers, what it consumes and produces. */
  String stage(Stage stage) {
    StringBuilder tip = new StringBuilder(stage.name());
    tip.append("\nOwner: ")
        .append(stage.owner().flatMap(model::role).map(r -> r.name()).orElse("none"));
    for (String question : stage.questions()) {
      tip.append("\nAnswers: ").append(question);
    }
    appendNames(tip, "\nConsumes: ", stage.consumes());
    appendNames(tip, "\nProduces: ", stage.produces());
    stage.description().ifPresent(d -> tip.append("\n").append(d));
    return tip.toString();
  }

  /** A process: name, category, owner, what it supports, its framework references. */
  String process(SupportProcess process) {
    StringBuilder tip = new StringBuilder(process.name());
    tip.append("\n").append(Palette.label(process.category()));
    process.owner().flatMap(model::role).ifPresent(r -> tip.append("\nOwner: ").append(r.name()));
    if (process.supports().isEmpty()) {
      tip.append("\nSupports: nothing yet");
    } else {
      tip.append("\nSupports: ");
      for (int i = 0; i < process.supports().size(); i++) {
        String id = process.supports().get(i);
        tip.append(i == 0 ? "" : ", ").append(model.element(id).map(e -> e.name()).orElse(id));
      }
    }
    process
        .frameworks()
        .forEach(
            f ->
                tip.append("\n")
                    .append(f.framework())
                    .append(" ")
                    .append(f.ref())
                    .append(f.name().map(n -> " " + n).orElse("")));
    process.description().ifPresent(d -> tip.append("\n").append(d));
    return tip.toString();
  }

  /** A chain: name, kind and description. */
  static String chain(ValueChain chain) {
    return chain.name()
        + "\n"
        + Palette.kindLabel(chain.kind())
        + chain.description().map(d -> "\n" + d).orElse("");
  }

  /** An outcome block: what the chain realizes and every KPI that measures it. */
  static String outcome(ValueChain chain, List<Kpi> kpis) {
    StringBuilder tip = new StringBuilder(Palette.outcomeTitle(chain.kind()));
    tip.append(" of ").append(chain.name());
    for (Kpi kpi : kpis) {
      tip.append("\n").append(Text.kpiLine(kpi));
    }
    return tip.toString();
  }

  /** A strip under a process bar. */
  static String strip(SupportMarker.Strip strip) {
    return "supports the whole chain " + strip.number().text() + ", " + strip.chain().name();
  }

  /** A triangle under a process bar. */
  static String triangle(SupportMarker.Triangle triangle) {
    return "supports "
        + triangle.stage().name()
        + " (chain "
        + triangle.number().text()
        + ", "
        + triangle.chain().name()
        + ")";
  }

  /** An alignment: its kind, both stage names and its description. */
  String alignment(Alignment a) {
    String from = model.stage(a.from()).map(s -> s.name()).orElse(a.from());
    String to = model.stage(a.to()).map(s -> s.name()).orElse(a.to());
    return a.kind().code()
        + ": "
        + from
        + " \u2192 "
        + to
        + a.description().map(d -> "\n" + d).orElse("");
  }

  private void appendNames(StringBuilder tip, String heading, List<String> ids) {
    if (ids.isEmpty()) {
      return;
    }
    tip.append(heading);
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      tip.append(i == 0 ? "" : ", ").append(model.element(id).map(e -> e.name()).orElse(id));
    }
  }
}
