package dev.itom.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.CaseFormat;
import dev.itom.model.MetaField;
import dev.itom.model.MetaType;
import dev.itom.model.Metamodel;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reader's and writer's field table is the metamodel's, numbered. */
class FieldsTest {

  /** Every numbered constant names the field its name spells: OWNER is "owner". */
  @Test
  void theFieldNumbersMatchTheNames() throws IllegalAccessException {
    int constants = 0;
    for (Field constant : Fields.class.getDeclaredFields()) {
      if (constant.getType() == int.class
          && Modifier.isStatic(constant.getModifiers())
          && !constant.getName().equals("COUNT")) {
        int number = constant.getInt(null);
        assertThat(Fields.NAMES[number])
            .as(constant.getName())
            .isEqualTo(CaseFormat.UPPER_UNDERSCORE.to(CaseFormat.LOWER_CAMEL, constant.getName()));
        constants++;
      }
    }
    assertThat(constants).isEqualTo(Fields.COUNT);
  }

  @Test
  void everyObjectTypeHasTheMetamodelsFieldsAndRequirements() {
    check(Fields.ROLE_TYPE, Metamodel.ROLE);
    check(Fields.CONSUMER_TYPE, Metamodel.CONSUMER);
    check(Fields.ARTIFACT_TYPE, Metamodel.ARTIFACT);
    check(Fields.CHAIN_TYPE, Metamodel.VALUE_CHAIN);
    check(Fields.STAGE_TYPE, Metamodel.STAGE);
    check(Fields.PROCESS_TYPE, Metamodel.PROCESS);
    check(Fields.FRAMEWORK_TYPE, Metamodel.FRAMEWORK_REFERENCE);
    check(Fields.ALIGNMENT_TYPE, Metamodel.ALIGNMENT);
    check(Fields.OFFERING_TYPE, Metamodel.OFFERING);
    check(Fields.PRICING_TYPE, Metamodel.PRICING);
    check(Fields.KPI_TYPE, Metamodel.KPI);
    check(Fields.ASSIGNMENT_TYPE, Metamodel.ASSIGNMENT);
    assertThat(Fields.DOCUMENT.list()).startsWith("format, id, name, version");
    assertThat(Fields.DOCUMENT.allows(Fields.FORMAT)).isTrue();
    assertThat(Fields.DOCUMENT.required & (1L << Fields.FORMAT)).isZero();
  }

  private static void check(Fields.Type type, MetaType<?> meta) {
    List<String> names = new ArrayList<>();
    for (MetaField<?> field : meta.fields()) {
      names.add(field.name());
      assertThat(type.allows(Fields.id(field.name()))).isTrue();
      assertThat((type.required & (1L << Fields.id(field.name()))) != 0)
          .as(field.toString())
          .isEqualTo(field.required());
    }
    assertThat(type.list()).isEqualTo(String.join(", ", names));
  }
}
