package dev.itom.rules;

import static dev.itom.rules.BuiltInRule.q;

import com.google.common.collect.ImmutableList;
import dev.itom.model.Artifact;
import dev.itom.model.OperatingModel;
import dev.itom.model.Stage;
import java.util.List;

/**
 * The built-in rule about the artifacts that flow between stages: what is consumed is produced, and
 * what is produced is consumed (ITOM-R10).
 */
final class ArtifactRules {
  private ArtifactRules() {}

  /** Names the first stages of a list for a message: {@code "a"}, {@code "a", "b" and 3 more}. */
  static String stageList(List<Stage> stages) {
    StringBuilder out = new StringBuilder();
    int shown = Math.min(stages.size(), 2);
    for (int i = 0; i < shown; i++) {
      if (i > 0) {
        out.append(", ");
      }
      out.append(q(stages.get(i).id()));
    }
    if (stages.size() > shown) {
      out.append(" and ").append(stages.size() - shown).append(" more");
    }
    return out.toString();
  }

  // ---- ITOM-R10 ------------------------------------------------------------------------------

  /** ITOM-R10: consumed artifacts are produced and produced ones consumed. */
  static final class ArtifactFlow extends BuiltInRule {
    ArtifactFlow() {
      super(
          "ITOM-R10",
          "artifact-flow",
          Severity.WARNING,
          "An artifact that a stage consumes is produced by a stage, and one that a stage"
              + " produces is consumed by a stage.");
    }

    @Override
    void check(OperatingModel model, Findings findings) {
      for (Artifact artifact : model.artifacts()) {
        ImmutableList<Stage> producers = model.stagesProducing(artifact.id());
        ImmutableList<Stage> consumers = model.stagesConsuming(artifact.id());
        if (producers.isEmpty() && !consumers.isEmpty()) {
          findings.add(
              artifact,
              () ->
                  "artifact "
                      + q(artifact.id())
                      + " is consumed by "
                      + stageList(consumers)
                      + " but no stage produces it, so that work waits for an input nobody makes;"
                      + " add it to the produces of the stage that creates it");
        } else if (consumers.isEmpty() && !producers.isEmpty()) {
          findings.add(
              artifact,
              () ->
                  "artifact "
                      + q(artifact.id())
                      + " is produced by "
                      + stageList(producers)
                      + " but no stage consumes it, so that work leads nowhere; add it to the"
                      + " consumes of the stage that uses it, or stop producing it");
        }
      }
    }
  }
}
