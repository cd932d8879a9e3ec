package dev.casus.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.casus.core.incident.IncidentType;
import dev.casus.core.validation.Finding;
import dev.casus.core.validation.FindingCode;
import org.junit.jupiter.api.Test;

/** Code-list values outside the code list; the message lists every allowed wire name. */
class UnknownEnumValuesTest extends CasusJsonTestBase {

  @Test
  void unknownIncidentTypeListsAllowedWireNames() {
    String doc = feedWithIncident("'id':'inc-1','incidentType':'shelling','time':'2020-10-04'");
    Finding f =
        assertFinding(
            readFails(doc),
            FindingCode.UNKNOWN_ENUM_VALUE,
            "/incidents/0/incidentType",
            5,
            col(doc, 5, "'shelling'"));
    assertMessageContains(f, "\"shelling\" is not an incident type; expected one of armed_clash, ");
    for (IncidentType t : IncidentType.values()) {
      assertMessageContains(f, t.wireName());
    }
  }

  @Test
  void javaConstantNameIsNotAWireName() {
    String doc = feedWithIncident("'id':'inc-1','incidentType':'ARMED_CLASH','time':'2020-10-04'");
    assertEquals(FindingCode.UNKNOWN_ENUM_VALUE, readFails(doc).finding().code());
  }

  @Test
  void unknownValueInsideAnArrayIsAtItsElement() {
    String doc = feedWithIncident(INCIDENT + ",'means':['missile','catapult']");
    Finding f =
        assertFinding(
            readFails(doc),
            FindingCode.UNKNOWN_ENUM_VALUE,
            "/incidents/0/means/1",
            5,
            col(doc, 5, "'catapult'"));
    assertMessageContains(f, "is not a means; expected one of missile, rocket");
  }

  @Test
  void unknownIdSchemeIsUnknownEnumValue() {
    String doc = feedWithIncident(INCIDENT + ",'externalIds':[{'scheme':'osm','value':'1'}]");
    Finding f =
        assertFinding(
            readFails(doc),
            FindingCode.UNKNOWN_ENUM_VALUE,
            "/incidents/0/externalIds/0/scheme",
            5,
            col(doc, 5, "'osm'"));
    assertMessageContains(f, "wikidata, geonames, iso_3166_1_alpha2");
  }
}
