package dev.casus.jackson.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.casus.core.code.CodeList;
import dev.casus.core.entity.EntityId;
import dev.casus.core.time.EdtfTime;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Member writers shared by the serializers; absent optionals and empty arrays are omitted. */
final class Write {

  private Write() {}

  /** Writes one element of an array. */
  @FunctionalInterface
  interface ElementWriter<T> {
    void write(T value, JsonGenerator g) throws IOException;
  }

  static SerializableString name(String name) {
    return new SerializedString(name);
  }

  static void string(JsonGenerator g, SerializableString name, String value) throws IOException {
    g.writeFieldName(name);
    g.writeString(value);
  }

  static void string(JsonGenerator g, SerializableString name, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      string(g, name, value.get());
    }
  }

  static void id(JsonGenerator g, SerializableString name, EntityId id) throws IOException {
    g.writeFieldName(name);
    g.writeString(id.value());
  }

  static void id(JsonGenerator g, SerializableString name, Optional<? extends EntityId> id)
      throws IOException {
    if (id.isPresent()) {
      id(g, name, id.get());
    }
  }

  static void ids(JsonGenerator g, SerializableString name, List<? extends EntityId> ids)
      throws IOException {
    if (ids.isEmpty()) {
      return;
    }
    g.writeFieldName(name);
    g.writeStartArray();
    // by index, no iterator per array: the model's lists are immutable array lists
    for (int i = 0; i < ids.size(); i++) {
      g.writeString(ids.get(i).value());
    }
    g.writeEndArray();
  }

  static <E extends Enum<E> & CodeList> void code(JsonGenerator g, SerializableString name, E code)
      throws IOException {
    g.writeFieldName(name);
    g.writeString(WireNames.of(code));
  }

  static <E extends Enum<E> & CodeList> void code(
      JsonGenerator g, SerializableString name, Optional<E> code) throws IOException {
    if (code.isPresent()) {
      code(g, name, code.get());
    }
  }

  static <E extends Enum<E> & CodeList> void codes(
      JsonGenerator g, SerializableString name, Collection<E> codes) throws IOException {
    if (codes.isEmpty()) {
      return;
    }
    g.writeFieldName(name);
    g.writeStartArray();
    for (E code : codes) {
      g.writeString(WireNames.of(code));
    }
    g.writeEndArray();
  }

  static void time(JsonGenerator g, SerializableString name, EdtfTime time) throws IOException {
    g.writeFieldName(name);
    g.writeString(time.toEdtf());
  }

  static void time(JsonGenerator g, SerializableString name, Optional<EdtfTime> time)
      throws IOException {
    if (time.isPresent()) {
      time(g, name, time.get());
    }
  }

  /** Writes a non-empty array of values; an empty one is omitted. */
  static <T> void array(
      JsonGenerator g, SerializableString name, List<T> values, ElementWriter<T> element)
      throws IOException {
    if (!values.isEmpty()) {
      alwaysArray(g, name, values, element);
    }
  }

  /** Writes an array even when it is empty (the entity arrays of a feed). */
  static <T> void alwaysArray(
      JsonGenerator g, SerializableString name, List<T> values, ElementWriter<T> element)
      throws IOException {
    g.writeFieldName(name);
    g.writeStartArray();
    for (int i = 0; i < values.size(); i++) {
      element.write(values.get(i), g);
    }
    g.writeEndArray();
  }
}
