package dev.casus.jackson.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.casus.core.code.CodeList;
import java.io.IOException;

/** Writes any code-list enum by its wire name ({@code "claim_of_responsibility"}). */
public final class CodeListSerializer extends StdSerializer<CodeList> {

  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final CodeListSerializer INSTANCE = new CodeListSerializer();

  private CodeListSerializer() {
    super(CodeList.class);
  }

  @Override
  public void serialize(CodeList value, JsonGenerator g, SerializerProvider provider)
      throws IOException {
    g.writeString(value.wireName());
  }
}
