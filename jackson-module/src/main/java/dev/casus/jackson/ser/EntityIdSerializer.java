package dev.casus.jackson.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.casus.core.entity.EntityId;
import java.io.IOException;

/** Writes any entity id as its string. */
public final class EntityIdSerializer extends StdSerializer<EntityId> {

  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final EntityIdSerializer INSTANCE = new EntityIdSerializer();

  private EntityIdSerializer() {
    super(EntityId.class);
  }

  @Override
  public void serialize(EntityId value, JsonGenerator g, SerializerProvider provider)
      throws IOException {
    g.writeString(value.value());
  }
}
