package dev.casus.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.casus.core.entity.Entity;
import dev.casus.core.entity.EntityId;
import dev.casus.core.entity.EntityKind;
import dev.casus.core.feed.FeedHeader;
import dev.casus.core.validation.Finding;
import dev.casus.core.validation.FindingCode;
import dev.casus.jackson.deser.ActorDeserializer;
import dev.casus.jackson.deser.CasualtyReportDeserializer;
import dev.casus.jackson.deser.Codes;
import dev.casus.jackson.deser.FeedHeaderDeserializer;
import dev.casus.jackson.deser.IncidentDeserializer;
import dev.casus.jackson.deser.ReadContext;
import dev.casus.jackson.deser.ReadMode;
import dev.casus.jackson.deser.Scalars;
import dev.casus.jackson.deser.SourceDeserializer;
import dev.casus.jackson.deser.StatementDeserializer;
import dev.casus.jackson.deser.TerritoryDeserializer;
import dev.casus.jackson.deser.Utf8;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Reads a JSON Lines feed lazily, one record per line, in constant memory: an {@link Iterator} (and
 * {@link #stream()}) of the good records, in order.
 *
 * <p>Lines are split on the raw bytes ({@code \n}, with an optional {@code \r} before it; the last
 * line needs no terminator), each at most the configured length. Blank lines are skipped. Every
 * other line is either a good record, returned by {@link #next()}, or a bad line, passed as a
 * {@link CasusReadException} (with the line number, column and pointer in its finding) to the
 * bad-line handler given at creation; reading then goes on with the next line, so no good record
 * after a bad one is lost, and no bad line goes unreported. Bad lines: not UTF-8 or invalid UTF-8,
 * longer than the limit, not one JSON object (truncated, garbage, trailing content), an unknown or
 * missing {@code type} member, a feed header that is not the first record, or a record that
 * breaks the wire format.
 *
 * <p>A stream that starts in UTF-16 or UTF-32 is reported once (line 1) and not read further. The
 * ids of the records are not checked for uniqueness here (that needs the whole feed; the
 * validator does it). Not thread-safe. Close it to close the input.
 */
public final class JsonLinesReader implements Iterator<JsonLinesRecord>, Closeable {

  /** The member of every record that says what the record is; written first. */
  public static final String RECORD = "type";

  private static final String FEED = "feed";
  private static final Codes<EntityKind> KINDS = Codes.of(EntityKind.class, "an entity kind");
  private static final String KINDS_ALLOWED = FEED + ", " + KINDS.allowed();
  private static final String WHAT = "a JSON Lines record (an object with a \"type\" member)";
  private static final int CHUNK = 64 * 1024;

  private final InputStream in;
  private final JsonFactory factory;
  private final ReadMode mode;
  private final @Nullable Consumer<Finding> listener;
  private final @Nullable String input;
  private final int maxLineLength;
  private final Consumer<CasusReadException> onBadLine;

  private final byte[] chunk = new byte[CHUNK];
  private int pos;
  private int limit;
  private boolean eof;
  private byte[] line = new byte[1024];
  private int lineLength;
  private long lineNumber;
  private long records;
  private boolean stopped;
  private @Nullable JsonLinesRecord next;
  /** The second reading of the current line, when "type" is not its first member. */
  private @Nullable ReadContext second;

  JsonLinesReader(
      InputStream in,
      JsonFactory factory,
      ReadMode mode,
      @Nullable Consumer<Finding> listener,
      @Nullable String input,
      int maxLineLength,
      Consumer<CasusReadException> onBadLine) {
    this.in = in;
    this.factory = factory;
    this.mode = mode;
    this.listener = listener;
    this.input = input;
    this.maxLineLength = maxLineLength;
    this.onBadLine = onBadLine;
  }

  /**
   * Whether another good record follows; reads on, reporting bad lines on the way.
   *
   * @return true if {@link #next()} has a record
   * @throws UncheckedIOException if the input fails
   * @throws CasusReadException if the bad-line handler throws it (the default handler does)
   */
  @Override
  public boolean hasNext() {
    while (next == null && !stopped) {
      try {
        if (!readLine()) {
          stopped = true;
          break;
        }
        next = decodeLine();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (CasusReadException e) {
        onBadLine.accept(e);
      }
    }
    return next != null;
  }

  /**
   * The next good record.
   *
   * @return the record
   * @throws NoSuchElementException if there is none
   */
  @Override
  public JsonLinesRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more JSON Lines records");
    }
    JsonLinesRecord r = next;
    next = null;
    if (r == null) {
      throw new NoSuchElementException("no more JSON Lines records");
    }
    return r;
  }

  /**
   * The remaining good records as a sequential stream; closing the stream closes this reader.
   *
   * @return the stream
   */
  public Stream<JsonLinesRecord> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(
            () -> {
              try {
                close();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /**
   * The number of the last line read so far (1-based; 0 before the first).
   *
   * @return the line number
   */
  public long lineNumber() {
    return lineNumber;
  }

  /**
   * Closes the input.
   *
   * @throws IOException if closing fails
   */
  @Override
  public void close() throws IOException {
    stopped = true;
    in.close();
  }

  /** Reads the next line into {@link #line}, without its terminator; false at the end. */
  private boolean readLine() throws IOException {
    lineLength = 0;
    boolean any = false;
    boolean tooLong = false;
    long total = 0;
    while (true) {
      if (pos == limit) {
        if (eof || !fill()) {
          break;
        }
      }
      any = true;
      int newline = indexOfNewline();
      int end = newline < 0 ? limit : newline;
      int n = end - pos;
      total += n;
      if (!tooLong) {
        // one byte of slack for the \r of a \r\n line end
        if (total > (long) maxLineLength + 1) {
          tooLong = true;
        } else {
          append(pos, n);
        }
      }
      pos = newline < 0 ? end : newline + 1;
      if (newline >= 0) {
        break;
      }
    }
    if (!any) {
      return false;
    }
    lineNumber++;
    if (!tooLong && lineLength > 0 && line[lineLength - 1] == '\r') {
      lineLength--;
    }
    if (tooLong || lineLength > maxLineLength) {
      records++;
      throw new CasusReadException(
          finding(
              FindingCode.LIMIT_EXCEEDED,
              "the line is " + total + " bytes long, more than the limit of " + maxLineLength
                  + " bytes; it was skipped",
              (long) maxLineLength + 1 > Integer.MAX_VALUE ? 1 : maxLineLength + 1));
    }
    return true;
  }

  private boolean fill() throws IOException {
    int n = in.read(chunk, 0, chunk.length);
    if (n < 0) {
      eof = true;
      pos = 0;
      limit = 0;
      return false;
    }
    pos = 0;
    limit = n;
    return n > 0 || fill();
  }

  private int indexOfNewline() {
    byte[] b = chunk;
    int i = pos;
    // eight bytes at a time: a byte of x is zero where the input has '\n'; the usual test for a
    // zero byte in a word marks it (and may mark bytes after it, never one before)
    for (; i + 8 <= limit; i += 8) {
      long x = ((long) LONGS.get(b, i)) ^ NEWLINES;
      long zero = (x - ONES) & ~x & HIGH_BITS;
      if (zero != 0) {
        return i + (Long.numberOfTrailingZeros(zero) >>> 3);
      }
    }
    for (; i < limit; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;

  private void append(int from, int n) {
    if (lineLength + n > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + n));
    }
    System.arraycopy(chunk, from, line, lineLength, n);
    lineLength += n;
  }

  /** Decodes the line just read: a record, or null for a blank line; throws for a bad line. */
  private @Nullable JsonLinesRecord decodeLine() throws IOException {
    if (isBlank()) {
      return null;
    }
    records++;
    // every line is checked before Jackson sees it: its encoding detection would otherwise throw
    // CharConversionException, or skip a byte-order mark, at the start of the line
    String encoding = Utf8.encodingProblem(line, lineLength);
    if (encoding != null) {
      boolean bom = (line[0] & 0xFF) == 0xEF;
      if (lineNumber == 1 && !bom) {
        stopped = true;
        encoding += "; the stream was not read further";
      }
      throw new CasusReadException(finding(FindingCode.ENCODING, encoding, 1));
    }
    int bad = Utf8.firstInvalid(line, 0, lineLength);
    if (bad >= 0) {
      long[] at = Utf8.lineAndColumn(line, 0, bad);
      throw new CasusReadException(
          finding(FindingCode.ENCODING, Utf8.describeInvalid(line, bad, lineLength), (int) at[1]));
    }
    try (JsonParser p = factory.createParser(line, 0, lineLength)) {
      ReadContext c = context(p);
      second = null;
      try {
        JsonLinesRecord r = decodeRecord(c);
        if (p.nextToken() != null) {
          c.fail(
              FindingCode.SYNTAX,
              "unexpected content after the record: a JSON Lines line holds exactly one object");
        }
        return collected(c, r);
      } catch (JsonProcessingException e) {
        // the second reading of the line, if any, is where the parser stopped
        ReadContext at = second != null ? second : c;
        at.jacksonProblem(e);
        return collected(c, null);
      } catch (IOException e) {
        ReadContext at = second != null ? second : c;
        at.ioProblem(e);
        return collected(c, null);
      }
    } catch (IOException e) {
      // creating the parser over in-memory bytes failed: a problem with the bytes
      throw new CasusReadException(finding(FindingCode.ENCODING, String.valueOf(e.getMessage()), 1));
    }
  }

  /**
   * The record of a line read in COLLECT mode (strict and lenient contexts have thrown already):
   * a line with any error is bad, reported with every finding of the line; the non-breaking
   * findings of a good line (unknown and repeated members) go to the listener.
   */
  private JsonLinesRecord collected(ReadContext c, @Nullable JsonLinesRecord r) {
    if (mode != ReadMode.COLLECT) {
      return nonNull(r);
    }
    List<Finding> findings = new ArrayList<>(c.findings());
    int errors = c.errorCount();
    ReadContext again = second;
    if (again != null) {
      findings.addAll(again.findings());
      errors += again.errorCount();
    }
    if (r == null || errors > 0) {
      if (findings.isEmpty()) {
        throw new IllegalStateException("a collecting read gave no record and no finding");
      }
      // the members were read by the second pass, if there was one
      EntityId id = again != null ? again.takeEntityId() : c.takeEntityId();
      throw new CasusReadException(findings, id);
    }
    if (listener != null) {
      findings.forEach(listener);
    }
    return r;
  }

  /** The record, or null (COLLECT mode only) if it is broken; its problems are in {@code c}. */
  private @Nullable JsonLinesRecord decodeRecord(ReadContext c) throws IOException {
    JsonParser p = c.parser();
    p.nextToken();
    if (!c.startObject(WHAT)) {
      return null;
    }
    String first = c.nextMember();
    if (RECORD.equals(first)) {
      p.nextToken();
      String kind = kind(c);
      if (kind == null) {
        // COLLECT mode: the record cannot be read without its kind; skip the rest of it
        for (String m = c.nextMember(); m != null; m = c.nextMember()) {
          p.nextToken();
          p.skipChildren();
        }
        return null;
      }
      c.discriminator(RECORD, true);
      return members(c, kind);
    }
    // "type" is not the first member: find it, then read the line again knowing the kind
    String kind = null;
    boolean broken = false;
    for (String m = first; m != null; m = c.nextMember()) {
      if (RECORD.equals(m)) {
        if (kind != null || broken) {
          c.duplicateMember();
          continue;
        }
        p.nextToken();
        kind = kind(c);
        broken = kind == null;
      } else {
        p.nextToken();
        p.skipChildren();
      }
    }
    if (kind == null) {
      if (!broken) {
        c.missing(RECORD, WHAT);
      }
      return null;
    }
    try (JsonParser again = factory.createParser(line, 0, lineLength)) {
      // the first pass only looked for "type": the record's own findings come from this one
      ReadContext c2 =
          new ReadContext(again, mode, contextListener(), line, lineLength, lineNumber, input);
      second = c2;
      again.nextToken();
      c2.beginObject();
      c2.discriminator(RECORD, false);
      return members(c2, kind);
    }
  }

  private @Nullable String kind(ReadContext c) throws IOException {
    String kind = Scalars.string(c, "the record kind");
    if (kind == null) {
      return null;
    }
    if (!FEED.equals(kind) && KINDS.lookup(kind) == null) {
      c.fail(
          FindingCode.UNKNOWN_ENUM_VALUE,
          Scalars.quote(kind) + " is not a record kind; expected one of " + KINDS_ALLOWED);
      return null;
    }
    return kind;
  }

  private @Nullable JsonLinesRecord members(ReadContext c, String kind) throws IOException {
    if (FEED.equals(kind)) {
      if (records > 1) {
        c.fail(
            FindingCode.BROKEN_INVARIANT,
            "the feed header must be the first record of a JSON Lines stream, found on line "
                + lineNumber);
      }
      FeedHeader h = FeedHeaderDeserializer.members(c);
      return h == null ? null : JsonLinesRecord.ofHeader(lineNumber, h);
    }
    EntityKind k = KINDS.lookup(kind);
    if (k == null) {
      throw new IllegalStateException("unreachable: the kind was checked");
    }
    Entity e;
    switch (k) {
      case SOURCE:
        e = SourceDeserializer.members(c);
        break;
      case ACTOR:
        e = ActorDeserializer.members(c);
        break;
      case TERRITORY:
        e = TerritoryDeserializer.members(c);
        break;
      case INCIDENT:
        e = IncidentDeserializer.members(c);
        break;
      case STATEMENT:
        e = StatementDeserializer.members(c);
        break;
      case CASUALTY_REPORT:
        e = CasualtyReportDeserializer.members(c);
        break;
      default:
        throw new IllegalStateException("unreachable: " + k);
    }
    return e == null ? null : JsonLinesRecord.ofEntity(lineNumber, e);
  }

  private static <T> T nonNull(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("unreachable: a strict decoder returned no value");
    }
    return value;
  }

  private ReadContext context(JsonParser p) {
    return new ReadContext(p, mode, contextListener(), line, lineLength, lineNumber, input).singleLine();
  }

  /**
   * The unknown-member listener of a line's context: the reader's own, except in COLLECT mode,
   * where a line's findings are passed on only once the line is known to be good or bad.
   */
  private @Nullable Consumer<Finding> contextListener() {
    return mode == ReadMode.COLLECT ? f -> {} : listener;
  }

  private boolean isBlank() {
    for (int i = 0; i < lineLength; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private Finding finding(FindingCode code, String message, int column) {
    var b =
        Finding.builder()
            .severity(code.defaultSeverity())
            .code(code)
            .pointer("")
            .line(Math.max(lineNumber, 1))
            .column(Math.max(column, 1))
            .message(message);
    if (input != null) {
      b.input(input);
    }
    return b.build();
  }
}
