package dev.itom.json.internal;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.itom.model.AlignmentKind;
import dev.itom.model.ConsumerKind;
import dev.itom.model.Delivery;
import dev.itom.model.Direction;
import dev.itom.model.Lifecycle;
import dev.itom.model.OfferingType;
import dev.itom.model.PricingModel;
import dev.itom.model.ProcessCategory;
import dev.itom.model.Responsibility;
import dev.itom.model.ValueChainKind;
import java.util.EnumMap;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The external spellings of one enum of the format, for the reader and the writer: matched against
 * the parser's character buffer without creating a string (the enums are small, so a scan comparing
 * lengths first is cheapest), and ready to write, by ordinal. The spellings themselves come from
 * the enums' {@code code()}.
 *
 * @param <E> the enum
 */
final class EnumCodes<E extends Enum<E>> {
  static final EnumCodes<ConsumerKind> CONSUMER_KINDS =
      new EnumCodes<>(ConsumerKind.values(), ConsumerKind::code, ConsumerKind.allowedCodes());
  static final EnumCodes<ValueChainKind> CHAIN_KINDS =
      new EnumCodes<>(ValueChainKind.values(), ValueChainKind::code, ValueChainKind.allowedCodes());
  static final EnumCodes<ProcessCategory> CATEGORIES =
      new EnumCodes<>(
          ProcessCategory.values(), ProcessCategory::code, ProcessCategory.allowedCodes());
  static final EnumCodes<AlignmentKind> ALIGNMENT_KINDS =
      new EnumCodes<>(AlignmentKind.values(), AlignmentKind::code, AlignmentKind.allowedCodes());
  static final EnumCodes<OfferingType> OFFERING_TYPES =
      new EnumCodes<>(OfferingType.values(), OfferingType::code, OfferingType.allowedCodes());
  static final EnumCodes<Delivery> DELIVERIES =
      new EnumCodes<>(Delivery.values(), Delivery::code, Delivery.allowedCodes());
  static final EnumCodes<Lifecycle> LIFECYCLES =
      new EnumCodes<>(Lifecycle.values(), Lifecycle::code, Lifecycle.allowedCodes());
  static final EnumCodes<PricingModel> PRICING_MODELS =
      new EnumCodes<>(PricingModel.values(), PricingModel::code, PricingModel.allowedCodes());
  static final EnumCodes<Direction> DIRECTIONS =
      new EnumCodes<>(Direction.values(), Direction::code, Direction.allowedCodes());
  static final EnumCodes<Responsibility> RESPONSIBILITIES =
      new EnumCodes<>(Responsibility.values(), Responsibility::code, Responsibility.allowedCodes());

  private final E[] values;
  private final char[][] codes;
  private final EnumMap<E, SerializableString> keys;
  private final String allowed;

  /**
   * Creates the spellings of an enum.
   *
   * @param values every constant, in declaration order (as {@code values()} gives them)
   * @param code the spelling of a constant
   * @param allowed every spelling, separated by a comma and a space, for messages
   */
  EnumCodes(E[] values, Function<E, String> code, String allowed) {
    this.values = values;
    this.codes = new char[values.length][];
    this.keys = new EnumMap<>(values[0].getDeclaringClass());
    for (int i = 0; i < values.length; i++) {
      String spelling = code.apply(values[i]);
      codes[i] = spelling.toCharArray();
      keys.put(values[i], new SerializedString(spelling));
    }
    this.allowed = allowed;
  }

  /** Returns the constant spelled by {@code length} characters at {@code offset}, or null. */
  @Nullable E match(char[] buffer, int offset, int length) {
    outer:
    for (int i = 0; i < codes.length; i++) {
      char[] code = codes[i];
      if (code.length != length) {
        continue;
      }
      for (int j = 0; j < length; j++) {
        if (code[j] != buffer[offset + j]) {
          continue outer;
        }
      }
      return values[i];
    }
    return null;
  }

  /** Returns the spelling of {@code constant}, ready for {@code JsonGenerator.writeString}. */
  SerializableString key(E constant) {
    return Objects.requireNonNull(keys.get(constant), "code");
  }

  /** Returns the allowed spellings, separated by a comma and a space. */
  String allowed() {
    return allowed;
  }
}
