package dev.casus.examples.seed;

import static dev.casus.examples.seed.KarabakhIds.*;

import dev.casus.core.source.Source;
import dev.casus.core.source.SourceId;
import dev.casus.core.source.SourceKind;
import dev.casus.core.time.EdtfTime;
import java.util.List;

/**
 * The sources of the seed feed: the article, the photo it carries, and the posts, statements and
 * address it reports. Only the article was read; the others are known through it, so nothing here
 * claims more about them than the article says (no URLs, no exact times).
 */
final class KarabakhSources {

  private KarabakhSources() {}

  static List<Source> all() {
    EdtfTime sunday = EdtfTime.parse("2020-10-04");
    return List.of(
        // The article. Its byline credits "TRTWorld and agencies"; which agencies is not said, so
        // the byline is kept as written. The headline is not in the stored text, and the URL is
        // not known, so both stay absent rather than being guessed.
        Source.builder()
            .id(SRC_TRT)
            .kind(SourceKind.NEWS_ARTICLE)
            .publisher("TRT World")
            .byline("TRTWorld and agencies")
            .author(ACT_TRT_WORLD)
            .published(sunday)
            .build(),

        // The photo inside the article: partOf says it was published as part of the article.
        Source.builder()
            .id(SRC_REUTERS_PHOTO)
            .kind(SourceKind.PHOTO)
            .title(
                "Aftermath of recent shelling during a military conflict over the breakaway region"
                    + " of Nagorno-Karabakh in the city of Ganja, Azerbaijan October 4, 2020.")
            .publisher("Reuters")
            .published(sunday)
            .partOf(SRC_TRT)
            .build(),

        // Hajiyev's tweets. "Hajiyev on Sunday tweeted a video depicting damaged buildings ..."
        // The video is inside the tweet, so it is described by the tweet's title rather than being
        // a source of its own (SourceKind.VIDEO is for videos published on their own).
        Source.builder()
            .id(SRC_HAJIYEV_TWEET_GANJA)
            .kind(SourceKind.TWEET)
            .title("Video depicting damaged buildings in Ganja")
            .author(ACT_HAJIYEV)
            .published(sunday)
            .build(),
        // "Hajiyev said in another tweet that Armenian forces also hit Mingachevir ..." The
        // article does not say that tweet was sent on Sunday; EDTF's "?" marks the date uncertain.
        Source.builder()
            .id(SRC_HAJIYEV_TWEET_MINGACHEVIR)
            .kind(SourceKind.TWEET)
            .author(ACT_HAJIYEV)
            .published(EdtfTime.parse("2020-10-04?"))
            .build(),

        // "The ministry's spokeswoman Shushan Stepanian wrote on Facebook ..."
        Source.builder()
            .id(SRC_STEPANIAN_FACEBOOK)
            .kind(SourceKind.FACEBOOK_POST)
            .author(ACT_STEPANIAN)
            .published(EdtfTime.parse("2020-10-04?"))
            .build(),

        // "Nagorno-Karabakh's leader, Arayik Harutyunyan, said on Facebook ..."
        Source.builder()
            .id(SRC_HARUTYUNYAN_FACEBOOK)
            .kind(SourceKind.FACEBOOK_POST)
            .author(ACT_HARUTYUNYAN)
            .published(EdtfTime.parse("2020-10-04?"))
            .build(),

        // "His spokesman Vahram Poghosyan told Armenian media on Sunday evening ..." Which outlet
        // carried it is not said, so the kind is OTHER and the title describes it.
        Source.builder()
            .id(SRC_POGHOSYAN_MEDIA)
            .kind(SourceKind.OTHER)
            .title("Vahram Poghosyan's remarks to Armenian media")
            .author(ACT_POGHOSYAN)
            .published(sunday)
            .build(),

        // "... Azerbaijani Defence Minister Zakir Hasanov said in a statement on Sunday."
        Source.builder()
            .id(SRC_HASANOV_STATEMENT)
            .kind(SourceKind.OFFICIAL_DOCUMENT)
            .title("Statement by Azerbaijani Defence Minister Zakir Hasanov")
            .author(ACT_HASANOV)
            .published(sunday)
            .build(),

        // "In an address to the nation, Aliyev said ..."
        Source.builder()
            .id(SRC_ALIYEV_ADDRESS)
            .kind(SourceKind.BROADCAST)
            .title("Address to the nation by President Ilham Aliyev")
            .author(ACT_ALIYEV)
            .published(EdtfTime.parse("2020-10-04?"))
            .build(),

        // "Multiple UN resolutions ... demand the withdrawal of the invading forces." The article
        // names neither the resolutions nor their dates.
        Source.builder()
            .id(SRC_UN_RESOLUTIONS)
            .kind(SourceKind.OFFICIAL_DOCUMENT)
            .title("UN resolutions demanding the withdrawal of the invading forces")
            .publisher("United Nations")
            .author(ACT_UN)
            .build(),

        // The "READ MORE" links: other TRT World articles, known only by their headlines. They
        // are not part of this article (so no partOf); Casus has no "links to" relation between
        // sources.
        readMore(
            SRC_READ_MORE_CIVILIANS, "Armenia targets Azerbaijan's civilians in fresh fighting"),
        readMore(
            SRC_READ_MORE_SOLDIERS,
            "Azerbaijan kills dozens of Armenian soldiers in Karabakh fighting"),
        readMore(
            SRC_READ_MORE_PKK,
            "Are PKK-linked terrorists fighting alongside Armenia in occupied-Karabakh?"));
  }

  private static Source readMore(SourceId id, String headline) {
    return Source.builder()
        .id(id)
        .kind(SourceKind.NEWS_ARTICLE)
        .title(headline)
        .publisher("TRT World")
        .author(ACT_TRT_WORLD)
        .build();
  }
}
