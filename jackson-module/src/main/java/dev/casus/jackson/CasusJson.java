package dev.casus.jackson;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.casus.core.feed.Feed;
import dev.casus.core.validation.Finding;
import dev.casus.jackson.deser.CasusDeserializer;
import dev.casus.jackson.deser.CasusDeserializers;
import dev.casus.jackson.deser.CodeListDeserializer;
import dev.casus.jackson.deser.FeedDeserializer;
import dev.casus.jackson.deser.Limits;
import dev.casus.jackson.deser.ReadMode;
import dev.casus.jackson.ser.CasusPrettyPrinter;
import dev.casus.jackson.ser.CasusSerializers;
import dev.casus.jackson.ser.FeedSerializer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes Casus feeds in the wire format of {@code docs/wire-format.md}: whole documents,
 * collecting reads for validators, JSON Lines streams, and a preconfigured Jackson {@link
 * ObjectMapper}. Immutable and thread-safe; build one and share it.
 *
 * <pre>{@code
 * CasusJson json = CasusJson.strict();
 * Feed feed = json.readFeed(Path.of("karabakh-2020-10-04.casus.json"));
 * String text = json.writeFeed(feed);
 * }</pre>
 *
 * <p>Reading decodes straight from Jackson's token stream. Every problem in the input arrives as
 * a {@link CasusReadException} carrying {@link Finding}s with a stable code, the JSON Pointer of
 * the place and the line and column (columns in code points); nothing else escapes a read method
 * for bad input, whatever the bytes. A failing stream or file arrives as {@link
 * UncheckedIOException}. Strict reading (the default) rejects unknown members; lenient reading
 * reports them to a listener as warnings and skips them.
 *
 * <p>Writing is deterministic: UTF-8, members in wire order, absent optionals and empty arrays
 * omitted (except the six entity arrays of a feed), extensions last, sorted by name. Output is
 * compact by default; {@link Builder#pretty(boolean)} or {@link #writePretty(Feed)} give the
 * two-space, {@code \n}-separated form of {@link CasusPrettyPrinter}, ending with a newline.
 *
 * <p>Needs Jackson 2.18 or later 2.x.
 */
public final class CasusJson {

  private static final CasusJson STRICT = builder().build();

  private final ReadMode mode;
  private final @Nullable Consumer<Finding> onUnknownMember;
  private final boolean pretty;
  private final int maxLineLength;
  private final long maxDocumentLength;
  private final JsonFactory factory;
  private final Documents documents;

  private CasusJson(Builder b) {
    this.mode = b.onUnknownMember == null ? ReadMode.STRICT : ReadMode.LENIENT;
    this.onUnknownMember = b.onUnknownMember;
    this.pretty = b.pretty;
    this.maxLineLength = b.maxLineLength;
    this.maxDocumentLength = b.maxDocumentLength;
    this.factory = factory(b.maxDocumentLength);
    this.documents = new Documents(factory, mode, onUnknownMember, maxDocumentLength);
  }

  /**
   * The default configuration: strict reading, compact writing, default limits.
   *
   * @return the shared strict instance
   */
  public static CasusJson strict() {
    return STRICT;
  }

  /**
   * Lenient reading: unknown members are reported to {@code onUnknownMember} as {@code
   * unknown_member} warnings and skipped; every other problem still fails the read.
   *
   * @param onUnknownMember receives each unknown member, with its pointer, line and column
   * @return the configuration
   */
  public static CasusJson lenient(Consumer<Finding> onUnknownMember) {
    return builder().lenient(onUnknownMember).build();
  }

  /**
   * A builder, starting from the strict defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder starting from this configuration.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.onUnknownMember = onUnknownMember;
    b.pretty = pretty;
    b.maxLineLength = maxLineLength;
    b.maxDocumentLength = maxDocumentLength;
    return b;
  }

  // ------------------------------------------------------------------ documents: read

  /**
   * Reads a feed document.
   *
   * @param json the document
   * @return the feed
   * @throws CasusReadException if the document is not a valid Casus feed
   */
  public Feed readFeed(String json) {
    return Documents.value(documents.read(json, null, FeedDeserializer::read));
  }

  /**
   * Reads a feed document from UTF-8 bytes.
   *
   * @param json the document
   * @return the feed
   * @throws CasusReadException if the document is not a valid Casus feed
   */
  public Feed readFeed(byte[] json) {
    return Documents.value(documents.read(json, json.length, null, FeedDeserializer::read));
  }

  /**
   * Reads a feed document from a stream, to its end; the stream is not closed.
   *
   * @param in the UTF-8 document
   * @return the feed
   * @throws CasusReadException if the document is not a valid Casus feed
   * @throws UncheckedIOException if reading the stream fails
   */
  public Feed readFeed(InputStream in) {
    return Documents.value(documents.read(in, null, FeedDeserializer::read));
  }

  /**
   * Reads a feed document from a file; findings name the file.
   *
   * @param path the UTF-8 document
   * @return the feed
   * @throws CasusReadException if the document is not a valid Casus feed
   * @throws UncheckedIOException if reading the file fails
   */
  public Feed readFeed(Path path) {
    return Documents.value(documents.read(path, FeedDeserializer::read));
  }

  /**
   * Reads a feed document without stopping at problems: every problem is a finding, in document
   * order; entities with a problem are left out of the feed. Never throws for bad data.
   *
   * @param json the document
   * @return the feed, if its own members could be read, and every finding
   */
  public ReadResult<Feed> readFeedCollecting(String json) {
    return collecting().read(json, null, FeedDeserializer::read);
  }

  /**
   * Reads a feed document from UTF-8 bytes without stopping at problems; see {@link
   * #readFeedCollecting(String)}.
   *
   * @param json the document
   * @return the feed, if its own members could be read, and every finding
   */
  public ReadResult<Feed> readFeedCollecting(byte[] json) {
    return collecting().read(json, json.length, null, FeedDeserializer::read);
  }

  /**
   * Reads a feed document from a stream without stopping at problems; see {@link
   * #readFeedCollecting(String)}. The stream is not closed.
   *
   * @param in the document
   * @return the feed, if its own members could be read, and every finding
   * @throws UncheckedIOException if reading the stream fails
   */
  public ReadResult<Feed> readFeedCollecting(InputStream in) {
    return collecting().read(in, null, FeedDeserializer::read);
  }

  /**
   * Reads a feed document from a file without stopping at problems; see {@link
   * #readFeedCollecting(String)}. Findings name the file.
   *
   * @param path the document
   * @return the feed, if its own members could be read, and every finding
   * @throws UncheckedIOException if reading the file fails
   */
  public ReadResult<Feed> readFeedCollecting(Path path) {
    return collecting().read(path, FeedDeserializer::read);
  }

  /**
   * Reads one model value of any Casus type (an entity, the feed header, a value type such as
   * {@code Estimate} or {@code Location}, an id, an EDTF time, a code list) from its JSON.
   *
   * @param json the JSON of the value
   * @param type the model type
   * @param <T> the model type
   * @return the value
   * @throws CasusReadException if the JSON is not a valid value of the type
   * @throws IllegalArgumentException if {@code type} is not a Casus model type
   */
  public <T> T readValue(String json, Class<T> type) {
    CasusDeserializer<?> d = deserializer(type);
    Object value = Documents.value(documents.read(json, null, d::decode));
    return type.cast(value);
  }

  // ------------------------------------------------------------------ documents: write

  /**
   * Writes a feed document, compact unless this configuration is pretty.
   *
   * @param feed the feed
   * @return the JSON text
   * @throws IllegalArgumentException if an extension value is not one JSON value
   */
  public String writeFeed(Feed feed) {
    return new String(writeFeedBytes(feed), StandardCharsets.UTF_8);
  }

  /**
   * Writes a feed document as UTF-8 bytes, compact unless this configuration is pretty.
   *
   * @param feed the feed
   * @return the UTF-8 bytes
   * @throws IllegalArgumentException if an extension value is not one JSON value
   */
  public byte[] writeFeedBytes(Feed feed) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    // no separate extension check: a bad extension fails the write and nothing is returned
    writeFeed(feed, out, pretty, false);
    return out.toByteArray();
  }

  /**
   * Writes a feed document in the pretty form, whatever this configuration says: two-space
   * indentation, {@code \n} line ends, a final newline.
   *
   * @param feed the feed
   * @return the JSON text
   * @throws IllegalArgumentException if an extension value is not one JSON value
   */
  public String writePretty(Feed feed) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    writeFeed(feed, out, true, false);
    return new String(out.toByteArray(), StandardCharsets.UTF_8);
  }

  /**
   * Writes a feed document to a stream, which is flushed, not closed. Extension values are checked
   * before anything is written.
   *
   * @param feed the feed
   * @param out where to write the UTF-8 bytes
   * @throws IllegalArgumentException if an extension value is not one JSON value
   * @throws UncheckedIOException if the stream fails
   */
  public void writeFeed(Feed feed, OutputStream out) {
    writeFeed(feed, out, pretty, true);
  }

  /**
   * Writes a feed document to a file, replacing it.
   *
   * @param feed the feed
   * @param path the file
   * @throws IllegalArgumentException if an extension value is not one JSON value
   * @throws UncheckedIOException if writing the file fails
   */
  public void writeFeed(Feed feed, Path path) {
    FeedSerializer.checkExtensions(feed);
    try (OutputStream out = Files.newOutputStream(path)) {
      writeFeed(feed, out, pretty, false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes one model value of any Casus type (an entity, a value type, an id, an EDTF time, a
   * code list) in its wire form, compact unless this configuration is pretty.
   *
   * @param value the value
   * @return the JSON text
   * @throws IllegalArgumentException if {@code value} is not a Casus model value, or an extension
   *     value is not one JSON value
   */
  @SuppressWarnings("unchecked")
  public String writeValue(Object value) {
    JsonSerializer<Object> s = (JsonSerializer<Object>) CasusSerializers.forClass(value.getClass());
    if (s == null) {
      throw new IllegalArgumentException("not a Casus model value: " + value.getClass().getName());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator g = generator(out, pretty)) {
      s.serialize(value, g, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new String(out.toByteArray(), StandardCharsets.UTF_8);
  }

  // ------------------------------------------------------------------ JSON Lines

  /**
   * A reader of a JSON Lines feed that passes every bad line to {@code onBadLine} and goes on with
   * the next line.
   *
   * @param in the UTF-8 stream; closed when the reader is
   * @param onBadLine receives one exception per bad line, in order
   * @return the reader
   */
  public JsonLinesReader jsonLinesReader(
      InputStream in, Consumer<CasusReadException> onBadLine) {
    return new JsonLinesReader(
        in, factory, mode, onUnknownMember, null, maxLineLength, onBadLine);
  }

  /**
   * A reader of a JSON Lines feed that throws the first bad line's {@link CasusReadException}
   * from {@code hasNext()}, after every good record before it.
   *
   * @param in the UTF-8 stream; closed when the reader is
   * @return the reader
   */
  public JsonLinesReader jsonLinesReader(InputStream in) {
    return jsonLinesReader(
        in,
        e -> {
          throw e;
        });
  }

  /**
   * A reader of a JSON Lines file; findings name the file. Close the reader to close the file.
   *
   * @param path the file
   * @param onBadLine receives one exception per bad line, in order
   * @return the reader
   * @throws UncheckedIOException if the file cannot be opened
   */
  public JsonLinesReader jsonLinesReader(Path path, Consumer<CasusReadException> onBadLine) {
    try {
      return new JsonLinesReader(
          Files.newInputStream(path),
          factory,
          mode,
          onUnknownMember,
          path.toString(),
          maxLineLength,
          onBadLine);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A writer of a JSON Lines feed. Closing it closes {@code out}.
   *
   * @param out the stream to write UTF-8 lines to
   * @return the writer
   * @throws UncheckedIOException if the generator cannot be created
   */
  public JsonLinesWriter jsonLinesWriter(OutputStream out) {
    try {
      JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8);
      g.configure(StreamWriteFeature.AUTO_CLOSE_TARGET.mappedFeature(), true);
      return new JsonLinesWriter(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------------ databind

  /**
   * A new {@link ObjectMapper} with the {@link CasusModule}, the Casus reader limits, trailing
   * tokens rejected, and the pretty printer of this library (enabled when this configuration is
   * pretty). Each call returns a new mapper that the caller may configure further.
   *
   * @return the mapper
   */
  public ObjectMapper mapper() {
    JsonFactory f =
        JsonFactory.builder()
            .streamReadConstraints(Limits.constraints(maxDocumentLength))
            .build();
    return JsonMapper.builder(f)
        .addModule(new CasusModule())
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .defaultPrettyPrinter(new CasusPrettyPrinter())
        .configure(SerializationFeature.INDENT_OUTPUT, pretty)
        .build();
  }

  // ------------------------------------------------------------------ configuration

  /**
   * Whether unknown members are reported and skipped instead of failing the read.
   *
   * @return true for a lenient configuration
   */
  public boolean isLenient() {
    return mode == ReadMode.LENIENT;
  }

  /**
   * Whether documents are written in the pretty form.
   *
   * @return true if pretty
   */
  public boolean isPretty() {
    return pretty;
  }

  /**
   * The longest JSON Lines line read, in bytes.
   *
   * @return the limit
   */
  public int maxLineLength() {
    return maxLineLength;
  }

  /**
   * The longest document read, in bytes.
   *
   * @return the limit
   */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  /**
   * A collecting document reader whose unknown members go to {@code listener}: for validation,
   * which needs a listener per call.
   */
  Documents collectingWith(Consumer<Finding> listener) {
    return new Documents(factory, ReadMode.COLLECT, listener, maxDocumentLength);
  }

  /**
   * A collecting JSON Lines reader, for validation: a bad line is passed to {@code onBadLine} with
   * every finding of the line, not only the first; the non-breaking findings of a good line
   * (unknown and repeated members) go to {@code listener}.
   */
  JsonLinesReader jsonLinesReaderWith(
      InputStream in,
      @Nullable String input,
      Consumer<Finding> listener,
      Consumer<CasusReadException> onBadLine) {
    return new JsonLinesReader(
        in, factory, ReadMode.COLLECT, listener, input, maxLineLength, onBadLine);
  }

  private Documents collecting() {
    return documents.withMode(ReadMode.COLLECT);
  }

  private void writeFeed(
      Feed feed, OutputStream out, boolean prettyOutput, boolean checkExtensionsFirst) {
    if (checkExtensionsFirst) {
      // a bad extension must fail the write before anything reaches the caller's stream
      FeedSerializer.checkExtensions(feed);
    }
    try (JsonGenerator g = generator(out, prettyOutput)) {
      FeedSerializer.write(feed, g);
      if (prettyOutput) {
        g.writeRaw('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonGenerator generator(OutputStream out, boolean prettyOutput) throws IOException {
    JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8);
    if (prettyOutput) {
      g.setPrettyPrinter(new CasusPrettyPrinter());
    }
    return g;
  }

  private static CasusDeserializer<?> deserializer(Class<?> type) {
    if (type.isEnum() && dev.casus.core.code.CodeList.class.isAssignableFrom(type)) {
      return codeListDeserializer(type);
    }
    Object d = CasusDeserializers.forClass(type);
    if (!(d instanceof CasusDeserializer)) {
      throw new IllegalArgumentException("not a Casus model type: " + type.getName());
    }
    return (CasusDeserializer<?>) d;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static CasusDeserializer<?> codeListDeserializer(Class<?> type) {
    return new CodeListDeserializer(type);
  }

  private static JsonFactory factory(long maxDocumentLength) {
    return JsonFactory.builder()
        .streamReadConstraints(Limits.constraints(maxDocumentLength))
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        // coordinates: the same doubles as Double.parseDouble (correctly rounded), several
        // times faster than the JDK's FloatingDecimal
        .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        // not COMBINE_UNICODE_SURROGATES_IN_UTF8: before Jackson 2.21 it corrupts an unpaired
        // surrogate and the character after it; characters beyond U+FFFF are written as
        // surrogate-pair escapes instead, the same bytes on every Jackson version
        .build();
  }

  /** Options of a {@link CasusJson}. */
  public static final class Builder {

    private @Nullable Consumer<Finding> onUnknownMember;
    private boolean pretty;
    private int maxLineLength = Limits.DEFAULT_MAX_LINE_LENGTH;
    private long maxDocumentLength = Limits.DEFAULT_MAX_DOCUMENT_LENGTH;

    private Builder() {}

    /**
     * Strict reading: an unknown member fails the read (the default).
     *
     * @return this builder
     */
    public Builder strict() {
      this.onUnknownMember = null;
      return this;
    }

    /**
     * Lenient reading: unknown members are reported to {@code onUnknownMember} as warnings and
     * skipped.
     *
     * @param onUnknownMember the listener
     * @return this builder
     */
    public Builder lenient(Consumer<Finding> onUnknownMember) {
      this.onUnknownMember = Objects.requireNonNull(onUnknownMember, "onUnknownMember");
      return this;
    }

    /**
     * Whether documents are written in the pretty form (two-space indentation, {@code \n} line
     * ends, a final newline) instead of compact.
     *
     * @param pretty true for pretty output
     * @return this builder
     */
    public Builder pretty(boolean pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * The longest JSON Lines line to read, in bytes (default 8 MiB); longer lines are reported as
     * {@code limit_exceeded} and skipped.
     *
     * @param bytes the limit, at least 2
     * @return this builder
     * @throws IllegalArgumentException if {@code bytes} is less than 2
     */
    public Builder maxLineLength(int bytes) {
      if (bytes < 2 || bytes > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException(
            "CasusJson.maxLineLength must be between 2 and " + (Integer.MAX_VALUE - 8)
                + ", got " + bytes);
      }
      this.maxLineLength = bytes;
      return this;
    }

    /**
     * The longest document to read, in bytes (default 1 GiB); longer documents are rejected with
     * {@code limit_exceeded}.
     *
     * @param bytes the limit, at least 2
     * @return this builder
     * @throws IllegalArgumentException if {@code bytes} is less than 2
     */
    public Builder maxDocumentLength(long bytes) {
      if (bytes < 2) {
        throw new IllegalArgumentException(
            "CasusJson.maxDocumentLength must be at least 2, got " + bytes);
      }
      this.maxDocumentLength = bytes;
      return this;
    }

    /**
     * The configuration.
     *
     * @return a new immutable, thread-safe instance
     */
    public CasusJson build() {
      return new CasusJson(this);
    }
  }
}
