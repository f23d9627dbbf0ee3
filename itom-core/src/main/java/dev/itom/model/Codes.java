package dev.itom.model;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Shared helpers for the enums whose external spelling is lower case with hyphens. */
final class Codes {
  private Codes() {}

  static String codeOf(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static <E extends Enum<E>> ImmutableMap<String, E> index(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .collect(ImmutableMap.toImmutableMap(Codes::codeOf, e -> e));
  }

  static <E extends Enum<E>> Optional<E> lookup(ImmutableMap<String, E> index, String code) {
    return Optional.ofNullable(index.get(Preconditions.checkNotNull(code, "code")));
  }

  static String list(ImmutableMap<String, ?> index) {
    return index.keySet().stream().collect(Collectors.joining(", "));
  }
}
