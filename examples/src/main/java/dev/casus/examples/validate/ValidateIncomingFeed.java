package dev.casus.examples.validate;

import dev.casus.core.feed.Feed;
import dev.casus.core.validation.Finding;
import dev.casus.core.validation.Severity;
import dev.casus.core.validation.ValidationProfile;
import dev.casus.core.validation.ValidationReport;
import dev.casus.jackson.CasusJson;
import dev.casus.jackson.FeedValidator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Validates feeds received from elsewhere before trusting them: gets every finding (not only the
 * first), prints them, and acts on the report. A feed with an error is rejected and not loaded; a
 * feed with only warnings is loaded, and its warnings are printed for someone to review.
 *
 * <p>Without arguments it checks the two documents bundled with it: {@code
 * incoming-broken.casus.json}, with a mistake of almost every kind (an unknown member, a duplicate
 * id, a latitude of 91, an unknown incident type, a day 32, a count whose low is above its high, a
 * reference to an incident the feed does not hold), and {@code incoming-warnings.casus.json},
 * which is well-formed but has an incident without a location and a casualty report dated before
 * its incident. With arguments it checks those files instead.
 *
 * <pre>{@code
 * java -cp <classpath> dev.casus.examples.validate.ValidateIncomingFeed [feed.casus.json ...]
 * }</pre>
 */
public final class ValidateIncomingFeed {

  /** The bundled documents checked when no file is given. */
  static final String[] BUNDLED = {"incoming-broken.casus.json", "incoming-warnings.casus.json"};

  /** What to do with a feed, given its validation report. */
  enum Decision {
    /** No finding at all: load it. */
    ACCEPT,
    /** Warnings or infos but no error: load it, and keep the findings for review. */
    ACCEPT_WITH_WARNINGS,
    /** At least one error: do not load it. */
    REJECT
  }

  private ValidateIncomingFeed() {}

  /**
   * Validates the given feed documents, or the two bundled ones, and says what it does with each.
   *
   * @param args paths of feed documents; none for the bundled examples
   * @throws IOException if a file or resource cannot be read
   */
  public static void main(String[] args) throws IOException {
    // One validator for everything: strict reports unknown members as errors. A consumer that
    // reads feeds from newer producers would use ValidationProfile.lenient() (they become
    // warnings), or switch single checks off: strict().disable(FindingCode.DATED_AFTER_FEED).
    FeedValidator validator = FeedValidator.create(ValidationProfile.strict());
    if (args.length == 0) {
      for (String name : BUNDLED) {
        check(validator, name, bundled(name));
      }
    } else {
      for (String arg : args) {
        check(validator, arg, Files.readAllBytes(Path.of(arg)));
      }
    }
  }

  /** Validates one document, prints every finding, and accepts or rejects it. */
  private static void check(FeedValidator validator, String name, byte[] document) {
    ValidationReport report = validator.validateDocument(new ByteArrayInputStream(document));

    System.out.println("== " + name);
    // e.g. "invalid: 7 errors, 1 warning, 0 infos in 9 records"
    System.out.println(report.summary());
    // Every finding, in document order: line:column: SEVERITY code /json/pointer message
    for (Finding finding : report.findings()) {
      System.out.println("  " + finding);
    }

    Decision decision = decide(report);
    switch (decision) {
      case REJECT ->
          System.out.println(
              "REJECT: "
                  + report.count(Severity.ERROR)
                  + " error(s); the feed is not loaded. Send the findings back to its producer.");
      case ACCEPT_WITH_WARNINGS -> {
        Feed feed = CasusJson.strict().readFeed(document);
        System.out.println(
            "ACCEPT with "
                + report.count(Severity.WARNING)
                + " warning(s): loaded "
                + feed.entityCount()
                + " entities ("
                + feed.incidents().size()
                + " incidents); the warnings go to review.");
      }
      case ACCEPT -> {
        Feed feed = CasusJson.strict().readFeed(document);
        System.out.println("ACCEPT: loaded " + feed.entityCount() + " entities.");
      }
    }
    System.out.println();
  }

  /**
   * The policy of this consumer: errors reject the feed, warnings do not.
   *
   * @param report the validation report
   * @return what to do with the feed
   */
  static Decision decide(ValidationReport report) {
    if (!report.isValid()) {
      return Decision.REJECT;
    }
    return report.findings().isEmpty() && !report.isPartial()
        ? Decision.ACCEPT
        : Decision.ACCEPT_WITH_WARNINGS;
  }

  private static byte[] bundled(String name) {
    try (InputStream in = ValidateIncomingFeed.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
