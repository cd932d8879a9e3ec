package dev.casus.core.validation;

import dev.casus.core.entity.Entity;
import dev.casus.core.feed.Feed;
import java.util.List;

/**
 * The model-level checks of a feed held in memory: references, duplicate ids, cycles and
 * plausibility, each finding with the JSON Pointer the wire format gives the place ({@code
 * /incidents/3/participants/0/actor}). It feeds the entities to {@link StreamingChecks} in feed
 * member order, so a feed gets the same findings in memory and streamed.
 *
 * <p>Example: {@code ModelValidator.validate(feed).isValid()} is what a consumer asks before it
 * trusts the seed article's feed.
 */
public final class ModelValidator {

  private ModelValidator() {}

  /**
   * Checks a feed with the {@link ValidationProfile#strict() strict} profile.
   *
   * @param feed the feed
   * @return the report
   */
  public static ValidationReport validate(Feed feed) {
    return validate(feed, ValidationProfile.strict());
  }

  /**
   * Checks a feed.
   *
   * @param feed the feed
   * @param profile the profile
   * @return the report
   */
  public static ValidationReport validate(Feed feed, ValidationProfile profile) {
    ValidationReport.Collector collector = ValidationReport.collector(profile);
    check(feed, collector);
    return collector.build();
  }

  /**
   * Checks a feed into a collector that may hold other findings already, such as the JSON reader's.
   *
   * @param feed the feed
   * @param collector where findings go
   */
  public static void check(Feed feed, ValidationReport.Collector collector) {
    StreamingChecks checks = new StreamingChecks(collector);
    checks.header(feed);
    long ordinal = 0;
    ordinal = acceptAll(checks, "sources", feed.sources(), ordinal);
    ordinal = acceptAll(checks, "actors", feed.actors(), ordinal);
    ordinal = acceptAll(checks, "territories", feed.territories(), ordinal);
    ordinal = acceptAll(checks, "incidents", feed.incidents(), ordinal);
    ordinal = acceptAll(checks, "statements", feed.statements(), ordinal);
    acceptAll(checks, "casualtyReports", feed.casualtyReports(), ordinal);
    checks.finish();
  }

  private static long acceptAll(
      StreamingChecks checks, String member, List<? extends Entity> entities, long ordinal) {
    for (int i = 0; i < entities.size(); i++) {
      String pointer = "/" + member + "/" + i;
      checks.accept(entities.get(i), RecordPosition.inDocument(pointer, ordinal + i));
    }
    return ordinal + entities.size();
  }
}
