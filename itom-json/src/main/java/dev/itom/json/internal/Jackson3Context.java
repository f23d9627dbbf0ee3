package dev.itom.json.internal;

import com.fasterxml.jackson.core.JsonStreamContext;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.TokenStreamContext;

/**
 * A Jackson 3 parser's or generator's context seen as a Jackson 2 one, for {@link Jackson3Parser}
 * and {@link Jackson3Generator}: a snapshot of its kind, index and name, with its parents.
 */
final class Jackson3Context extends JsonStreamContext {
  private final @Nullable Jackson3Context parent;
  private final @Nullable String name;

  private Jackson3Context(TokenStreamContext context) {
    super(type(context), context.getCurrentIndex());
    TokenStreamContext up = context.getParent();
    this.parent = up == null ? null : new Jackson3Context(up);
    this.name = context.currentName();
  }

  /** Returns a snapshot of {@code context}. */
  static Jackson3Context of(TokenStreamContext context) {
    return new Jackson3Context(context);
  }

  private static int type(TokenStreamContext context) {
    if (context.inArray()) {
      return TYPE_ARRAY;
    }
    return context.inObject() ? TYPE_OBJECT : TYPE_ROOT;
  }

  @Override
  public @Nullable JsonStreamContext getParent() {
    return parent;
  }

  @Override
  public @Nullable String getCurrentName() {
    return name;
  }
}
