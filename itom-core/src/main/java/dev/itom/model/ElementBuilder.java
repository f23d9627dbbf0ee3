package dev.itom.model;

/**
 * Fluent builder of the details of a {@link Role}, {@link Consumer} or {@link Artifact}: its
 * description and properties. Obtained inside {@link OperatingModelBuilder#role(String, String,
 * java.util.function.Consumer)} and its siblings.
 *
 * @since 0.1
 */
public final class ElementBuilder extends DetailsBuilder<ElementBuilder> {
  private final String noun;

  ElementBuilder(String id, String noun) {
    super(id);
    this.noun = noun;
  }

  @Override
  ElementBuilder self() {
    return this;
  }

  @Override
  String noun() {
    return noun;
  }
}
