package dev.itom.render;

import static dev.itom.render.Fixtures.parseXml;
import static dev.itom.render.Fixtures.select;
import static org.assertj.core.api.Assertions.assertThat;

import dev.itom.model.Assignment;
import dev.itom.model.OperatingModel;
import dev.itom.rules.Rules;
import dev.itom.testing.SampleModels;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class RaciListingTest {
  @Test
  void aMatrixTooLargeToReadListsTheRolesOfEachRowInstead() {
    OperatingModel model = SampleModels.sized(3000, 5);
    int rows =
        model.valueChains().size()
            + model.valueChains().stream().mapToInt(c -> c.stages().size()).sum()
            + model.processes().size()
            + model.offerings().size();
    assertThat((long) rows * model.roles().size()).isGreaterThan(RaciMatrix.MAX_CELLS);

    Document html = parseXml(HtmlReport.render(model, Rules.standard().check(model)));
    assertThat(select(html, "//*[local-name()='table'][@class='raci']")).isEmpty();
    List<Element> listed =
        select(
            html, "//*[local-name()='table'][@data-table='raci']//*[local-name()='tr'][@data-id]");
    assertThat(listed)
        .extracting(e -> e.getAttribute("data-id"))
        .containsExactlyInAnyOrderElementsOf(
            model.assignments().stream().map(Assignment::target).distinct().toList());
    Assignment first = model.assignments().get(0);
    Element row =
        select(
                html,
                "//*[local-name()='table'][@data-table='raci']//*[local-name()='tr'][@data-id='"
                    + first.target()
                    + "']/*[local-name()='td']")
            .get(1);
    assertThat(row.getTextContent()).contains(model.role(first.role()).get().name() + " " + "A");
  }
}
