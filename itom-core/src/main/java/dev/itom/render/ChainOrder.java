package dev.itom.render;

import dev.itom.model.OperatingModel;
import dev.itom.model.ValueChain;
import dev.itom.model.ValueChainKind;
import java.util.ArrayList;
import java.util.List;

/** The order in which every picture shows the value chains. */
final class ChainOrder {
  private ChainOrder() {}

  /** The chains of a model: Requirement to Value, then Order to Cash, then custom chains. */
  static List<ValueChain> of(OperatingModel model) {
    List<ValueChain> rows = new ArrayList<>(model.valueChains(ValueChainKind.REQUIREMENT_TO_VALUE));
    rows.addAll(model.valueChains(ValueChainKind.ORDER_TO_CASH));
    rows.addAll(model.valueChains(ValueChainKind.CUSTOM));
    return rows;
  }
}
