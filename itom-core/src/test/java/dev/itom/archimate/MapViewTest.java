package dev.itom.archimate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itom.model.OperatingModel;
import dev.itom.templates.Templates;
import dev.itom.testing.SampleModels;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * The map view as a tool would draw it: every node inside its parent, no two siblings overlapping,
 * every connection between two stage nodes, every element of the map drawn.
 */
class MapViewTest {
  private record Box(String id, long x, long y, long w, long h) {
    boolean overlaps(Box o) {
      return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
    }

    boolean inside(Box o) {
      return x >= o.x && y >= o.y && x + w <= o.x + o.w && y + h <= o.y + o.h;
    }
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  private static Box box(Element e) {
    return new Box(
        e.getAttribute("identifier"),
        Long.parseLong(e.getAttribute("x")),
        Long.parseLong(e.getAttribute("y")),
        Long.parseLong(e.getAttribute("w")),
        Long.parseLong(e.getAttribute("h")));
  }

  private static List<Element> nodes(Node parent) {
    List<Element> nodes = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getLocalName().equals("node")) {
        nodes.add(e);
      }
    }
    return nodes;
  }

  private static int check(Node parent, Box bounds) {
    List<Element> children = nodes(parent);
    int count = children.size();
    for (int i = 0; i < children.size(); i++) {
      Box a = box(children.get(i));
      if (bounds != null) {
        assertThat(a.inside(bounds)).as("%s inside %s", a, bounds).isTrue();
      }
      for (int j = i + 1; j < children.size(); j++) {
        Box b = box(children.get(j));
        assertThat(a.overlaps(b)).as("%s overlaps %s", a, b).isFalse();
      }
      count += check(children.get(i), a);
    }
    return count;
  }

  @Test
  void nodesSitInsideTheirParentsAndNoTwoSiblingsOverlap() throws Exception {
    List<OperatingModel> models = new ArrayList<>(ArchimateWriterTest.models().subList(0, 5));
    models.add(SampleModels.sized(300, 3));
    for (OperatingModel model : models) {
      Document doc = parse(ArchimateWriter.create().write(model));
      Element view = (Element) doc.getElementsByTagNameNS(Mapping.NS, "view").item(0);
      int drawn = check(view, null);
      int stages = model.valueChains().stream().mapToInt(c -> c.stages().size()).sum();
      // title, three bands, every process, every chain, its stages and its outcome block
      assertThat(drawn)
          .as(model.id())
          .isGreaterThanOrEqualTo(
              1 + 3 + model.processes().size() + 2 * model.valueChains().size() + stages);
      assertThat(doc.getElementsByTagNameNS(Mapping.NS, "connection").getLength())
          .isEqualTo(model.alignments().size());
    }
  }

  @Test
  void theReferenceMapHasItsStagesLeftToRightInOneRowPerChain() throws Exception {
    OperatingModel model = Templates.referenceModel();
    Document doc = parse(ArchimateWriter.create().write(model));
    Element view = (Element) doc.getElementsByTagNameNS(Mapping.NS, "view").item(0);
    List<Element> rows = new ArrayList<>();
    for (Element n : nodes(view)) {
      if (n.getAttribute("xsi:type").equals("Element")) {
        rows.add(n);
      }
    }
    assertThat(rows).hasSize(model.valueChains().size());
    for (Element row : rows) {
      long previous = -1;
      for (Element stage : nodes(row)) {
        if (stage.getAttribute("xsi:type").equals("Element")) {
          assertThat(box(stage).x()).isGreaterThan(previous);
          previous = box(stage).x();
        }
      }
    }
  }
}
