package dev.itom.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itom.testing.PublicClasses;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The public API as reflection sees it. {@link OperatingModel} and {@link OperatingModelBuilder}
 * inherit part of their public methods from package-private classes; javac gives them public
 * bridges, so that the methods can be called by reflection from any package, only as long as those
 * methods are not final.
 */
class PublicApiTest {

  @Test
  void everyPublicMethodIsDeclaredByAPublicClass() {
    List<String> hidden = new ArrayList<>();
    for (Class<?> type : PublicClasses.of(OperatingModel.class)) {
      for (Method method : type.getMethods()) {
        if (!Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
          hidden.add(
              type.getName()
                  + "."
                  + method.getName()
                  + " from "
                  + method.getDeclaringClass().getName());
        }
      }
    }
    assertThat(hidden).isEmpty();
  }
}
