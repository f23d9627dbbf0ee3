package dev.itom.archimate;

import dev.itom.model.OperatingModel;
import dev.itom.render.internal.MapShapes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The map view: the SVG map's layout as diagram nodes and connections. The title is a label; each
 * process band a container holding its processes; each chain a node as wide as its row holding its
 * stages and its outcome block, a container holding the KPIs it lists; each alignment a connection
 * with the arrow's bends. Coordinates are absolute, as the exchange format wants.
 */
final class ViewWriter {
  private final OperatingModel model;
  private final String lang;
  private final Map<String, String> ids;
  private final List<String> alignmentIds;
  private final UnaryOperator<String> unique;
  private final List<String> nodeIds = new ArrayList<>();
  private final Map<String, String> stageNodes = new java.util.HashMap<>();
  private final MapShapes shapes;
  private int next;

  ViewWriter(
      OperatingModel model,
      String lang,
      Map<String, String> ids,
      List<String> alignmentIds,
      UnaryOperator<String> unique) {
    this.model = model;
    this.lang = lang;
    this.ids = ids;
    this.alignmentIds = alignmentIds;
    this.unique = unique;
    this.shapes = MapShapes.of(model);
  }

  /** Reserves the identifiers of the view's nodes and connections, in drawing order. */
  void prepare() {
    nodeIds.add(unique.apply("node-title"));
    for (MapShapes.Band band : shapes.bands()) {
      nodeIds.add(unique.apply("node-band"));
      for (MapShapes.Placed p : band.processes()) {
        nodeIds.add(unique.apply(Mapping.identifier("node-", p.id())));
      }
    }
    for (MapShapes.Row row : shapes.rows()) {
      nodeIds.add(unique.apply(Mapping.identifier("node-", row.chainId())));
      for (MapShapes.Placed p : row.stages()) {
        String id = unique.apply(Mapping.identifier("node-", p.id()));
        nodeIds.add(id);
        stageNodes.put(p.id(), id);
      }
      nodeIds.add(unique.apply(Mapping.identifier("node-outcome-", row.chainId())));
      for (MapShapes.Placed p : row.kpis()) {
        nodeIds.add(unique.apply(Mapping.identifier("node-", p.id())));
      }
    }
    for (MapShapes.Route route : shapes.routes()) {
      nodeIds.add(unique.apply("conn-" + alignmentIds.get(route.alignment())));
    }
  }

  void write(Xml xml) {
    next = 0;
    double titleHeight =
        shapes.bands().isEmpty() ? 40 : Math.max(1, shapes.bands().get(0).bounds().y() - 30);
    label(xml, shapes.title(), new MapShapes.Bounds(24, 16, shapes.width() - 48, titleHeight));
    for (MapShapes.Band band : shapes.bands()) {
      container(xml, band.label(), band.bounds());
      for (MapShapes.Placed p : band.processes()) {
        element(xml, p).end("node");
      }
      xml.end("node");
    }
    for (MapShapes.Row row : shapes.rows()) {
      element(xml, new MapShapes.Placed(row.chainId(), row.bounds()));
      for (MapShapes.Placed p : row.stages()) {
        element(xml, p).end("node");
      }
      container(xml, row.outcomeTitle(), row.outcome());
      for (MapShapes.Placed p : row.kpis()) {
        element(xml, p).end("node");
      }
      xml.end("node");
      xml.end("node");
    }
    for (MapShapes.Route route : shapes.routes()) {
      var alignment = model.alignments().get(route.alignment());
      xml.start("connection")
          .attr("identifier", nodeIds.get(next++))
          .attr("relationshipRef", alignmentIds.get(route.alignment()))
          .attr("xsi:type", "Relationship")
          .attr("source", Mapping.lookup(stageNodes, alignment.from()))
          .attr("target", Mapping.lookup(stageNodes, alignment.to()));
      for (int i = 1; i < route.points().size() - 1; i++) {
        MapShapes.Point p = route.points().get(i);
        xml.start("bendpoint").attr("x", coordinate(p.x())).attr("y", coordinate(p.y()));
        xml.end("bendpoint");
      }
      xml.end("connection");
    }
  }

  private Xml element(Xml xml, MapShapes.Placed p) {
    xml.start("node")
        .attr("identifier", nodeIds.get(next++))
        .attr("elementRef", Mapping.lookup(ids, p.id()));
    return bounds(xml.attr("xsi:type", "Element"), p.bounds());
  }

  private void container(Xml xml, String text, MapShapes.Bounds b) {
    xml.start("node").attr("identifier", nodeIds.get(next++)).attr("xsi:type", "Container");
    bounds(xml, b).text("label", lang, Xml.visible(text));
  }

  private void label(Xml xml, String text, MapShapes.Bounds b) {
    xml.start("node").attr("identifier", nodeIds.get(next++)).attr("xsi:type", "Label");
    bounds(xml, b).text("label", lang, Xml.visible(text));
    xml.end("node");
  }

  private static Xml bounds(Xml xml, MapShapes.Bounds b) {
    return xml.attr("x", coordinate(b.x()))
        .attr("y", coordinate(b.y()))
        .attr("w", Math.max(1, Math.round(b.width())))
        .attr("h", Math.max(1, Math.round(b.height())));
  }

  private static long coordinate(double v) {
    return Math.max(0, Math.round(v));
  }
}
