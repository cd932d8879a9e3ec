package dev.casus.core.feed;

import dev.casus.core.extension.Extensions;
import dev.casus.core.text.FreeText;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * What describes a feed as a whole, apart from its entities: schema version, producer, creation
 * time, description, whether it is partial, and producer extensions. {@link Feed} and {@link
 * FeedHeader} (the first line of a JSON Lines feed) share it, and each builder can copy it from
 * the other with {@code from(...)}.
 */
public interface FeedMetadata {

  /** The version of the Casus schema this library writes. */
  String CURRENT_SCHEMA_VERSION = "1.0";

  /**
   * The version of the Casus schema the feed follows ({@code major.minor}).
   *
   * @return the schema version; {@link #CURRENT_SCHEMA_VERSION} unless set
   */
  @Value.Default
  default String schemaVersion() {
    return CURRENT_SCHEMA_VERSION;
  }

  /**
   * Who produced the feed: a pipeline, an analyst, an organisation.
   *
   * @return the producer
   */
  String producer();

  /**
   * When the feed was created.
   *
   * @return the creation instant
   */
  Instant createdAt();

  /**
   * A short description of what the feed covers.
   *
   * @return the description, if any
   */
  Optional<String> description();

  /**
   * Whether the feed is declared partial: it refers to entities published elsewhere, so
   * unresolved references are expected.
   *
   * @return true if partial; false unless set
   */
  @Value.Default
  default boolean partial() {
    return false;
  }

  /**
   * Producer extensions: members named {@code x-...}, as raw JSON text (see {@link Extensions}).
   *
   * @return extension member name to raw JSON text, possibly empty
   */
  Map<String, String> extensions();

  /**
   * Checks the invariants of feed metadata.
   *
   * @param owner the simple name of the type, for messages
   * @param metadata the metadata to check
   * @throws IllegalArgumentException naming the member that is wrong
   */
  static void check(String owner, FeedMetadata metadata) {
    FreeText.check(owner, "producer", metadata.producer());
    metadata.description().ifPresent(d -> FreeText.check(owner, "description", d));
    if (!SchemaVersionPattern.PATTERN.matcher(metadata.schemaVersion()).matches()) {
      throw new IllegalArgumentException(
          owner
              + ".schemaVersion must be major.minor (e.g. \"1.0\"), got \""
              + metadata.schemaVersion()
              + "\"");
    }
    Extensions.check(owner, metadata.extensions());
  }

  /** Holds the compiled schema-version grammar. */
  final class SchemaVersionPattern {
    static final Pattern PATTERN = Pattern.compile("[1-9][0-9]{0,3}\\.[0-9]{1,4}");

    private SchemaVersionPattern() {}
  }
}
