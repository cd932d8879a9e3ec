package dev.casus.jackson.ser;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.casus.core.code.CodeList;

/** The wire names of code-list constants, pre-encoded once per enum for fast writing. */
final class WireNames {

  private static final ClassValue<SerializedString[]> NAMES =
      new ClassValue<>() {
        @Override
        protected SerializedString[] computeValue(Class<?> type) {
          Object[] constants = type.getEnumConstants();
          SerializedString[] names = new SerializedString[constants.length];
          for (int i = 0; i < constants.length; i++) {
            names[i] = new SerializedString(((CodeList) constants[i]).wireName());
          }
          return names;
        }
      };

  private WireNames() {}

  static <E extends Enum<E> & CodeList> SerializableString of(E constant) {
    return NAMES.get(constant.getDeclaringClass())[constant.ordinal()];
  }
}
