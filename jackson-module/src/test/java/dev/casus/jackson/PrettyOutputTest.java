package dev.casus.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.casus.core.estimate.Estimate;
import org.junit.jupiter.api.Test;

/** The pretty form: two spaces, \n line ends, "name": value, [] and {} when empty, final \n. */
class PrettyOutputTest extends CasusJsonTestBase {

  @Test
  void emptyFeedPrettyForm() {
    assertEquals(
        "{\n"
            + "  \"schemaVersion\": \"1.0\",\n"
            + "  \"producer\": \"casus-jackson tests\",\n"
            + "  \"createdAt\": \"2020-10-05T00:00:00Z\",\n"
            + "  \"sources\": [],\n"
            + "  \"actors\": [],\n"
            + "  \"territories\": [],\n"
            + "  \"incidents\": [],\n"
            + "  \"statements\": [],\n"
            + "  \"casualtyReports\": []\n"
            + "}\n",
        json.writePretty(Fixtures.emptyFeed()));
  }

  @Test
  void nestedValuesAreIndentedTwoSpacesPerLevel() {
    String incident =
        CasusJson.builder()
            .pretty(true)
            .build()
            .writeValue(Fixtures.minimalIncident("inc-1").withMeans(
                java.util.List.of(dev.casus.core.incident.Means.DRONE)));
    assertEquals(
        "{\n"
            + "  \"id\": \"inc-1\",\n"
            + "  \"incidentType\": \"armed_clash\",\n"
            + "  \"time\": \"2020-09-27/..\",\n"
            + "  \"means\": [\n"
            + "    \"drone\"\n"
            + "  ],\n"
            + "  \"status\": \"reported\"\n"
            + "}",
        incident);
  }

  @Test
  void prettyMapperUsesTheSameLayout() throws Exception {
    CasusJson pretty = CasusJson.builder().pretty(true).build();
    Estimate e = Estimate.atLeast(24).withText("dozens");
    assertEquals(pretty.writeValue(e), pretty.mapper().writeValueAsString(e));
    assertEquals("{\n  \"low\": 24,\n  \"text\": \"dozens\"\n}", pretty.writeValue(e));
  }
}
