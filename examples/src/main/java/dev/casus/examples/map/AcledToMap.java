package dev.casus.examples.map;

import dev.casus.core.feed.Feed;
import dev.casus.interop.acled.AcledImport;
import dev.casus.interop.acled.AcledImportResult;
import dev.casus.interop.acled.AcledRowError;
import dev.casus.interop.geojson.GeoJsonExport;
import dev.casus.interop.geojson.GeoJsonWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Reads an ACLED CSV export into a Casus feed and puts its incidents on a map: a GeoJSON
 * FeatureCollection (RFC 7946) that QGIS, geojson.io or any web map opens as it is.
 *
 * <p>Without an input file it reads the bundled excerpt of ten real ACLED events in Armenia,
 * 2018-2019 ({@code acled-armenia-excerpt.csv}; data: ACLED, acleddata.com, whose terms of use
 * apply). The GeoJSON goes to the file given as the first argument, or to standard output (then
 * the count goes to standard error, so that the output can be piped).
 *
 * <pre>{@code
 * java -cp <classpath> dev.casus.examples.map.AcledToMap [map.geojson [acled-export.csv]]
 * }</pre>
 */
public final class AcledToMap {

  /** The bundled ACLED excerpt, next to this class. */
  static final String EXCERPT = "acled-armenia-excerpt.csv";

  private AcledToMap() {}

  /**
   * Converts the ACLED file to GeoJSON and says how many incidents are on the map.
   *
   * @param args optionally, the GeoJSON file to write, then the ACLED CSV file to read
   * @throws IOException if a file cannot be read or written, or the input is not an ACLED file
   */
  public static void main(String[] args) throws IOException {
    // 1. ACLED rows -> one feed. Each row becomes an incident (with its actors, place, source
    //    and fatality count as entities of their own); a row that cannot be converted is
    //    reported and skipped, the others still convert.
    AcledImportResult imported;
    try (Reader in = new InputStreamReader(open(args), StandardCharsets.UTF_8)) {
      imported =
          AcledImport.toFeed(
              in, "casus-examples AcledToMap", Instant.parse("2024-01-01T00:00:00Z"));
    }
    for (AcledRowError error : imported.errors()) {
      System.err.println("skipped: " + error);
    }
    Feed feed = imported.feed();

    // 2. Feed -> GeoJSON. Each located incident becomes a Point feature, [longitude, latitude].
    GeoJsonWriter writer = GeoJsonWriter.create();
    GeoJsonExport export;
    PrintStream messages;
    if (args.length > 0) {
      Path target = Path.of(args[0]);
      try (OutputStream out = Files.newOutputStream(target)) {
        export = writer.write(feed, out);
      }
      messages = System.out;
      messages.println("Wrote " + target);
    } else {
      export = writer.write(feed, System.out);
      messages = System.err;
    }

    // 3. Say what is on the map, and what is not: incidents without a point are listed, never
    //    dropped silently.
    int incidents = feed.incidents().size();
    int onMap = incidents - export.incidentsWithoutPoint().size();
    messages.println(
        onMap
            + " of "
            + incidents
            + " incidents are on the map ("
            + export.incidentFeatures()
            + " point features); "
            + imported.errors().size()
            + " ACLED rows skipped.");
    export.incidentsWithoutPoint().forEach(id -> messages.println("  no point: " + id));
  }

  private static InputStream open(String[] args) throws IOException {
    if (args.length > 1) {
      return Files.newInputStream(Path.of(args[1]));
    }
    InputStream excerpt = AcledToMap.class.getResourceAsStream(EXCERPT);
    if (excerpt == null) {
      throw new IOException("missing resource " + EXCERPT);
    }
    return excerpt;
  }
}
