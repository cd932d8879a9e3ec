package dev.casus.examples.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.casus.examples.Captured;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AcledToMap turns the ten bundled ACLED rows into ten point features. */
class AcledToMapTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void writesTheGeoJsonFileAndSaysHowManyIncidentsAreOnTheMap(@TempDir Path dir)
      throws Exception {
    Path map = dir.resolve("map.geojson");
    Captured run = Captured.run(() -> AcledToMap.main(new String[] {map.toString()}));

    assertEquals(
        "Wrote " + map + "\n"
            + "10 of 10 incidents are on the map (10 point features); 0 ACLED rows skipped.\n",
        run.out());
    assertEquals("", run.err());

    JsonNode collection = JSON.readTree(Files.readString(map));
    assertEquals("FeatureCollection", collection.get("type").asText());
    JsonNode features = collection.get("features");
    assertEquals(10, features.size());
    List<String> ids = new ArrayList<>();
    features.forEach(f -> ids.add(f.get("id").asText()));
    assertEquals(
        List.of(
            "inc-acled-ARM3351", "inc-acled-ARM3347", "inc-acled-ARM3349", "inc-acled-ARM3253",
            "inc-acled-ARM3252", "inc-acled-ARM3167", "inc-acled-ARM3088", "inc-acled-ARM2894",
            "inc-acled-ARM2613", "inc-acled-ARM2895"),
        ids);

    // Aygedzor, Tavush: latitude 40.8308, longitude 45.5439 in the CSV; GeoJSON puts longitude
    // first
    JsonNode first = features.get(0);
    assertEquals("Point", first.at("/geometry/type").asText());
    assertEquals(45.5439, first.at("/geometry/coordinates/0").asDouble());
    assertEquals(40.8308, first.at("/geometry/coordinates/1").asDouble());
    assertEquals("Aygedzor", first.at("/properties/place").asText());
    assertEquals("armed_clash", first.at("/properties/type").asText());
    assertEquals("2019-12-31", first.at("/properties/date").asText());
    // the drone strike at Chinari is the last row
    assertEquals("air_drone_strike", features.get(9).at("/properties/type").asText());
  }

  @Test
  void withoutAFileTheGeoJsonGoesToStandardOutputAndTheCountToStandardError(@TempDir Path dir)
      throws Exception {
    Path map = dir.resolve("map.geojson");
    Captured.run(() -> AcledToMap.main(new String[] {map.toString()}));
    Captured run = Captured.run(() -> AcledToMap.main(new String[0]));

    assertEquals(Files.readString(map), run.out());
    assertEquals(
        "10 of 10 incidents are on the map (10 point features); 0 ACLED rows skipped.\n",
        run.err());
  }

  @Test
  void readsAnotherAcledFileGivenAsTheSecondArgument(@TempDir Path dir) throws Exception {
    // the header, the HXL row and the first two rows of the excerpt
    Path csv = dir.resolve("two-rows.csv");
    try (var in = AcledToMap.class.getResourceAsStream(AcledToMap.EXCERPT)) {
      String[] lines = new String(in.readAllBytes(), "UTF-8").split("\r\n");
      Files.writeString(csv, String.join("\r\n", lines[0], lines[1], lines[2], lines[3]) + "\r\n");
    }
    Path map = dir.resolve("two.geojson");
    String out =
        Captured.run(() -> AcledToMap.main(new String[] {map.toString(), csv.toString()})).out();

    assertTrue(out.endsWith("2 of 2 incidents are on the map (2 point features); 0 ACLED rows skipped.\n"), out);
    assertEquals(2, JSON.readTree(Files.readString(map)).get("features").size());
  }
}
