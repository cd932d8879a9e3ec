package dev.casus.cli;

import dev.casus.core.entity.Entity;
import dev.casus.core.feed.Feed;
import dev.casus.interop.acled.AcledReader;
import dev.casus.interop.acled.AcledWriter;
import dev.casus.interop.geojson.GeoJsonExport;
import dev.casus.interop.geojson.GeoJsonWriter;
import dev.casus.interop.plover.PloverExport;
import dev.casus.interop.plover.PloverWriter;
import dev.casus.interop.support.FeedCollector;
import dev.casus.interop.ucdp.UcdpGedReader;
import dev.casus.interop.ucdp.UcdpGedWriter;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code casus convert}: streams ACLED, UCDP GED or Casus data into Casus (a document or JSON
 * Lines), ACLED, UCDP GED, PLOVER JSON Lines or GeoJSON. A row that cannot be converted is
 * reported on standard error with its row number, column and reason, and skipped; a summary says
 * how many rows were read, converted and rejected.
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Convert between ACLED, UCDP GED, Casus, PLOVER and GeoJSON.",
      "Rejected rows are reported on stderr and skipped; exit 0 if none, 1 if some, 2 on error."
    })
final class ConvertCommand implements Callable<Integer> {

  /** The formats read. */
  enum From {
    ACLED,
    UCDP,
    CASUS
  }

  /** The formats written. */
  enum To {
    CASUS,
    CASUS_JSONL,
    ACLED,
    UCDP,
    PLOVER,
    GEOJSON
  }

  @CommandLine.Spec private CommandLine.Model.@org.jspecify.annotations.Nullable CommandSpec spec;

  @Option(
      names = "--from",
      required = true,
      description = "Input format: acled, ucdp or casus (a document, or JSON Lines by extension).",
      converter = FromConverter.class)
  private From from = From.CASUS;

  @Option(
      names = "--to",
      required = true,
      description = "Output format: casus, casus-jsonl, acled, ucdp, plover or geojson.",
      converter = ToConverter.class)
  private To to = To.CASUS;

  @Option(
      names = "--producer",
      defaultValue = "casus convert",
      description = "The producer named in a Casus output (default: ${DEFAULT-VALUE}).")
  private String producer = "casus convert";

  @Parameters(index = "0", paramLabel = "IN", description = "The input file; - reads stdin.")
  private String in = "-";

  @Parameters(index = "1", paramLabel = "OUT", description = "The output file; - writes stdout.")
  private String out = "-";

  @Override
  public Integer call() {
    CommandLine cli = requireSpec().commandLine();
    PrintWriter err = cli.getErr();
    RowCounts counts = new RowCounts();
    try (InputStream input = openIn();
        OutputStream output = openOut()) {
      try (EntitySource source = EntitySource.open(from, in, input, counts, err)) {
        write(source, output, err);
      }
    } catch (NoSuchFileException e) {
      err.println("casus convert: " + e.getFile() + ": no such file");
      return CasusCommand.EXIT_USAGE;
    } catch (IOException | UncheckedIOException e) {
      err.println("casus convert: " + e.getMessage());
      return CasusCommand.EXIT_USAGE;
    } catch (IllegalArgumentException e) {
      err.println("casus convert: cannot convert " + in + ": " + e.getMessage());
      return CasusCommand.EXIT_USAGE;
    }
    err.println(
        "casus convert: "
            + counts.read
            + " rows read, "
            + counts.converted()
            + " converted, "
            + counts.rejected
            + " rejected");
    err.flush();
    return counts.rejected == 0 ? CasusCommand.EXIT_OK : CasusCommand.EXIT_INVALID;
  }

  private void write(EntitySource source, OutputStream output, PrintWriter err)
      throws IOException {
    Writer writer =
        new BufferedWriter(new java.io.OutputStreamWriter(output, StandardCharsets.UTF_8), 1 << 16);
    switch (to) {
      case CASUS_JSONL:
        try (var jsonl = CasusFormats.jsonLinesWriter(output)) {
          jsonl.writeHeader(CasusFormats.header(producer, source.partialHint()));
          while (source.hasNext()) {
            jsonl.write(source.next());
          }
        }
        return;
      case ACLED:
        try (AcledWriter acled = AcledWriter.open(writer)) {
          while (source.hasNext()) {
            acled.write(source.next());
          }
        }
        return;
      case UCDP:
        try (UcdpGedWriter ucdp = UcdpGedWriter.open(writer)) {
          while (source.hasNext()) {
            ucdp.write(source.next());
          }
        }
        return;
      default:
        break;
    }
    // The remaining formats need the whole feed: references are resolved across records.
    FeedCollector collector =
        new FeedCollector(
            Feed.builder()
                .producer(producer)
                .createdAt(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
    while (source.hasNext()) {
      collector.add(source.next());
    }
    Feed feed = collector.build();
    switch (to) {
      case CASUS:
        CasusFormats.writeFeed(feed, output);
        break;
      case PLOVER:
        PloverExport plover = PloverWriter.create().write(feed, writer);
        writer.flush();
        if (plover.unmappedCount() > 0) {
          err.println(
              "casus convert: "
                  + plover.unmappedCount()
                  + " incidents and statements have no PLOVER or CAMEO equivalent and were not"
                  + " written");
        }
        break;
      case GEOJSON:
        GeoJsonExport geo = GeoJsonWriter.create().write(feed, writer);
        writer.flush();
        if (!geo.incidentsWithoutPoint().isEmpty()) {
          err.println(
              "casus convert: "
                  + geo.incidentsWithoutPoint().size()
                  + " incidents have no point and are not on the map: "
                  + geo.incidentsWithoutPoint());
        }
        break;
      default:
        throw new IllegalStateException("unhandled output format " + to);
    }
  }

  private InputStream openIn() throws IOException {
    return in.equals("-") ? System.in : Files.newInputStream(Path.of(in));
  }

  private OutputStream openOut() throws IOException {
    if (out.equals("-")) {
      return new java.io.FilterOutputStream(System.out) {
        @Override
        public void close() throws IOException {
          flush();
        }
      };
    }
    return Files.newOutputStream(Path.of(out));
  }

  private CommandLine.Model.CommandSpec requireSpec() {
    if (spec == null) {
      throw new IllegalStateException("picocli did not inject the command spec");
    }
    return spec;
  }

  /** Rows read and rejected by the input's reader. */
  static final class RowCounts {
    long read;
    long rejected;

    long converted() {
      return read - rejected;
    }
  }

  /** The entities of the input, one at a time, whatever its format. */
  abstract static class EntitySource implements Iterator<Entity>, Closeable {

    boolean partialHint() {
      return false;
    }

    static EntitySource open(
        From from, String name, InputStream input, RowCounts counts, PrintWriter err)
        throws IOException {
      Reader reader =
          new BufferedReader(
              new java.io.InputStreamReader(input, StandardCharsets.UTF_8), 1 << 16);
      switch (from) {
        case ACLED:
          AcledReader acled =
              AcledReader.open(reader, e -> err.println("casus convert: " + name + ": " + e));
          return new EntitySource() {
            @Override
            public boolean hasNext() {
              boolean more = acled.hasNext();
              counts.read = acled.rowsRead();
              counts.rejected = acled.rowsRejected();
              return more;
            }

            @Override
            public Entity next() {
              return acled.next();
            }

            @Override
            public void close() throws IOException {
              acled.close();
            }
          };
        case UCDP:
          UcdpGedReader ucdp =
              UcdpGedReader.open(reader, e -> err.println("casus convert: " + name + ": " + e));
          return new EntitySource() {
            @Override
            public boolean hasNext() {
              boolean more = ucdp.hasNext();
              counts.read = ucdp.rowsRead();
              counts.rejected = ucdp.rowsRejected();
              return more;
            }

            @Override
            public Entity next() {
              return ucdp.next();
            }

            @Override
            public void close() throws IOException {
              ucdp.close();
            }
          };
        case CASUS:
          return CasusFormats.entities(name, input, counts, err);
      }
      throw new IllegalStateException("unhandled input format " + from);
    }
  }

  /** Reads {@code --from} by its lower-case name. */
  static final class FromConverter implements CommandLine.ITypeConverter<From> {
    @Override
    public From convert(String value) {
      try {
        return From.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            "expected acled, ucdp or casus, got '" + value + "'");
      }
    }
  }

  /** Reads {@code --to} by its lower-case, dashed name. */
  static final class ToConverter implements CommandLine.ITypeConverter<To> {
    @Override
    public To convert(String value) {
      try {
        return To.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            "expected casus, casus-jsonl, acled, ucdp, plover or geojson, got '" + value + "'");
      }
    }
  }
}
