package dev.itom.testing;

import dev.itom.model.OperatingModel;
import dev.itom.model.OperatingModelBuilder;
import java.util.List;

/**
 * A model with a chosen text at each of the places that must not be blank: the model's name, an
 * element's name, a property key, a stage question, a framework and a ref, an option's name, a
 * service level's name and an alternative's name.
 */
public final class NonBlankTexts {
  private NonBlankTexts() {}

  /** The JSON Pointers of the places, in the order of {@link #model}'s texts. */
  public static final List<String> POINTERS =
      List.of(
          "/name",
          "/roles/0/name",
          "/roles/0/properties/",
          "/valueChains/0/stages/0/questions/0",
          "/processes/0/frameworks/0/framework",
          "/processes/0/frameworks/0/ref",
          "/offerings/0/options/0/name",
          "/offerings/0/options/0/serviceLevels/0/name",
          "/offerings/0/alternatives/0/name");

  /**
   * Returns a builder of a model with {@code texts.get(i)} at the place {@code POINTERS.get(i)}
   * (the property key's pointer ends with the key itself); everything else in it is valid.
   */
  public static OperatingModelBuilder model(List<String> texts) {
    if (texts.size() != POINTERS.size()) {
      throw new IllegalArgumentException("one text for each of " + POINTERS);
    }
    return OperatingModel.builder("m", texts.get(0))
        .role("owner", texts.get(1), r -> r.property(texts.get(2), "v"))
        .requirementToValue("r2v", "R2V", c -> c.stage("r2v.a", "A", s -> s.answers(texts.get(3))))
        .orderToCash("o2c", "O2C", c -> c.stage("o2c.a", "B"))
        .enabling("pm", "PM", p -> p.supports("r2v").framework(texts.get(4), texts.get(5), "x"))
        .offering(
            "svc",
            "Service",
            o ->
                o.option("svc.o", texts.get(6), opt -> opt.serviceLevel(texts.get(7), "1", "h"))
                    .alternative(texts.get(8), a -> {}));
  }

  /** Returns a builder of the model with {@code text} at every place. */
  public static OperatingModelBuilder everywhere(String text) {
    return model(java.util.Collections.nCopies(POINTERS.size(), text));
  }
}
