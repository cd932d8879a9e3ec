package dev.casus.jackson.deser;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import dev.casus.jackson.CasusReadException;
import dev.casus.jackson.ReadResult;
import dev.casus.core.entity.EntityId;
import dev.casus.core.validation.Finding;
import dev.casus.core.validation.FindingCode;
import dev.casus.core.validation.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Where a decoder is in the input and what it has found wrong so far.
 *
 * <p>Tracks the JSON Pointer (RFC 6901) of the current position as a cheap stack of member names
 * and array indexes (the pointer string is built only when a problem is reported), the line and
 * column of the parser, which members of each open object were seen (for duplicate and missing
 * members), and turns every problem into a {@link Finding} with its {@link FindingCode}. What
 * happens then depends on the {@link ReadMode}: {@link ReadMode#STRICT} throws {@link
 * CasusReadException} at the first error; {@link ReadMode#COLLECT} records it, and the decoders
 * skip the broken value and go on.
 *
 * <p>Columns are counted in Unicode code points when the context knows the UTF-8 bytes being
 * parsed (every {@code CasusJson} read does), otherwise as the parser reports them.
 *
 * <p>Decoding conventions: a decoder is called with the parser on the first token of its value
 * and returns with the parser on the value's last token. It returns the decoded value, or {@code
 * null} when the value was broken; that only happens in {@link ReadMode#COLLECT}, where the
 * problem has already been recorded. Not thread-safe: one context per parse.
 */
public final class ReadContext {

  /**
   * Levels allocated up front: enough for every member of the wire format (a feed document's
   * deepest value, a point of a location of an incident, is at depth 6); deeper extension values
   * grow the arrays. Small, since a JSON Lines stream makes one context per line.
   */
  private static final int INITIAL_DEPTH = 8;

  private final JsonParser parser;
  private final @Nullable UTF8StreamJsonParser byteParser;
  private final ReadMode mode;
  private final boolean unknownAreWarnings;
  private final @Nullable Consumer<Finding> unknownMemberListener;
  private final List<Finding> findings = new ArrayList<>(0);
  private final byte @Nullable [] source;
  private final int sourceLength;
  private final long firstLine;
  private final @Nullable String input;

  private @Nullable EntityId entityId;
  private @Nullable String discriminator;
  private boolean discriminatorSeen;
  private boolean singleLine;

  private @Nullable String[] names = new String[INITIAL_DEPTH];
  private int[] indexes = new int[INITIAL_DEPTH];
  private int[] seen = new int[INITIAL_DEPTH];
  private int[] marks = new int[INITIAL_DEPTH];
  private int[] startLines = new int[INITIAL_DEPTH];
  private int[] startColumns = new int[INITIAL_DEPTH];
  private long[] startOffsets = new long[INITIAL_DEPTH];
  private int depth;
  private int errors;

  /**
   * A context for decoding from {@code parser}.
   *
   * @param parser the parser, positioned before or on the value to decode
   * @param mode how to react to problems
   * @param unknownMemberListener where unknown members are reported as warnings: required for
   *     {@link ReadMode#LENIENT}; in {@link ReadMode#COLLECT} a listener makes unknown members
   *     warnings too; ignored in {@link ReadMode#STRICT}
   * @param source the UTF-8 bytes the parser reads, from index 0, for exact columns; or null
   * @param sourceLength how many bytes of {@code source} the parser reads
   * @param firstLine the line number of the parser's first line (1 for a document; the line
   *     number of the record in a JSON Lines stream)
   * @param input the name of the input (a file name) for findings, or null
   * @throws IllegalArgumentException if {@code mode} is LENIENT and there is no listener
   */
  public ReadContext(
      JsonParser parser,
      ReadMode mode,
      @Nullable Consumer<Finding> unknownMemberListener,
      byte @Nullable [] source,
      int sourceLength,
      long firstLine,
      @Nullable String input) {
    if (mode == ReadMode.LENIENT && unknownMemberListener == null) {
      throw new IllegalArgumentException("ReadContext: LENIENT mode needs an unknown-member listener");
    }
    this.parser = parser;
    this.byteParser = parser instanceof UTF8StreamJsonParser u ? u : null;
    this.mode = mode;
    this.unknownAreWarnings =
        mode == ReadMode.LENIENT || (mode == ReadMode.COLLECT && unknownMemberListener != null);
    this.unknownMemberListener = mode == ReadMode.STRICT ? null : unknownMemberListener;
    this.source = source;
    this.sourceLength = sourceLength;
    this.firstLine = firstLine;
    this.input = input;
    this.indexes[0] = -1;
  }

  /**
   * A strict context over a parser whose input bytes are not known (Jackson databind).
   *
   * @param parser the parser
   * @return the context
   */
  public static ReadContext strict(JsonParser parser) {
    return new ReadContext(parser, ReadMode.STRICT, null, null, 0, 1, null);
  }

  /**
   * Declares that the source is one line of a JSON Lines stream: every finding is then on {@code
   * firstLine}, with its column counted from the start of the source. (A carriage return inside
   * the line is JSON whitespace, which Jackson counts as a line break; without this, a finding
   * after one would name the next line of the stream.) Needs the source bytes.
   *
   * @return this context
   */
  public ReadContext singleLine() {
    this.singleLine = true;
    return this;
  }

  /**
   * The parser being read.
   *
   * @return the parser
   */
  public JsonParser parser() {
    return parser;
  }

  /**
   * How many bytes the parsed input has, when known: a hint for sizing tables.
   *
   * @return the length, or 0 if unknown
   */
  public int sourceLength() {
    return source == null ? 0 : sourceLength;
  }

  /**
   * The mode of this read.
   *
   * @return the mode
   */
  public ReadMode mode() {
    return mode;
  }

  /**
   * Declares a member of the outermost object that is not part of the value but says what the
   * value is (the {@code record} member of a JSON Lines record): it is skipped, once, instead of
   * being reported as unknown.
   *
   * @param name the member name
   * @param alreadySeen whether the member has already been read by the caller
   */
  public void discriminator(String name, boolean alreadySeen) {
    this.discriminator = name;
    this.discriminatorSeen = alreadySeen;
  }

  /**
   * Notes the id of the entity being read, as soon as it is read: if the entity turns out to be
   * broken, the feed reader can still tell validation that an entity with this id is there.
   *
   * @param id the entity's id
   */
  public void entityId(EntityId id) {
    this.entityId = id;
  }

  /**
   * The id noted by {@link #entityId(EntityId)} since the last call, if any, and forgets it.
   *
   * @return the id, or null
   */
  public @Nullable EntityId takeEntityId() {
    EntityId id = entityId;
    entityId = null;
    return id;
  }

  // ---------------------------------------------------------------- objects

  /**
   * Starts decoding an object: if the current token starts one, opens a level for its members;
   * otherwise reports a wrong type (or a null) and skips the value.
   *
   * @param what what was expected, for the message, e.g. {@code "an incident"}
   * @return true if an object was started
   * @throws IOException if the parser fails
   */
  public boolean startObject(String what) throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      wrongType(what + " (a JSON object)");
      return false;
    }
    beginObject();
    return true;
  }

  /**
   * Opens a level for the object whose {@code START_OBJECT} is the current token, without
   * checking it.
   */
  public void beginObject() {
    push(-1);
    int d = depth;
    seen[d] = 0;
    marks[d] = errors;
    if (byteParser != null) {
      // no JsonLocation per object: this parser's token getters are one past the token's start
      // (ObjectStartLocationTest pins where object findings land)
      startLines[d] = byteParser.getTokenLineNr();
      startColumns[d] = byteParser.getTokenColumnNr() - 1;
      startOffsets[d] = byteParser.getTokenCharacterOffset() - 1;
      return;
    }
    JsonLocation loc = parser.currentTokenLocation();
    startLines[d] = loc.getLineNr();
    startColumns[d] = loc.getColumnNr();
    startOffsets[d] = offsetOf(loc);
  }

  /**
   * Moves to the next member of the current object.
   *
   * @return the member's name, with the parser on it; or null at the end of the object, with the
   *     parser on {@code END_OBJECT}
   * @throws IOException if the parser fails
   */
  public @Nullable String nextMember() throws IOException {
    String name;
    try {
      name = parser.nextFieldName();
    } catch (JsonProcessingException e) {
      // the parser may fail on the value after a name it has read: point at that member
      names[depth] = parser.getParsingContext().getCurrentName();
      throw e;
    }
    names[depth] = name;
    return name;
  }

  /**
   * Accepts the current member if it is the first with its name in this object, and moves the
   * parser to its value. A repeated member is reported as {@link FindingCode#DUPLICATE_MEMBER}
   * and skipped.
   *
   * @param bit the member's bit, unique among the members of its object type
   * @return true if the parser is now on the value to decode; false if it was skipped
   * @throws IOException if the parser fails
   */
  public boolean first(int bit) throws IOException {
    int d = depth;
    if ((seen[d] & bit) != 0) {
      duplicateMember();
      return false;
    }
    seen[d] = seen[d] | bit;
    parser.nextToken();
    return true;
  }

  /**
   * Reports the member the parser is on as a repeat of an earlier member of the same object
   * ({@link FindingCode#DUPLICATE_MEMBER}) and skips its value; the first occurrence is kept.
   *
   * @throws IOException if the parser fails
   */
  public void duplicateMember() throws IOException {
    reportHere(
        FindingCode.DUPLICATE_MEMBER,
        Severity.ERROR,
        "member \"" + parser.currentName() + "\" appears twice in one object; the first is kept",
        false);
    parser.nextToken();
    parser.skipChildren();
  }

  /**
   * Whether a member was seen in the current object.
   *
   * @param bit the member's bit
   * @return true if it was seen (even if its value was broken)
   */
  public boolean has(int bit) {
    return (seen[depth] & bit) != 0;
  }

  /**
   * Reports a required member as missing unless it was seen in the current object.
   *
   * @param bit the member's bit
   * @param member the member name
   * @param what the object, e.g. {@code "an incident"}
   */
  public void require(int bit, String member, String what) {
    if ((seen[depth] & bit) == 0) {
      missing(member, what);
    }
  }

  /**
   * Reports a required member that the current object lacks, at the object.
   *
   * @param member the member name
   * @param what the object, e.g. {@code "an incident"}
   */
  public void missing(String member, String what) {
    reportAtObject(
        FindingCode.MISSING_MEMBER, "missing required member \"" + member + "\" in " + what);
  }

  /**
   * Handles a member the current object does not define: an error in strict reading, a warning
   * (to the listener) in lenient reading; either way the value is skipped.
   *
   * @param name the member name (the parser is on it)
   * @param what the object, e.g. {@code "a location"}
   * @param expected the members it may have, for the message
   * @throws IOException if the parser fails
   */
  public void unknownMember(String name, String what, String expected) throws IOException {
    if (depth == 1 && name.equals(discriminator)) {
      if (discriminatorSeen) {
        duplicateMember();
        return;
      }
      discriminatorSeen = true;
      parser.nextToken();
      parser.skipChildren();
      return;
    }
    String message = "unknown member \"" + name + "\" in " + what + "; expected " + expected;
    Finding f =
        reportHere(
            FindingCode.UNKNOWN_MEMBER,
            unknownAreWarnings ? Severity.WARNING : Severity.ERROR,
            message,
            false);
    if (unknownMemberListener != null) {
      unknownMemberListener.accept(f);
    }
    parser.nextToken();
    parser.skipChildren();
  }

  /**
   * Whether the current object has had no problem that breaks it since it was started.
   *
   * @return true if the object can be built
   */
  public boolean objectOk() {
    return errors == marks[depth];
  }

  /**
   * Reports an error about the current object as a whole, at the object's pointer and start (a
   * rule over several members, such as a subject that names two things).
   *
   * @param code the finding code
   * @param message what is wrong
   */
  public void failObject(FindingCode code, String message) {
    reportAtObject(code, message);
  }

  /**
   * Reports that building the current object failed on a model invariant, with the model's
   * message, at the object.
   *
   * @param e the exception thrown by the model
   */
  public void invariant(RuntimeException e) {
    String message = e.getMessage();
    reportAtObject(
        FindingCode.BROKEN_INVARIANT,
        message == null || message.isBlank() ? e.getClass().getSimpleName() : message);
  }

  /** Closes the current object's level; the parser stays on its {@code END_OBJECT}. */
  public void endObject() {
    depth--;
  }

  // ---------------------------------------------------------------- arrays

  /**
   * Starts decoding an array: if the current token starts one, opens a level for its elements;
   * otherwise reports a wrong type (or a null) and skips the value.
   *
   * @param what what was expected, e.g. {@code "an array of locations"}
   * @return true if an array was started
   * @throws IOException if the parser fails
   */
  public boolean startArray(String what) throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      wrongType(what);
      return false;
    }
    push(-1);
    return true;
  }

  /**
   * Moves to the next element of the current array, or past its end (closing its level).
   *
   * @return true if the parser is on the first token of the next element
   * @throws IOException if the parser fails
   */
  public boolean nextElement() throws IOException {
    if (parser.nextToken() == JsonToken.END_ARRAY) {
      depth--;
      return false;
    }
    indexes[depth]++;
    return true;
  }

  // ---------------------------------------------------------------- levels for raw copies

  /** Opens a level for an object being copied verbatim (an extension value). */
  void pushRawObject() {
    push(-1);
  }

  /** Opens a level for an array being copied verbatim (an extension value). */
  void pushRawArray() {
    push(-1);
  }

  /**
   * Sets the member name of the current raw level.
   *
   * @param name the member name
   */
  void rawMember(String name) {
    names[depth] = name;
  }

  /** Advances the index of the current raw array level. */
  void rawElement() {
    indexes[depth]++;
  }

  /** Closes a raw level. */
  void popRaw() {
    depth--;
  }

  // ---------------------------------------------------------------- problems

  /**
   * Reports a wrong type, or a {@code null}, for the current value and skips it.
   *
   * @param expected what was expected, e.g. {@code "a string"}
   * @throws IOException if the parser fails
   */
  public void wrongType(String expected) throws IOException {
    JsonToken t = parser.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      fail(
          FindingCode.NULL_VALUE,
          "null is not allowed: expected "
              + expected
              + " (an absent member is omitted, never written as null)");
    } else {
      fail(FindingCode.WRONG_TYPE, "expected " + expected + ", found " + describe(t));
    }
    parser.skipChildren();
  }

  /**
   * Reports an error at the current token and pointer; in COLLECT mode the enclosing object is
   * then broken. The caller skips the value if it is a container.
   *
   * @param code the finding code
   * @param message what is wrong and what was expected
   */
  public void fail(FindingCode code, String message) {
    reportHere(code, Severity.ERROR, message, true);
  }

  /**
   * Reports an error at the current pointer but at a location captured earlier with {@link
   * #tokenLocation()}.
   *
   * @param code the finding code
   * @param message what is wrong
   * @param location where the problem starts
   */
  public void failAt(FindingCode code, String message, JsonLocation location) {
    report(
        code,
        Severity.ERROR,
        message,
        pointer(depth),
        location.getLineNr(),
        location.getColumnNr(),
        offsetOf(location),
        true,
        null);
  }

  /**
   * Reports an error at a member of the current object whose value was read earlier (a value
   * whose validity depends on a member that may come after it, such as an external id's value
   * and its scheme): at the member's pointer and at a location captured with {@link
   * #tokenLocation()} when its value was read. Call it after the object's last member, with the
   * parser on the object's {@code END_OBJECT} and before {@link #endObject()}. In COLLECT mode the
   * object is then broken.
   *
   * @param member the member name, e.g. {@code "value"}
   * @param code the finding code
   * @param message what is wrong
   * @param location where the member's value starts
   */
  public void failAtMember(
      String member, FindingCode code, String message, JsonLocation location) {
    StringBuilder p = new StringBuilder(pointer(depth)).append('/');
    appendEscaped(p, member);
    report(
        code,
        Severity.ERROR,
        message,
        p.toString(),
        location.getLineNr(),
        location.getColumnNr(),
        offsetOf(location),
        true,
        null);
  }

  /**
   * Where the current token starts, as the line and the parser's column packed into one {@code
   * long} (line in the high half): for {@link #findingAt}, without a {@link JsonLocation}.
   *
   * @return the line and column
   */
  public long tokenLineAndColumn() {
    if (byteParser != null) {
      // one past the token's start, as in beginObject
      return ((long) byteParser.getTokenLineNr() << 32) | (byteParser.getTokenColumnNr() - 1);
    }
    JsonLocation loc = parser.currentTokenLocation();
    return ((long) loc.getLineNr() << 32) | (loc.getColumnNr() & 0xFFFFFFFFL);
  }

  /**
   * The byte offset where the current token starts, or -1 if the parser does not count bytes.
   *
   * @return the offset
   */
  public long tokenOffset() {
    if (byteParser != null) {
      return byteParser.getTokenCharacterOffset() - 1;
    }
    return offsetOf(parser.currentTokenLocation());
  }

  /**
   * An error finding at an explicit place, made but not yet reported: see {@link
   * #report(Finding)}.
   *
   * @param code the finding code
   * @param message what is wrong
   * @param pointer where, from the root of the input
   * @param parserLine the line, as the parser counts it
   * @param parserColumn the column, as the parser counts it (see {@link #tokenLineAndColumn()})
   * @param offset the byte offset, or -1
   * @return the finding, its column in code points where the source is known
   */
  public Finding findingAt(
      FindingCode code,
      String message,
      String pointer,
      int parserLine,
      int parserColumn,
      long offset) {
    return place(code, Severity.ERROR, message, pointer, parserLine, parserColumn, offset);
  }

  /**
   * Reports a finding made with {@link #findingAt}: thrown as a {@link
   * CasusReadException} in STRICT and LENIENT mode, kept in COLLECT mode.
   *
   * @param f the finding
   */
  public void report(Finding f) {
    record(f, true, null);
  }

  /**
   * The location of the current token, for reporting later with {@link #failAt}.
   *
   * @return the location
   */
  public JsonLocation tokenLocation() {
    return parser.currentTokenLocation();
  }

  /**
   * Reports a problem Jackson raised (syntax, encoding, a reader limit) at the parser's position.
   * Such a problem ends the read: in STRICT mode this throws, in COLLECT mode the caller stops.
   *
   * @param e the exception from the parser
   * @throws CasusReadException in STRICT and LENIENT mode
   */
  public void jacksonProblem(JsonProcessingException e) {
    JsonLocation loc = e.getLocation();
    if (loc == null) {
      // a reader limit (Jackson gives it no location): the token that exceeds it, the array
      // that is one level too deep or the start of the over-long string or number
      loc = parser.currentTokenLocation();
    }
    report(
        JacksonProblems.code(e),
        Severity.ERROR,
        JacksonProblems.message(e),
        pointer(depth),
        loc.getLineNr(),
        loc.getColumnNr(),
        offsetOf(loc),
        true,
        e);
  }

  /**
   * Reports a failure of the parser that is not a {@link JsonProcessingException} while reading
   * in-memory bytes (a {@link java.io.CharConversionException} from Jackson's decoders): an
   * {@code encoding} finding, ending the read like {@link #jacksonProblem}.
   *
   * @param e the exception
   * @throws CasusReadException in STRICT and LENIENT mode
   */
  public void ioProblem(IOException e) {
    JsonLocation loc = parser.currentLocation();
    report(
        e instanceof java.io.CharConversionException ? FindingCode.ENCODING : FindingCode.SYNTAX,
        Severity.ERROR,
        String.valueOf(e.getMessage()),
        pointer(depth),
        loc.getLineNr(),
        loc.getColumnNr(),
        offsetOf(loc),
        true,
        e);
  }

  /**
   * Reports a problem found before or outside parsing (an encoding problem found in the raw
   * bytes) at an exact line and column, at the document root. Ends the read like {@link
   * #jacksonProblem}.
   *
   * @param code the finding code
   * @param message what is wrong
   * @param line the 1-based line, relative to this context's first line
   * @param column the 1-based column in code points
   */
  public void fatalAt(FindingCode code, String message, long line, int column) {
    Finding f =
        finding(code, Severity.ERROR, message, pointer(depth), firstLine + line - 1, column);
    record(f, true, null);
  }

  /**
   * Every finding recorded so far (COLLECT mode), in the order found.
   *
   * @return the findings
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * How many breaking problems were recorded so far.
   *
   * @return the count
   */
  public int errorCount() {
    return errors;
  }

  /**
   * The result of a collecting read.
   *
   * @param value the decoded value, or null
   * @param <T> its type
   * @return the value with every finding
   */
  public <T> ReadResult<T> result(@Nullable T value) {
    return ReadResult.of(value, findings);
  }

  /**
   * The JSON Pointer of the current position (RFC 6901: {@code ~} is written {@code ~0} and
   * {@code /} is written {@code ~1}).
   *
   * @return the pointer, {@code ""} at the root
   */
  public String pointer() {
    return pointer(depth);
  }

  private Finding reportHere(FindingCode code, Severity severity, String message, boolean breaking) {
    JsonLocation loc = parser.currentTokenLocation();
    return report(
        code,
        severity,
        message,
        pointer(depth),
        loc.getLineNr(),
        loc.getColumnNr(),
        offsetOf(loc),
        breaking,
        null);
  }

  private void reportAtObject(FindingCode code, String message) {
    int d = depth;
    report(
        code,
        Severity.ERROR,
        message,
        pointer(d - 1),
        startLines[d],
        startColumns[d],
        startOffsets[d],
        true,
        null);
  }

  private Finding report(
      FindingCode code,
      Severity severity,
      String message,
      String pointer,
      int parserLine,
      int parserColumn,
      long offset,
      boolean breaking,
      @Nullable Throwable cause) {
    Finding f = place(code, severity, message, pointer, parserLine, parserColumn, offset);
    record(f, breaking, cause);
    return f;
  }

  private Finding place(
      FindingCode code,
      Severity severity,
      String message,
      String pointer,
      int parserLine,
      int parserColumn,
      long offset) {
    boolean oneLine = singleLine && source != null && offset >= 0 && offset <= sourceLength;
    return finding(
        code,
        severity,
        message,
        pointer,
        oneLine ? firstLine : firstLine + Math.max(parserLine, 1) - 1,
        oneLine ? codePointsBefore(offset) + 1 : column(parserColumn, offset));
  }

  private void record(Finding f, boolean breaking, @Nullable Throwable cause) {
    if (mode == ReadMode.COLLECT) {
      findings.add(f);
      if (breaking) {
        errors++;
      }
      return;
    }
    if (f.severity() == Severity.ERROR) {
      CasusReadException e = new CasusReadException(f);
      if (cause != null) {
        e.initCause(cause);
      }
      throw e;
    }
  }

  private Finding finding(
      FindingCode code, Severity severity, String message, String pointer, long line, int column) {
    var b =
        Finding.builder()
            .severity(severity)
            .code(code)
            .pointer(pointer)
            .line(line)
            .column(Math.max(column, 1))
            .message(message);
    if (input != null) {
      b.input(input);
    }
    return b.build();
  }

  /** The column in code points, when the UTF-8 source is known; else as the parser counts. */
  private int column(int parserColumn, long offset) {
    byte[] src = source;
    if (src == null || offset < 0 || parserColumn < 1 || offset > sourceLength) {
      return parserColumn;
    }
    long lineStart = offset - (parserColumn - 1);
    if (lineStart < 0) {
      return parserColumn;
    }
    return Utf8.codePoints(src, (int) lineStart, offset) + 1;
  }

  /** The number of code points in the source before byte {@code offset}. */
  private int codePointsBefore(long offset) {
    byte[] src = source;
    return src == null ? 0 : Utf8.codePoints(src, 0, offset);
  }

  private static long offsetOf(JsonLocation loc) {
    long bytes = loc.getByteOffset();
    return bytes >= 0 ? bytes : -1;
  }

  private String pointer(int levels) {
    if (levels <= 0) {
      return "";
    }
    StringBuilder s = new StringBuilder();
    for (int l = 1; l <= levels; l++) {
      String name = names[l];
      if (name != null) {
        s.append('/');
        appendEscaped(s, name);
      } else if (indexes[l] >= 0) {
        s.append('/').append(indexes[l]);
      }
    }
    return s.toString();
  }

  private static void appendEscaped(StringBuilder s, String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '~') {
        s.append("~0");
      } else if (c == '/') {
        s.append("~1");
      } else {
        s.append(c);
      }
    }
  }

  private void push(int index) {
    int d = ++depth;
    if (d == names.length) {
      int n = d * 2;
      names = Arrays.copyOf(names, n);
      indexes = Arrays.copyOf(indexes, n);
      seen = Arrays.copyOf(seen, n);
      marks = Arrays.copyOf(marks, n);
      startLines = Arrays.copyOf(startLines, n);
      startColumns = Arrays.copyOf(startColumns, n);
      startOffsets = Arrays.copyOf(startOffsets, n);
    }
    names[d] = null;
    indexes[d] = index;
  }

  /**
   * Describes a token for a message: {@code "a string"}, {@code "an array"}, ...
   *
   * @param t the token, or null at the end of input
   * @return the description
   */
  static String describe(@Nullable JsonToken t) {
    if (t == null) {
      return "the end of the input";
    }
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
        return "an integer";
      case VALUE_NUMBER_FLOAT:
        return "a number with a fraction or exponent";
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return "null";
      default:
        return t.name();
    }
  }
}
