package dev.casus.jackson.deser;

import dev.casus.core.feed.FeedHeader;
import dev.casus.core.feed.ImmutableFeedHeader;
import dev.casus.core.validation.FindingCode;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The members a feed document and a JSON Lines feed header share: {@code schemaVersion}, {@code
 * producer}, {@code createdAt}, {@code description}, {@code partial} and {@code x-*} extensions.
 */
final class HeaderFields {

  /** The members, for messages. */
  static final String MEMBERS = "schemaVersion, producer, createdAt, description, partial";

  static final int SCHEMA_VERSION = 1;
  static final int PRODUCER = 1 << 1;
  static final int CREATED_AT = 1 << 2;
  static final int DESCRIPTION = 1 << 3;
  static final int PARTIAL = 1 << 4;

  /** The schema versions this reader reads: 1.x. */
  private static final Pattern SUPPORTED = Pattern.compile("1\\.[0-9]{1,4}");

  private final ImmutableFeedHeader.Builder builder = FeedHeader.builder();
  private final String owner;
  private @Nullable Map<String, String> extensions;

  /**
   * Fields of a feed or of a feed header.
   *
   * @param owner the model type for messages, {@code "Feed"} or {@code "FeedHeader"}
   */
  HeaderFields(String owner) {
    this.owner = owner;
  }

  /**
   * Reads the member the parser is on if it is a header member or an extension.
   *
   * @return false if the member is neither (the parser has not moved)
   */
  boolean read(ReadContext c, String name, String what, String expected) throws IOException {
    switch (name) {
      case "schemaVersion":
        if (c.first(SCHEMA_VERSION)) {
          String v = Scalars.string(c, "schemaVersion");
          if (v != null) {
            if (SUPPORTED.matcher(v).matches()) {
              builder.schemaVersion(v);
            } else {
              c.fail(
                  FindingCode.UNSUPPORTED_SCHEMA_VERSION,
                  "schemaVersion "
                      + Scalars.quote(v)
                      + " is not supported: this reader reads schema versions 1.x (\"1.0\")");
            }
          }
        }
        return true;
      case "producer":
        if (c.first(PRODUCER)) {
          String v = Scalars.text(c, owner, "producer");
          if (v != null) {
            builder.producer(v);
          }
        }
        return true;
      case "createdAt":
        if (c.first(CREATED_AT)) {
          Instant v = Scalars.instant(c, "createdAt");
          if (v != null) {
            builder.createdAt(v);
          }
        }
        return true;
      case "description":
        if (c.first(DESCRIPTION)) {
          String v = Scalars.text(c, owner, "description");
          if (v != null) {
            builder.description(v);
          }
        }
        return true;
      case "partial":
        if (c.first(PARTIAL)) {
          int v = Scalars.bool(c, "partial");
          if (v >= 0) {
            builder.partial(v == 1);
          }
        }
        return true;
      default:
        if (name.startsWith("x-")) {
          extensions = ExtensionReader.memberOrUnknown(c, name, extensions, what, expected);
          return true;
        }
        return false;
    }
  }

  /** Reports the required members that were not seen. */
  void require(ReadContext c, String what) {
    c.require(SCHEMA_VERSION, "schemaVersion", what);
    c.require(PRODUCER, "producer", what);
    c.require(CREATED_AT, "createdAt", what);
  }

  /** Builds the header; throws what the model throws. */
  FeedHeader build() {
    if (extensions != null) {
      builder.putAllExtensions(extensions);
    }
    return builder.build();
  }
}
