package dev.casus.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import dev.casus.jackson.deser.CasusDeserializers;
import dev.casus.jackson.ser.CasusSerializers;

/**
 * The Jackson module of the Casus wire format: registers one serializer and one deserializer per
 * model type (entities, feed, value types, ids, EDTF times and code lists), so that {@code
 * mapper.readValue(json, Incident.class)} and {@code mapper.writeValueAsString(incident)} speak
 * exactly {@code docs/wire-format.md}. Registered for {@code ObjectMapper.findAndRegisterModules()}
 * through {@code META-INF/services}.
 *
 * <p>Read problems arrive as {@link CasusReadException} with the pointer relative to the value
 * being read. Prefer {@link CasusJson} for whole feeds: it adds encoding checks, exact columns,
 * trailing-content checks, reader limits and collecting reads.
 */
public final class CasusModule extends Module {

  /** A module instance. */
  public CasusModule() {}

  @Override
  public String getModuleName() {
    return "CasusModule";
  }

  @Override
  public Version version() {
    return PackageVersion.VERSION;
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(new CasusSerializers());
    context.addDeserializers(new CasusDeserializers());
  }
}
