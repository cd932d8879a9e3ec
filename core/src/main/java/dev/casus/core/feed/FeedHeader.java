package dev.casus.core.feed;

import org.immutables.value.Value;

/**
 * The metadata of a feed without its entities: what the first line of a JSON Lines feed carries
 * ({@code {"type":"feed","schemaVersion":"1.0","producer":...}}), so that a large feed can be
 * streamed record by record.
 */
@Value.Immutable
public abstract class FeedHeader implements FeedMetadata {

  FeedHeader() {}

  /**
   * A builder for a feed header.
   *
   * @return a new builder
   */
  public static ImmutableFeedHeader.Builder builder() {
    return ImmutableFeedHeader.builder();
  }

  @Value.Check
  final void check() {
    FeedMetadata.check("FeedHeader", this);
  }
}
