package dev.itom.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.itom.internal.Derivation;
import dev.itom.testing.RandomEdits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A model built as an edit of a valid one ({@link Derivation}) is checked only where it differs
 * from that one; these tests hold that what is found is exactly what the whole check finds. Over
 * seeded random models, one to three random edits each, made through the metamodel so that every
 * field is reached: any value of any field of any element (ids taken twice, references that dangle
 * or name the wrong kind, blank names, control characters, duplicate entries), duplicate and self
 * alignments and assignments. Each edited model is built twice, whole and derived, and both give
 * the same model or the same violations, in the same order.
 */
class DerivedCheckTest {
  private static final String[] TEXTS = {"", " ", "ok", "Renamed", "a\u0000b", "\u2028", "価値"};
  private static final int SEEDS = 2_000;

  @Test
  void aDerivedModelIsCheckedAsIfWhole() {
    int derived = 0;
    int shifted = 0;
    int invalid = 0;
    for (long seed = 0; seed < SEEDS; seed++) {
      OperatingModel base = RandomEdits.model(seed);
      SplittableRandom random = new SplittableRandom(seed * 7919 + 1);
      Map<MetaField<OperatingModel>, List<Object>> lists = new LinkedHashMap<>();
      int edits = 1 + random.nextInt(3);
      for (int e = 0; e < edits; e++) {
        edit(base, lists, random);
      }
      Supplier<OperatingModel> build =
          () ->
              Metamodel.MODEL.create(
                  field -> lists.containsKey(field) ? lists.get(field) : field.get(base));
      Object whole = outcome(build);
      Object fromBase = outcome(() -> Derivation.from(base, build));
      assertThat(fromBase).as("seed %s: derived, as whole", seed).isEqualTo(whole);
      if (whole instanceof OperatingModel model) {
        ModelIndex index = ((OperatingModel) fromBase).index();
        boolean sameIds = sameIds(model.index(), base.index());
        assertThat(index.sharesTablesWith(base.index()))
            .as("seed %s: tables shared exactly when the ids stay in their places", seed)
            .isEqualTo(sameIds);
        boolean kept = everyIdKept(model.index(), base.index());
        assertThat(index.checkedAsEdit())
            .as("seed %s: checked as an edit exactly when every id of the base is kept", seed)
            .isEqualTo(kept);
        assertThat(model.index().checkedAsEdit()).as("built without a base: whole").isFalse();
        derived += sameIds ? 1 : 0;
        shifted += kept && !sameIds ? 1 : 0;
      } else {
        invalid++;
      }
    }
    assertThat(derived).as("valid models derived").isGreaterThan(SEEDS / 10);
    assertThat(shifted)
        .as("valid models with elements added, checked as edits")
        .isGreaterThan(SEEDS / 20);
    assertThat(invalid).as("invalid models").isGreaterThan(SEEDS / 10);
  }

  @Test
  void aModelBuiltUnderAnUnrelatedBaseIsCheckedWhole() {
    OperatingModel base = RandomEdits.model(1);
    OperatingModel other = RandomEdits.model(2);
    OperatingModel built =
        Derivation.from(base, () -> Metamodel.MODEL.create(field -> field.get(other)));
    assertThat(built).isEqualTo(other);
    assertThat(built.index().sharesTablesWith(base.index())).isFalse();
  }

  private static boolean sameIds(ModelIndex a, ModelIndex b) {
    if (a.count() != b.count()) {
      return false;
    }
    for (int i = 0; i < a.count(); i++) {
      if (!a.elementAt(i).id().equals(b.elementAt(i).id())
          || a.kindAt(i) != b.kindAt(i)
          || !a.pathAt(i).equals(b.pathAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean everyIdKept(ModelIndex edited, ModelIndex base) {
    for (int i = 0; i < base.count(); i++) {
      int at = edited.ordinalOf(base.elementAt(i).id());
      if (at < 0 || edited.kindAt(at) != base.kindAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static Object outcome(Supplier<OperatingModel> build) {
    try {
      return build.get();
    } catch (InvalidModelException invalid) {
      return invalid.violations();
    }
  }

  /** One random edit of one of the model's lists, kept in {@code lists}. */
  private static void edit(
      OperatingModel base,
      Map<MetaField<OperatingModel>, List<Object>> lists,
      SplittableRandom random) {
    List<MetaField<OperatingModel>> fields = new ArrayList<>();
    for (MetaField<OperatingModel> field : Metamodel.MODEL.fields()) {
      if (field.type() == FieldType.OBJECTS && !list(lists, base, field).isEmpty()) {
        fields.add(field);
      }
    }
    if (fields.isEmpty()) {
      return;
    }
    MetaField<OperatingModel> field = fields.get(random.nextInt(fields.size()));
    List<Object> list = new ArrayList<>(list(lists, base, field));
    int i = random.nextInt(list.size());
    boolean isElement = field.itemType().orElseThrow().elementKind().isPresent();
    if (!isElement && random.nextInt(3) == 0) {
      list.add(random.nextInt(list.size() + 1), list.get(i)); // listed twice
    } else if (isElement && random.nextInt(3) == 0) {
      Object added = added(field.itemType().orElseThrow(), list.get(i), base, random);
      if (added == null) {
        return;
      }
      list.add(random.nextInt(list.size() + 1), added);
    } else if (isElement && random.nextInt(6) == 0) {
      list.remove(i);
    } else {
      Object edited = editItem(field.itemType().orElseThrow(), list.get(i), base, random);
      if (edited == null) {
        return;
      }
      list.set(i, edited);
    }
    lists.put(field, list);
  }

  /** The item with one field set to a random value, or null if the item refuses that value. */
  private static @Nullable Object editItem(
      MetaType<?> type, Object item, OperatingModel base, SplittableRandom random) {
    MetaField<?> field = type.fields().get(random.nextInt(type.fields().size()));
    Object current = get(field, item);
    if (field.type() == FieldType.OBJECTS
        && field.itemType().orElseThrow().elementKind().isPresent()) {
      List<?> nested = (List<?>) current;
      if (nested == null || nested.isEmpty()) {
        return null;
      }
      List<Object> copy = new ArrayList<>(nested);
      int n = random.nextInt(copy.size());
      int how = random.nextInt(4);
      if (how == 0) {
        Object added = added(field.itemType().orElseThrow(), copy.get(n), base, random);
        if (added == null) {
          return null;
        }
        copy.add(random.nextInt(copy.size() + 1), added);
      } else if (how == 1) {
        copy.remove(n);
      } else {
        Object edited = editItem(field.itemType().orElseThrow(), copy.get(n), base, random);
        if (edited == null) {
          return null;
        }
        copy.set(n, edited);
      }
      return with(field, item, ImmutableList.copyOf(copy));
    }
    Object value = value(field, current, base, random);
    try {
      return with(field, item, value);
    } catch (RuntimeException refused) {
      return null; // the item's own checks refuse the value: another edit is drawn
    }
  }

  /**
   * A copy of an element with a new id (now and then one the model already has), so that nested ids
   * are new too; null if the element refuses it.
   */
  private static @Nullable Object added(
      MetaType<?> type, Object element, OperatingModel base, SplittableRandom random) {
    Object copy = element;
    for (MetaField<?> field : type.fields()) {
      try {
        if (field.type() == FieldType.ID) {
          String id =
              random.nextInt(8) == 0 ? id(base, random) : "added-" + random.nextInt(1_000_000);
          copy = with(field, copy, id);
        } else if (field.type() == FieldType.OBJECTS
            && field.itemType().orElseThrow().elementKind().isPresent()) {
          copy = with(field, copy, ImmutableList.of()); // no nested ids twice
        }
      } catch (RuntimeException refused) {
        return null;
      }
    }
    return copy;
  }

  private static @Nullable Object value(
      MetaField<?> field, @Nullable Object current, OperatingModel base, SplittableRandom random) {
    if (!field.required() && random.nextInt(5) == 0) {
      return null;
    }
    return switch (field.type()) {
      case ID, REFERENCE -> id(base, random);
      case TEXT -> TEXTS[random.nextInt(TEXTS.length)];
      case DECIMAL -> BigDecimal.valueOf(random.nextInt(7) - 2);
      case ENUM -> {
        Object[] constants = field.enumType().orElseThrow().getEnumConstants();
        yield constants[random.nextInt(constants.length)];
      }
      case REFERENCES -> {
        List<String> ids = new ArrayList<>();
        for (int k = random.nextInt(4); k > 0; k--) {
          ids.add(id(base, random));
        }
        if (!ids.isEmpty() && random.nextInt(4) == 0) {
          ids.add(ids.get(0));
        }
        yield ImmutableList.copyOf(ids);
      }
      case TEXTS -> ImmutableList.of(TEXTS[random.nextInt(TEXTS.length)]);
      case MAP -> ImmutableSortedMap.of("k", TEXTS[random.nextInt(TEXTS.length)]);
      default -> current; // nested values without an id: kept
    };
  }

  /** An id of the model's (of any kind), now and then one that no element has or a bad one. */
  private static String id(OperatingModel base, SplittableRandom random) {
    ModelIndex index = base.index();
    int pick = random.nextInt(index.count() + 2);
    if (pick == index.count()) {
      return "nowhere";
    }
    return pick > index.count() ? "not an id" : index.elementAt(pick).id();
  }

  private static List<Object> list(
      Map<MetaField<OperatingModel>, List<Object>> lists,
      OperatingModel base,
      MetaField<OperatingModel> field) {
    List<Object> edited = lists.get(field);
    if (edited != null) {
      return edited;
    }
    Object value = field.get(base);
    @SuppressWarnings("unchecked") // the value of an OBJECTS field is a list
    List<Object> items = value == null ? List.of() : (List<Object>) value;
    return items;
  }

  private static @Nullable Object get(MetaField<?> field, Object value) {
    return read(field, value);
  }

  private static <T> @Nullable Object read(MetaField<T> field, Object value) {
    return field.get(field.owner().javaType().cast(value));
  }

  private static Object with(MetaField<?> field, Object value, @Nullable Object fieldValue) {
    return set(field, value, fieldValue);
  }

  private static <T> Object set(MetaField<T> field, Object value, @Nullable Object fieldValue) {
    return field.with(field.owner().javaType().cast(value), fieldValue);
  }
}
