package dev.casus.jackson;

import dev.casus.core.entity.Entity;
import dev.casus.core.entity.EntityId;
import dev.casus.core.feed.Feed;
import dev.casus.core.validation.Finding;
import dev.casus.core.validation.ModelValidator;
import dev.casus.core.validation.RecordPosition;
import dev.casus.core.validation.StreamingChecks;
import dev.casus.core.validation.ValidationProfile;
import dev.casus.core.validation.ValidationReport;
import dev.casus.jackson.deser.EntityListener;
import dev.casus.jackson.deser.FeedDeserializer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Validates incoming feeds and reports everything it finds, never only the first problem: JSON
 * syntax, encoding and limits, wrong types, missing and unknown members, unknown code-list values,
 * malformed ids, times, language tags and external ids, broken invariants (all located by line,
 * column and JSON Pointer), then duplicate ids, unresolved references, cycles and plausibility
 * warnings over the entities that could be read.
 *
 * <p>Thread-safe and reusable. Bad data never throws: it becomes findings. Only misuse ({@code
 * null}) or a failing stream or file ({@link UncheckedIOException}) does.
 *
 * <pre>{@code
 * FeedValidator validator = FeedValidator.create(ValidationProfile.strict());
 * ValidationReport report = validator.validateDocument(Path.of("karabakh.casus.json"));
 * if (!report.isValid()) {
 *   report.findings().forEach(System.err::println);
 * }
 * }</pre>
 *
 * <p>Validating JSON Lines holds one record and an index of ids in memory, never the whole feed.
 * A record that cannot be read is reported at its line and left out of the model checks, so
 * references to its id may be reported as unresolved too.
 */
public final class FeedValidator {

  /** The order of the entity arrays in a feed document, for placing findings in document order. */
  private static final List<String> ARRAYS =
      List.of("sources", "actors", "territories", "incidents", "statements", "casualtyReports");

  private final ValidationProfile profile;
  private final CasusJson json;

  private FeedValidator(ValidationProfile profile, CasusJson json) {
    this.profile = profile;
    this.json = json;
  }

  /**
   * A validator applying {@code profile} (strict or lenient, disabled codes, finding limit) with
   * the default reader limits.
   *
   * @param profile the validation profile
   * @return the validator
   */
  public static FeedValidator create(ValidationProfile profile) {
    return new FeedValidator(profile, CasusJson.strict());
  }

  /**
   * A validator with the reader limits of {@code json} (maximum document and line length).
   *
   * @param profile the validation profile
   * @param json the reader configuration whose limits apply; its strictness is not used (the
   *     profile decides how unknown members count)
   * @return the validator
   */
  public static FeedValidator create(ValidationProfile profile, CasusJson json) {
    return new FeedValidator(profile, json);
  }

  /**
   * The profile this validator applies.
   *
   * @return the profile
   */
  public ValidationProfile profile() {
    return profile;
  }

  /**
   * Validates a feed document.
   *
   * @param document the JSON text
   * @return the report
   */
  public ValidationReport validateDocument(String document) {
    return validateDocument(
        new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), null);
  }

  /**
   * Validates a feed document read from a stream (UTF-8 bytes). The stream is not closed.
   *
   * @param in the stream
   * @return the report
   * @throws UncheckedIOException if the stream fails
   */
  public ValidationReport validateDocument(InputStream in) {
    return validateDocument(in, null);
  }

  /**
   * Validates a feed document file; findings name the file.
   *
   * @param path the file
   * @return the report
   * @throws UncheckedIOException if the file cannot be read
   */
  public ValidationReport validateDocument(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return validateDocument(in, path.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Validates a JSON Lines feed read from a stream, one record at a time. The stream is closed.
   *
   * @param in the stream
   * @return the report
   * @throws UncheckedIOException if the stream fails
   */
  public ValidationReport validateJsonLines(InputStream in) {
    return validateJsonLines(in, null);
  }

  /**
   * Validates a JSON Lines file, one record at a time; findings name the file.
   *
   * @param path the file
   * @return the report
   * @throws UncheckedIOException if the file cannot be read
   */
  public ValidationReport validateJsonLines(Path path) {
    try {
      return validateJsonLines(Files.newInputStream(path), path.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Validates a feed already in memory: duplicate ids cannot occur, so this reports unresolved
   * references, cycles and plausibility warnings.
   *
   * @param feed the feed
   * @return the report
   */
  public ValidationReport validate(Feed feed) {
    return ModelValidator.validate(feed, profile);
  }

  private ValidationReport validateDocument(InputStream in, @Nullable String input) {
    ValidationReport.Collector collector = ValidationReport.collector(profile);
    List<Placed> entities = new ArrayList<>();
    // the listener makes unknown members non-breaking (the profile decides their severity);
    // in collecting mode they are among the read's findings already
    Documents documents = json.collectingWith(f -> {});
    byte[] bytes = documents.bytes(in);
    ReadResult<Feed> read =
        documents.read(
                bytes,
                bytes.length,
                input,
                c ->
                    FeedDeserializer.readHeader(
                        c,
                        new EntityListener() {
                          @Override
                          public void entity(Entity entity, String member, int index) {
                            entities.add(new Placed(entity, null, member, index));
                          }

                          @Override
                          public void unreadable(EntityId id, String member, int index) {
                            entities.add(new Placed(null, id, member, index));
                          }
                        }));
    int sequence = Integer.MIN_VALUE;
    // (the entities are handed off, not kept: duplicate ids are the model checks' to report, at
    // the duplicate's id and naming the first, as in JSON Lines)
    for (Finding f : read.findings()) {
      collector.add(withDefaultSeverity(f, input), recordOf(f.pointer()), sequence++);
    }
    countBrokenRecords(read.findings(), entities, collector);
    StreamingChecks checks = new StreamingChecks(collector);
    Optional<Feed> feed = read.value();
    feed.ifPresent(f -> checks.header(f));
    for (Placed p : entities) {
      String pointer = "/" + p.member + "/" + p.index;
      RecordPosition position = RecordPosition.inDocument(pointer, record(p.member, p.index));
      if (p.entity != null) {
        checks.accept(p.entity, position);
      } else if (p.unreadable != null) {
        checks.acceptUnreadable(p.unreadable, position);
      }
    }
    return located(named(checks.finish(), input), documents, bytes);
  }

  /**
   * The report with each finding of the model checks, which know only a pointer, placed at the
   * line and column where the value it points at starts in the document.
   */
  private static ValidationReport located(
      ValidationReport report, Documents documents, byte[] bytes) {
    Set<String> pointers = new HashSet<>();
    for (Finding f : report.findings()) {
      // "" is the whole document: a finding about it (the input, not a value) stays unplaced
      if (f.line().isEmpty() && !f.pointer().isEmpty()) {
        pointers.add(f.pointer());
      }
    }
    if (pointers.isEmpty()) {
      return report;
    }
    Map<String, long[]> at = documents.locate(bytes, bytes.length, pointers);
    List<Finding> findings = new ArrayList<>(report.findings().size());
    for (Finding f : report.findings()) {
      long[] place = f.line().isEmpty() ? at.get(f.pointer()) : null;
      // (a pointer the document holds no part of, not even its first member, stays unplaced)
      findings.add(
          place == null
              ? f
              : Finding.builder().from(f).line(place[0]).column((int) place[1]).build());
    }
    return ValidationReport.builder().from(report).findings(findings).build();
  }

  private ValidationReport validateJsonLines(InputStream in, @Nullable String input) {
    ValidationReport.Collector collector = ValidationReport.collector(profile);
    StreamingChecks checks = new StreamingChecks(collector);
    try (JsonLinesReader reader =
        json.jsonLinesReaderWith(
            in,
            input,
            f -> collector.add(withDefaultSeverity(f, input), lineOf(f), Integer.MIN_VALUE),
            bad -> {
              collector.countRecord();
              // a broken record whose id could be read is there: references to it resolve
              long line = lineOf(bad.finding());
              if (line >= 1) {
                bad.entityId()
                    .ifPresent(id -> checks.acceptUnreadable(id, RecordPosition.onLine(line)));
              }
              int sequence = Integer.MIN_VALUE;
              for (Finding f : bad.findings()) {
                collector.add(withDefaultSeverity(f, input), lineOf(f), sequence++);
              }
            })) {
      while (reader.hasNext()) {
        var record = reader.next();
        if (record.header().isPresent()) {
          // the reader accepts a header only as the first record
          checks.header(record.header().get());
          continue;
        }
        Entity entity = record.entity().orElseThrow();
        checks.accept(entity, RecordPosition.onLine(record.line()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return named(checks.finish(), input);
  }

  /** The report with every finding naming the input, the model checks' findings too. */
  private static ValidationReport named(ValidationReport report, @Nullable String input) {
    if (input == null || report.findings().stream().allMatch(f -> f.input().isPresent())) {
      return report;
    }
    List<Finding> findings = new ArrayList<>(report.findings().size());
    for (Finding f : report.findings()) {
      findings.add(f.input().isPresent() ? f : Finding.builder().from(f).input(input).build());
    }
    return ValidationReport.builder().from(report).findings(findings).build();
  }

  /**
   * Counts the entities that could not be read as records read too, as a JSON Lines validation
   * counts bad lines, so that a summary says how many records the input holds.
   */
  private static void countBrokenRecords(
      List<Finding> findings, List<Placed> entities, ValidationReport.Collector collector) {
    if (findings.isEmpty()) {
      return; // every entity was read: nothing more to count
    }
    Set<Long> read = new HashSet<>();
    for (Placed p : entities) {
      if (p.entity != null) {
        read.add(record(p.member, p.index));
      }
    }
    for (Finding f : findings) {
      long record = recordOf(f.pointer());
      if (record != 0 && read.add(record)) {
        collector.countRecord();
      }
    }
  }

  /** A finding from the reader, with the code's own severity: the profile decides the rest. */
  private static Finding withDefaultSeverity(Finding f, @Nullable String input) {
    var b = Finding.builder().from(f).severity(f.code().defaultSeverity());
    if (input != null && f.input().isEmpty()) {
      b.input(input);
    }
    return b.build();
  }

  private static long lineOf(Finding f) {
    return f.line().isPresent() ? f.line().getAsLong() : 0;
  }

  /**
   * The record a reader finding belongs to: the entity its pointer lies in, or 0 for the feed's
   * own members, so that reader and model findings interleave in document order.
   */
  private static long recordOf(String pointer) {
    for (String member : ARRAYS) {
      String prefix = "/" + member + "/";
      if (pointer.startsWith(prefix)) {
        int end = pointer.indexOf('/', prefix.length());
        String index = end < 0 ? pointer.substring(prefix.length()) : pointer.substring(prefix.length(), end);
        try {
          return record(member, Integer.parseInt(index));
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 0;
  }

  private static long record(String member, int index) {
    return ((long) (ARRAYS.indexOf(member) + 1) << 32) + index + 1;
  }

  /** An entity read, or the id of one that could not be read, at its place in the document. */
  private record Placed(
      @Nullable Entity entity, @Nullable EntityId unreadable, String member, int index) {}
}
