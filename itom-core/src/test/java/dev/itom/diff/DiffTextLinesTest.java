package dev.itom.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.itom.model.Metamodel;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The lines of the text report as values: what each is about and how that changed. */
class DiffTextLinesTest {
  private static final ModelDiff DIFF =
      ModelDiff.between(DiffSamples.base(), DiffSamples.everyKindOfChange());

  @Test
  void linesAreTheTextReport() {
    List<DiffText.Line> lines = DiffText.lines(DIFF);
    String structural =
        lines.stream()
            .filter(line -> !line.presentational())
            .map(line -> line.text() + "\n")
            .collect(Collectors.joining());
    String order =
        lines.stream()
            .filter(DiffText.Line::presentational)
            .map(line -> "  " + line.text() + "\n")
            .collect(Collectors.joining());
    assertThat(DiffText.render(DIFF)).isEqualTo(structural + "Presentational order:\n" + order);
    assertThat(lines.stream().mapToInt(line -> line.changes().size()).sum())
        .isEqualTo(DIFF.changes().size());
    assertThat(DiffText.lines(ModelDiff.empty())).isEmpty();
  }

  @Test
  void eachLineSaysHowItsSubjectChanged() {
    assertThat(line("r2v.build").kinds()).containsExactly(Change.Kind.CHANGE);
    assertThat(line("r2v.build").parts())
        .contains("name \"Build\" -> \"Design and build\"", "owner architect -> product-owner");
    assertThat(line("r2v.check").kinds()).containsExactly(Change.Kind.ADD);
    assertThat(line("o2c.bill").kinds()).containsExactly(Change.Kind.MOVE);
    assertThat(line("tester").kinds()).containsExactly(Change.Kind.REMOVE);
    assertThat(line("r2v.check").subject())
        .isEqualTo(Locator.element(Metamodel.STAGE, "r2v.check"));
    assertThat(line("r2v.check").label()).isEqualTo("stage r2v.check \"Check\"");
  }

  @Test
  void linesAreValues() {
    List<DiffText.Line> lines = DiffText.lines(DIFF);
    List<DiffText.Line> again = DiffText.lines(DIFF);
    EqualsTester tester = new EqualsTester();
    for (int i = 0; i < lines.size(); i++) {
      tester.addEqualityGroup(lines.get(i), again.get(i));
    }
    tester.testEquals();
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> DiffText.lines(null)).isInstanceOf(NullPointerException.class);
  }

  private static DiffText.Line line(String id) {
    return DiffText.lines(DIFF).stream()
        .filter(line -> !line.presentational() && id.equals(line.subject().elementId()))
        .findFirst()
        .orElseThrow();
  }
}
