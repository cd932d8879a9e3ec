package dev.casus.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.casus.core.validation.Finding;
import dev.casus.core.validation.FindingCode;
import dev.casus.core.validation.Severity;
import dev.casus.jackson.deser.Decoder;
import dev.casus.jackson.deser.ReadContext;
import dev.casus.jackson.deser.ReadMode;
import dev.casus.jackson.deser.Utf8;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads one JSON document from bytes, a string, a stream or a file: checks the encoding, parses
 * with the Casus limits, decodes, rejects trailing content, and turns every problem into findings
 * (thrown in strict and lenient mode, returned in collect mode). Nothing but {@link
 * CasusReadException} (bad data) and {@link UncheckedIOException} (a failing stream or file)
 * leaves these methods.
 */
final class Documents {

  private final JsonFactory factory;
  private final ReadMode mode;
  private final @Nullable Consumer<Finding> listener;
  private final long maxDocumentLength;

  Documents(
      JsonFactory factory,
      ReadMode mode,
      @Nullable Consumer<Finding> listener,
      long maxDocumentLength) {
    this.factory = factory;
    this.mode = mode;
    this.listener = listener;
    this.maxDocumentLength = maxDocumentLength;
  }

  /** The same reader in another mode (collecting reads of a strict or lenient configuration). */
  Documents withMode(ReadMode newMode) {
    return new Documents(factory, newMode, listener, maxDocumentLength);
  }

  <T> ReadResult<T> read(byte[] bytes, int length, @Nullable String input, Decoder<T> decoder) {
    if (length > maxDocumentLength) {
      return tooLong(bytes, length, input);
    }
    // checked before Jackson sees the bytes: its encoding detection would otherwise throw
    // CharConversionException (or silently decode UTF-16) while creating the parser
    String encoding = Utf8.encodingProblem(bytes, length);
    if (encoding != null) {
      return outside(located(FindingCode.ENCODING, encoding, 1, 1), input);
    }
    int bad = Utf8.firstInvalid(bytes, 0, length);
    if (bad >= 0) {
      long[] at = Utf8.lineAndColumn(bytes, 0, bad);
      return outside(
          located(FindingCode.ENCODING, Utf8.describeInvalid(bytes, bad, length), at[0], (int) at[1]),
          input);
    }
    JsonParser p;
    try {
      p = factory.createParser(bytes, 0, length);
    } catch (IOException e) {
      return outside(located(FindingCode.ENCODING, String.valueOf(e.getMessage()), 1, 1), input);
    }
    ReadContext c = new ReadContext(p, mode, listener, bytes, length, 1, input);
    // the problem is reported before the parser is closed: Jackson gives some problems (reader
    // limits) no location, and a closed parser no longer knows where it stopped
    try (p) {
      try {
        if (p.nextToken() == null) {
          long[] at = Utf8.lineAndColumn(bytes, 0, length);
          c.fatalAt(FindingCode.SYNTAX, "the input holds no JSON value", at[0], (int) at[1]);
          return c.result(null);
        }
        T value = decoder.decode(c);
        JsonToken trailing = p.nextToken();
        if (trailing != null) {
          c.fail(
              FindingCode.SYNTAX,
              "unexpected content after the end of the document: the input must hold exactly one"
                  + " JSON value");
        }
        return c.result(value);
      } catch (JsonProcessingException e) {
        c.jacksonProblem(e);
        return c.result(null);
      } catch (IOException e) {
        // in-memory input: any other parser failure is about the bytes, not a stream
        c.ioProblem(e);
        return c.result(null);
      }
    } catch (IOException e) {
      // closing a parser over in-memory bytes does not fail
      throw new UncheckedIOException(e);
    }
  }

  private static Finding located(FindingCode code, String message, long line, int column) {
    return Finding.builder()
        .severity(code.defaultSeverity())
        .code(code)
        .pointer("")
        .line(line)
        .column(column)
        .message(message)
        .build();
  }

  <T> ReadResult<T> read(String json, @Nullable String input, Decoder<T> decoder) {
    int bad = unpairedSurrogate(json);
    if (bad >= 0) {
      long line = 1;
      int lineStart = 0;
      for (int i = 0; i < bad; i++) {
        if (json.charAt(i) == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      Finding f =
          Finding.builder()
              .severity(Severity.ERROR)
              .code(FindingCode.ENCODING)
              .pointer("")
              .line(line)
              .column(json.codePointCount(lineStart, bad) + 1)
              .message(
                  String.format(
                      "the text holds an unpaired UTF-16 surrogate U+%04X, which is not a"
                          + " Unicode character and cannot be encoded in UTF-8",
                      (int) json.charAt(bad)))
              .build();
      return outside(f, input);
    }
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    return read(bytes, bytes.length, input, decoder);
  }

  <T> ReadResult<T> read(InputStream in, @Nullable String input, Decoder<T> decoder) {
    byte[] bytes = bytes(in);
    return read(bytes, bytes.length, input, decoder);
  }

  /**
   * Reads a stream's bytes, up to one byte past the document length limit: enough for {@link
   * #read(byte[], int, String, Decoder)} to know that a document is too long.
   *
   * @param in the stream, not closed
   * @return the bytes
   * @throws UncheckedIOException if the stream fails
   */
  byte[] bytes(InputStream in) {
    // one byte more than the limit is enough to know the document is too long
    int capacityLimit = (int) Math.min(maxDocumentLength + 1, Integer.MAX_VALUE - 8);
    byte[] bytes;
    try {
      // read in small blocks and copied once into an array of the exact size (or, for a byte
      // array stream, copied at once): doubling a buffer up to the document's size would allocate
      // three times its size in ever larger arrays, each one a humongous object for G1 past a
      // few megabytes, and each such allocation starts a collection
      bytes = in.readNBytes(capacityLimit);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes;
  }

  /**
   * Where the values at some pointers start in a document that was read (see {@link
   * PointerLocations}).
   *
   * @param bytes the document's bytes
   * @param length how many bytes, from index 0, are the document
   * @param pointers the pointers
   * @return {line, column} for each pointer the document holds, or holds an ancestor of
   */
  Map<String, long[]> locate(byte[] bytes, int length, Collection<String> pointers) {
    return PointerLocations.locate(factory, bytes, length, pointers);
  }

  /**
   * A document longer than the limit, of which {@code length} bytes were read: located at the
   * first byte beyond the limit, so that a person sees where the reader gave up.
   */
  private <T> ReadResult<T> tooLong(byte[] bytes, int length, @Nullable String input) {
    int beyond = (int) Math.min(maxDocumentLength, length - 1L);
    long[] at = Utf8.lineAndColumn(bytes, 0, beyond);
    return outside(
        located(
            FindingCode.LIMIT_EXCEEDED,
            "the document is longer than the limit of "
                + maxDocumentLength
                + " bytes and goes on past this point; write large feeds as JSON Lines, which are"
                + " read one record at a time, or raise the limit",
            at[0],
            (int) at[1]),
        input);
  }

  <T> ReadResult<T> read(Path path, Decoder<T> decoder) {
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, path.toString(), decoder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <T> ReadResult<T> outside(FindingCode code, String message, @Nullable String input) {
    var b = Finding.builder().severity(code.defaultSeverity()).code(code).pointer("").message(message);
    if (input != null) {
      b.input(input);
    }
    return outside(b.build(), input);
  }

  private <T> ReadResult<T> outside(Finding f, @Nullable String input) {
    Finding finding = input == null || f.input().isPresent() ? f : Finding.builder().from(f).input(input).build();
    if (mode != ReadMode.COLLECT) {
      throw new CasusReadException(finding);
    }
    return ReadResult.of(null, List.of(finding));
  }

  /** The value of a strict or lenient read, which has thrown if the value was broken. */
  static <T> T value(ReadResult<T> result) {
    return result.value().orElseThrow(() -> new IllegalStateException("a strict read gave no value"));
  }

  private static int unpairedSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (Character.isHighSurrogate(ch)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(ch)) {
        return i;
      }
    }
    return -1;
  }
}
