package dev.casus.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.casus.core.actor.ActorId;
import dev.casus.core.estimate.Estimate;
import dev.casus.core.incident.Incident;
import dev.casus.core.incident.IncidentType;
import dev.casus.core.time.EdtfDate;
import dev.casus.core.time.EdtfInterval;
import dev.casus.core.time.EdtfTime;
import dev.casus.core.validation.FindingCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Databind users: the module's (de)serializers speak the wire format, errors are Casus ones. */
class MapperTest extends CasusJsonTestBase {

  private final ObjectMapper mapper = json.mapper();

  @Test
  void scalarsReadAndWriteThroughTheMapper() throws Exception {
    assertEquals(ActorId.of("act-aze"), mapper.readValue(q("'act-aze'"), ActorId.class));
    assertEquals(q("'act-aze'"), mapper.writeValueAsString(ActorId.of("act-aze")));
    assertEquals(EdtfTime.parse("2020-09-27/.."), mapper.readValue(q("'2020-09-27/..'"), EdtfTime.class));
    assertEquals(EdtfTime.parse("2020-10"), mapper.readValue(q("'2020-10'"), EdtfDate.class));
    assertEquals(IncidentType.ARMED_CLASH, mapper.readValue(q("'armed_clash'"), IncidentType.class));
    assertEquals(q("'armed_clash'"), mapper.writeValueAsString(IncidentType.ARMED_CLASH));
  }

  @Test
  void modelTypesInsideUserTypesUseTheModule() throws Exception {
    Map<String, List<Estimate>> counts = Map.of("ganja", List.of(Estimate.exactly(1), Fixtures.dozens()));
    String text = mapper.writeValueAsString(counts);
    assertEquals(q("{'ganja':[1,{'low':24,'text':'dozens'}]}"), text);
    assertEquals(
        counts,
        mapper.readValue(
            text, new com.fasterxml.jackson.core.type.TypeReference<Map<String, List<Estimate>>>() {}));
  }

  @Test
  void errorsAreCasusReadExceptionsRelativeToTheValue() {
    CasusReadException e =
        assertThrows(
            CasusReadException.class,
            () -> mapper.readValue(q("{'id':'inc-1','incidentType':'shelling','time':'2020'}"), Incident.class));
    assertEquals(FindingCode.UNKNOWN_ENUM_VALUE, e.finding().code());
    assertEquals("/incidentType", e.finding().pointer());
    assertEquals(1, e.finding().line().getAsLong());
    assertEquals(30, e.finding().column().getAsInt());
  }

  @Test
  void intervalWhereADateIsExpectedIsMalformedEdtf() {
    CasusReadException e =
        assertThrows(
            CasusReadException.class, () -> mapper.readValue(q("'2020/2021'"), EdtfDate.class));
    assertEquals(FindingCode.MALFORMED_EDTF, e.finding().code());
    assertThrows(CasusReadException.class, () -> mapper.readValue(q("'2020'"), EdtfInterval.class));
  }

  @Test
  void nullIsRejected() {
    CasusReadException e =
        assertThrows(CasusReadException.class, () -> mapper.readValue("null", Incident.class));
    assertEquals(FindingCode.NULL_VALUE, e.finding().code());
  }

  @Test
  void trailingTokensAreRejected() {
    assertThrows(JsonProcessingException.class, () -> mapper.readValue("1 2", Estimate.class));
  }

  @Test
  void findAndRegisterModulesFindsTheCasusModule() throws Exception {
    ObjectMapper plain = new ObjectMapper().findAndRegisterModules();
    assertTrue(plain.getRegisteredModuleIds().contains(new CasusModule().getTypeId()));
    assertEquals(q("'armed_clash'"), plain.writeValueAsString(IncidentType.ARMED_CLASH));
  }

  @Test
  void packageVersionMatchesThePom() throws Exception {
    // surefire runs in the module's directory; the module's version is its parent's
    String pom = java.nio.file.Files.readString(java.nio.file.Path.of("pom.xml"));
    assertTrue(pom.contains("<version>" + PackageVersion.VERSION + "</version>"), PackageVersion.VERSION::toString);
  }

  @Test
  void moduleReportsItsVersion() {
    assertEquals("casus-jackson", new CasusModule().version().getArtifactId());
    assertEquals("dev.casus", PackageVersion.VERSION.getGroupId());
    assertEquals(0, new CasusModule().version().getMajorVersion());
  }
}
