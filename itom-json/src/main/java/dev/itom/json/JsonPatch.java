package dev.itom.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.itom.diff.ModelDiff;
import dev.itom.diff.StaleChangeException;
import dev.itom.json.internal.MetaJson;
import dev.itom.json.internal.PatchBuilder;
import dev.itom.model.InvalidModelException;
import dev.itom.model.OperatingModel;
import java.io.IOException;

/**
 * A diff as an RFC 6902 JSON Patch: applied by any RFC 6902 implementation to the canonical {@code
 * itom/1} JSON of the model it was made from, it gives exactly the canonical JSON of the changed
 * model.
 *
 * <p>JSON Patch addresses list items by position. So that a patch applied to another document fails
 * rather than changes the wrong item, every operation that reaches into a list item is preceded by
 * {@code test} operations on that item's identity ({@code /roles/2/id} is {@code "tester"}; an
 * alignment's {@code from}, {@code to} and {@code kind}), and every {@code replace} and {@code
 * remove} by a {@code test} of the value it replaces or removes. A reorder is a {@code move}, a
 * stage moved to another chain one {@code move}, never a remove and an add.
 *
 * <p>Needs {@code com.fasterxml.jackson.core:jackson-databind} 2 on the class path (or the module
 * {@code com.fasterxml.jackson.databind}), an optional dependency of this library; {@link DiffJson}
 * needs no databind.
 *
 * @since 0.1
 */
public final class JsonPatch {
  private JsonPatch() {}

  /**
   * Returns the JSON Patch of a diff, against the canonical JSON of {@code before}.
   *
   * @param before the model the diff applies to
   * @param diff the diff
   * @return the patch, a pretty-printed JSON array of operations ending with a line break
   * @throws NullPointerException if an argument is null
   * @throws StaleChangeException if the diff does not apply to {@code before}
   * @throws InvalidModelException if the changed model would break an invariant
   */
  public static String of(OperatingModel before, ModelDiff diff) {
    checkNotNull(before, "before");
    checkNotNull(diff, "diff");
    return between(before, diff.applyTo(before));
  }

  /**
   * Returns the JSON Patch from the canonical JSON of one model to that of another.
   *
   * @param before the model changed from
   * @param after the model changed to
   * @return the patch, a pretty-printed JSON array of operations ending with a line break; {@code
   *     []} for equal models
   * @throws NullPointerException if an argument is null
   */
  public static String between(OperatingModel before, OperatingModel after) {
    checkNotNull(before, "before");
    checkNotNull(after, "after");
    return MetaJson.text(PatchBuilder.patch(tree(before), tree(after)));
  }

  private static ObjectNode tree(OperatingModel model) {
    try {
      return (ObjectNode) MetaJson.MAPPER.readTree(ItomJson.writer().writeToBytes(model));
    } catch (IOException e) {
      throw new IllegalStateException("itom's own JSON could not be read back", e);
    }
  }
}
