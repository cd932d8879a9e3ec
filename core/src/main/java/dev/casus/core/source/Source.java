package dev.casus.core.source;

import dev.casus.core.actor.ActorId;
import dev.casus.core.entity.Entity;
import dev.casus.core.extension.Extensions;
import dev.casus.core.identifier.ExternalId;
import dev.casus.core.text.FreeText;
import dev.casus.core.time.EdtfTime;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a fact was published. In the seed feed: the TRT World article of 2020-10-04 (byline
 * "TRTWorld and agencies"), the Reuters photo of the aftermath in Ganja that it carries, Hikmet
 * Hajiyev's tweets and Shushan Stepanian's Facebook post.
 *
 * <p>A source is not an actor: the article is published by TRT World, a tweet is authored by
 * Hajiyev. When the author is an actor of the feed, {@link #author()} names it.
 */
@Value.Immutable
public abstract class Source implements Entity {

  Source() {}

  /**
   * A builder for a source.
   *
   * @return a new builder
   */
  public static ImmutableSource.Builder builder() {
    return ImmutableSource.builder();
  }

  /**
   * The source's id in its feed.
   *
   * @return the id
   */
  @Override
  public abstract SourceId id();

  /**
   * What kind of publication this is.
   *
   * @return the kind
   */
  public abstract SourceKind kind();

  /**
   * The headline or title, as published.
   *
   * @return the title, if known
   */
  public abstract Optional<String> title();

  /**
   * Who published it: an outlet ("TRT World", "Reuters") or a platform account.
   *
   * @return the publisher, if known
   */
  public abstract Optional<String> publisher();

  /**
   * The byline or credit line as printed ("TRTWorld and agencies").
   *
   * @return the byline, if any
   */
  public abstract Optional<String> byline();

  /**
   * The actor who authored it, when that actor is in the feed (Hajiyev for his tweets).
   *
   * @return the author, if an actor
   */
  public abstract Optional<ActorId> author();

  /**
   * Where it can be read, an absolute URI.
   *
   * @return the address, if known
   */
  public abstract Optional<URI> url();

  /**
   * When it was published, with the precision known.
   *
   * @return the publication time, if known
   */
  public abstract Optional<EdtfTime> published();

  /**
   * The source this one was published inside: the Reuters photo within the TRT World article.
   *
   * @return the containing source, if any
   */
  public abstract Optional<SourceId> partOf();

  /**
   * Identifiers of this source in other systems.
   *
   * @return the external ids, possibly empty
   */
  public abstract List<ExternalId> externalIds();

  /**
   * Producer extensions: members named {@code x-...}, as raw JSON text, kept through reading and
   * writing unchanged (see {@link Extensions}).
   *
   * @return extension member name to raw JSON text, possibly empty
   */
  @Override
  public abstract Map<String, String> extensions();

  @Value.Check
  final void check() {
    Extensions.check("Source", extensions());
    title().ifPresent(t -> FreeText.check("Source", "title", t));
    publisher().ifPresent(t -> FreeText.check("Source", "publisher", t));
    byline().ifPresent(t -> FreeText.check("Source", "byline", t));
    url()
        .ifPresent(
            u -> {
              if (!u.isAbsolute()) {
                throw new IllegalArgumentException(
                    "Source.url must be an absolute URI, got \"" + u + "\"");
              }
            });
    if (partOf().isPresent() && partOf().get().equals(id())) {
      throw new IllegalArgumentException("Source.partOf must not be the source itself: " + id());
    }
  }
}
