package dev.casus.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.actor.Actor;
import dev.casus.core.entity.Entity;
import dev.casus.core.feed.FeedHeader;
import dev.casus.core.validation.Finding;
import dev.casus.core.validation.FindingCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every good record arrives, every bad line is reported with its line number, reading goes on. */
class JsonLinesReaderTest extends CasusJsonTestBase {

  private static final String HEADER =
      "{'type':'feed','schemaVersion':'1.0','producer':'p','createdAt':'2020-10-05T00:00:00Z'}";
  private static final String SOURCE = "{'type':'source','id':'src-1','kind':'tweet'}";
  private static final String ACTOR = "{'type':'actor','id':'act-1','kind':'state','name':'Armenia'}";
  private static final String INCIDENT_LINE =
      "{'type':'incident','id':'inc-1','incidentType':'armed_clash','time':'2020-10-04'}";

  private final List<CasusReadException> bad = new ArrayList<>();

  private List<JsonLinesRecord> readAll(CasusJson config, byte[] stream) {
    try (JsonLinesReader r = config.jsonLinesReader(new ByteArrayInputStream(stream), bad::add)) {
      List<JsonLinesRecord> records = new ArrayList<>();
      r.forEachRemaining(records::add);
      return records;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static byte[] lines(String... lines) {
    return q(String.join("\n", lines)).getBytes(StandardCharsets.UTF_8);
  }

  private List<String> badLines() {
    return bad.stream()
        .map(e -> e.finding().line().getAsLong() + " " + e.finding().code().wireName())
        .collect(Collectors.toList());
  }

  @Test
  void badLinesOfEveryKindInterleavedWithGoodOnes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String[] text = {
      HEADER, // 1
      SOURCE, // 2
      "{'type':'actor','id':'act-0'", // 3 truncated object
      ACTOR, // 4
      "hello", // 5 garbage
      "   ", // 6 blank
      "{'type':'incident','id':'inc-0", // 7 unterminated string
      INCIDENT_LINE, // 8
      "{'type':'source','id':'src-\u0001','kind':'tweet'}", // 9 invalid UTF-8 (patched below)
      "[1,2]", // 10 not an object
      "{'type':'event','id':'e-1'}", // 11 unknown record kind
      "{'id':'x','kind':'state'}", // 12 no record member
      "{'id':'st-1','kind':'claim','type':'statement','speaker':'act-1'}", // 13 record not first
      "{'type':'source','id':'src-2','kind':'tweet','title':'" + "t".repeat(300) + "'}", // 14 long
      HEADER, // 15 header not first
      "{'type':'territory','id':'ter-1','kind':'city','name':'G','point':{'latitude':91,'longitude':0}}", // 16
      ACTOR + " {}", // 17 trailing content
      "{'type':'incident','id':'inc-1','incidentType':'armed_clash','time':'2020-13'}", // 18 bad EDTF
      "{'type':'casualty_report','id':'cr-1','incident':'inc-1','figures':[{'outcome':'killed','group':'civilian','count':1}]}" // 19, no \n
    };
    byte[] stream = lines(text);
    for (int i = 0; i < stream.length; i++) {
      if (stream[i] == 0x01) {
        stream[i] = (byte) 0xC0;
      }
    }
    out.writeBytes(stream);
    CasusJson config = CasusJson.builder().maxLineLength(200).build();
    List<JsonLinesRecord> records = readAll(config, out.toByteArray());

    assertEquals(
        List.of(1L, 2L, 4L, 8L, 13L, 19L),
        records.stream().map(JsonLinesRecord::line).collect(Collectors.toList()));
    assertTrue(records.get(0).header().isPresent());
    assertEquals(
        List.of("src-1", "act-1", "inc-1", "st-1", "cr-1"),
        records.subList(1, records.size()).stream()
            .map(r -> r.entity().orElseThrow().id().value())
            .collect(Collectors.toList()));
    assertEquals(
        List.of(
            "3 syntax",
            "5 syntax",
            "7 syntax",
            "9 encoding",
            "10 wrong_type",
            "11 unknown_enum_value",
            "12 missing_member",
            "14 limit_exceeded",
            "15 broken_invariant",
            "16 broken_invariant",
            "17 syntax",
            "18 malformed_edtf"),
        badLines());
  }

  @Test
  void badLineFindingHasColumnAndPointerWithinTheRecord() {
    readAll(CasusJson.strict(), lines(HEADER, "{'type':'incident','id':'inc-1','incidentType':'armed_clash','time':'2020-13'}"));
    Finding f = bad.get(0).finding();
    assertEquals("/time", f.pointer());
    assertEquals(2, f.line().getAsLong());
    assertEquals(69, f.column().getAsInt());
    assertTrue(bad.get(0).getMessage().startsWith("line 2, column 69, at /time: invalid EDTF"));
  }

  /** Found by JsonLinesReaderFuzzTest: Jackson counts a bare CR as a line break. */
  @Test
  void carriageReturnInsideARecordDoesNotMoveItsFindingsToTheNextLine() {
    String record = "{'type':'incident',\r'id':'inc-1',\r\r'incidentType':'armed_clash','time':'2020-13'}";
    readAll(CasusJson.strict(), lines(HEADER, record, SOURCE));
    Finding f = bad.get(0).finding();
    assertEquals(List.of("2 malformed_edtf"), badLines());
    assertEquals("/time", f.pointer());
    assertEquals(q(record).indexOf("\"2020-13\"") + 1, f.column().getAsInt());
    assertTrue(bad.get(0).getMessage().startsWith("line 2, column " + f.column().getAsInt() + ", at /time"));

    bad.clear();
    readAll(CasusJson.strict(), lines(HEADER, SOURCE, "\ri"));
    assertEquals(List.of("3 syntax"), badLines());
    assertEquals(2, bad.get(0).finding().column().getAsInt());
  }

  @Test
  void crlfLineEndsAndAMissingFinalNewlineAreAccepted() {
    byte[] stream = q(HEADER + "\r\n" + SOURCE + "\r\n\r\n" + ACTOR).getBytes(StandardCharsets.UTF_8);
    List<JsonLinesRecord> records = readAll(CasusJson.strict(), stream);
    assertEquals(List.of(1L, 2L, 4L), records.stream().map(JsonLinesRecord::line).collect(Collectors.toList()));
    assertEquals(List.of(), bad);
  }

  @Test
  void lineEndsAreFoundAtEveryAlignmentAndNextToMultiByteCharacters() {
    // line ends are looked for eight bytes at a time: put one at every offset of a word, with
    // bytes that differ from '\n' (0A) only in the high bit just before it (Ê is C3 8A, Ċ C4 8A)
    List<String> names = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (int pad = 0; pad < 24; pad++) {
      String name = "x".repeat(pad) + (pad % 3 == 0 ? "Ê" : pad % 3 == 1 ? "ĊĊ" : "東");
      names.add(name);
      lines.add("{'type':'actor','id':'act-" + pad + "','kind':'state','name':'" + name + "'}");
    }
    List<JsonLinesRecord> records = readAll(CasusJson.strict(), lines(lines.toArray(String[]::new)));
    assertEquals(List.of(), bad);
    assertEquals(24, records.size());
    for (int i = 0; i < 24; i++) {
      assertEquals(i + 1, records.get(i).line());
      Actor a = (Actor) records.get(i).entity().orElseThrow();
      assertEquals("act-" + i, a.id().value());
      assertEquals(names.get(i), a.name().text());
    }
  }

  @Test
  void trailingNewlineAddsNoRecord() {
    List<JsonLinesRecord> records = readAll(CasusJson.strict(), lines(SOURCE, ACTOR, ""));
    assertEquals(2, records.size());
    assertEquals(List.of(), bad);
  }

  @Test
  void headerIsOptional() {
    List<JsonLinesRecord> records = readAll(CasusJson.strict(), lines(SOURCE));
    assertFalse(records.get(0).header().isPresent());
  }

  @Test
  void defaultReaderThrowsAtTheFirstBadLineAfterTheGoodOnes() {
    JsonLinesReader r =
        json.jsonLinesReader(new ByteArrayInputStream(lines(SOURCE, "oops", ACTOR)));
    assertEquals("src-1", r.next().entity().orElseThrow().id().value());
    CasusReadException e = assertThrows(CasusReadException.class, r::hasNext);
    assertEquals(2, e.finding().line().getAsLong());
    assertEquals("act-1", r.next().entity().orElseThrow().id().value());
    assertFalse(r.hasNext());
  }

  @Test
  void utf16StreamIsReportedOnceAndNotReadFurther() {
    byte[] stream = q(SOURCE + "\n" + ACTOR).getBytes(StandardCharsets.UTF_16LE);
    List<JsonLinesRecord> records = readAll(CasusJson.strict(), stream);
    assertEquals(List.of(), records);
    assertEquals(List.of("1 encoding"), badLines());
    assertTrue(bad.get(0).finding().message().contains("UTF-16LE"));
  }

  @Test
  void utf8ByteOrderMarkLosesOnlyTheFirstLine() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    out.writeBytes(lines(SOURCE, ACTOR));
    List<JsonLinesRecord> records = readAll(CasusJson.strict(), out.toByteArray());
    assertEquals(List.of("1 encoding"), badLines());
    assertEquals(List.of(2L), records.stream().map(JsonLinesRecord::line).collect(Collectors.toList()));
  }

  @Test
  void zeroBytesOrAByteOrderMarkOnALaterLineMakeOnlyThatLineBad() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(lines(SOURCE, ""));
    out.writeBytes(new byte[] {0, 0, '{', 0, '}', '\n'});
    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    out.writeBytes(lines(ACTOR, ACTOR.replace("act-1", "act-2")));
    List<JsonLinesRecord> records = readAll(CasusJson.strict(), out.toByteArray());
    assertEquals(List.of("2 encoding", "3 encoding"), badLines());
    assertEquals(List.of(1L, 4L), records.stream().map(JsonLinesRecord::line).collect(Collectors.toList()));
  }

  @Test
  void lenientReadingReportsUnknownMembersWithTheirLine() {
    List<Finding> warnings = new ArrayList<>();
    List<JsonLinesRecord> records =
        readAll(CasusJson.lenient(warnings::add), lines(SOURCE, "{'type':'source','id':'s','kind':'tweet','mood':1}"));
    assertEquals(2, records.size());
    assertEquals(2, warnings.get(0).line().getAsLong());
    assertEquals("/mood", warnings.get(0).pointer());
  }

  @Test
  void duplicateRecordMemberIsABadLine() {
    readAll(CasusJson.strict(), lines("{'type':'source','id':'s','type':'actor','kind':'tweet'}",
        "{'id':'s','type':'source','kind':'tweet','type':'source'}"));
    assertEquals(List.of("1 duplicate_member", "2 duplicate_member"), badLines());
  }

  @Test
  void readingIsLazy() {
    // an endless stream: only what is needed is read
    byte[] line = (q(SOURCE) + "\n").getBytes(StandardCharsets.UTF_8);
    InputStream endless =
        new InputStream() {
          private long n;

          @Override
          public int read() {
            return line[(int) (n++ % line.length)] & 0xFF;
          }
        };
    try (var stream = json.jsonLinesReader(endless).stream()) {
      List<JsonLinesRecord> first = stream.limit(1000).collect(Collectors.toList());
      assertEquals(1000, first.get(999).line());
    }
  }

  @Test
  void recordsCarryTheDecodedValues() {
    List<JsonLinesRecord> records = readAll(CasusJson.strict(), lines(HEADER, ACTOR));
    FeedHeader header = records.get(0).header().orElseThrow();
    assertEquals("p", header.producer());
    Entity actor = records.get(1).entity().orElseThrow();
    assertEquals(json.readValue(q(ACTOR.replace("'type':'actor',", "")), dev.casus.core.actor.Actor.class), actor);
  }
}
