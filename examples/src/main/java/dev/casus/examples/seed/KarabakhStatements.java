package dev.casus.examples.seed;

import static dev.casus.examples.seed.KarabakhIds.*;

import dev.casus.core.statement.Channel;
import dev.casus.core.statement.Stance;
import dev.casus.core.statement.Statement;
import dev.casus.core.statement.StatementKind;
import dev.casus.core.statement.StatementText;
import dev.casus.core.statement.Subject;
import dev.casus.core.time.EdtfTime;
import java.util.List;

/**
 * What the parties said about the strikes of Sunday 2020-10-04: Azerbaijan's accusations, the
 * Armenian denial, Nagorno-Karabakh's claim of responsibility and its denial about Mingachevir,
 * and the Azerbaijani replies.
 *
 * <p>Each statement has one speaker (possibly on behalf of an organisation), a kind, a channel
 * when the article gives one, and its texts: {@link StatementText#verbatim(String)} for the words
 * the article puts in quotation marks, exactly as printed, and {@link
 * StatementText#paraphrase(String)} for the article's reported speech. Its subjects say what it is
 * about and whether it asserts, denies or disputes it.
 *
 * <p>Times: {@code 2020-10-04} where the article says "on Sunday"; {@code 2020-10-04?} (EDTF
 * "uncertain") where it reports the statement in an article of that day without dating it.
 */
final class KarabakhStatements {

  private KarabakhStatements() {}

  static List<Statement> all() {
    EdtfTime sunday = EdtfTime.parse("2020-10-04");
    EdtfTime sundayUncertain = EdtfTime.parse("2020-10-04?");
    return List.of(
        // --- Azerbaijan accuses. ---------------------------------------------------------------
        // The standfirst: "Azerbaijan says at least four cities outside the occupied Karabakh
        // conflict zone are being attacked by Armenian forces." The speaker is the state, as the
        // article has it. ("At least four" counts cities, not casualties: Casus keeps it as text.)
        Statement.builder()
            .id(ST_AZERBAIJAN_FOUR_CITIES)
            .kind(StatementKind.ACCUSATION)
            .speaker(ACT_AZERBAIJAN)
            .time(sunday)
            .addText(
                StatementText.paraphrase(
                    "At least four cities outside the occupied Karabakh conflict zone are being"
                        + " attacked by Armenian forces."))
            .addSubjects(
                Subject.of(INC_GANJA_STRIKE, Stance.ASSERTS),
                Subject.of(INC_MINGACHEVIR_STRIKE, Stance.ASSERTS),
                Subject.of(INC_KHIZI_ABSHERON_STRIKES, Stance.ASSERTS))
            .addSource(SRC_TRT)
            .build(),
        // "Hikmet Hajiyev ... said on Sunday that Armenia targeted large cities Ganja and
        // Mingachevir with missile strikes." The channel is not given.
        Statement.builder()
            .id(ST_HAJIYEV_CITIES)
            .kind(StatementKind.ACCUSATION)
            .speaker(ACT_HAJIYEV)
            .time(sunday)
            .addText(
                StatementText.paraphrase(
                    "Armenia targeted large cities Ganja and Mingachevir with missile strikes."))
            .addSubjects(
                Subject.of(INC_GANJA_STRIKE, Stance.ASSERTS),
                Subject.of(INC_MINGACHEVIR_STRIKE, Stance.ASSERTS))
            .addSource(SRC_TRT)
            .build(),
        // "Hajiyev on Sunday tweeted a video depicting damaged buildings, and called it the result
        // of "Armenia's massive missile attacks against dense residential areas" in Ganja."
        // The verbatim text keeps the article's typographic apostrophe (U+2019).
        Statement.builder()
            .id(ST_HAJIYEV_GANJA_TWEET)
            .kind(StatementKind.ACCUSATION)
            .speaker(ACT_HAJIYEV)
            .time(sunday)
            .channel(Channel.TWEET)
            .addTexts(
                StatementText.verbatim(
                    "Armenia’s massive missile attacks against dense residential areas"),
                StatementText.paraphrase(
                    "A video depicting damaged buildings in Ganja shows the result of Armenia's"
                        + " massive missile attacks against dense residential areas."))
            .addSubject(Subject.of(INC_GANJA_STRIKE, Stance.ASSERTS))
            .addSources(SRC_HAJIYEV_TWEET_GANJA, SRC_TRT)
            .build(),
        // "Hajiyev said in another tweet that Armenian forces also hit Mingachevir, which "hosts a
        // water reservoir and key electricity plant," with a missile strike."
        Statement.builder()
            .id(ST_HAJIYEV_MINGACHEVIR_TWEET)
            .kind(StatementKind.ACCUSATION)
            .speaker(ACT_HAJIYEV)
            .time(sundayUncertain)
            .channel(Channel.TWEET)
            .addTexts(
                StatementText.verbatim("hosts a water reservoir and key electricity plant"),
                StatementText.paraphrase(
                    "Armenian forces also hit Mingachevir with a missile strike."))
            .addSubject(Subject.of(INC_MINGACHEVIR_STRIKE, Stance.ASSERTS))
            .addSources(SRC_HAJIYEV_TWEET_MINGACHEVIR, SRC_TRT)
            .build(),
        // "According to Hajiyev, no serious damage was inflicted on the infrastructure in
        // Mingachevir, but "civilians (have been) wounded."" The article does not say whether this
        // was in the same tweet, so it is a statement of its own, without a channel. The
        // brackets are TRT World's and stay in the quote.
        Statement.builder()
            .id(ST_HAJIYEV_MINGACHEVIR_DAMAGE)
            .kind(StatementKind.CLAIM)
            .speaker(ACT_HAJIYEV)
            .time(sundayUncertain)
            .addTexts(
                StatementText.verbatim("civilians (have been) wounded"),
                StatementText.paraphrase(
                    "No serious damage was inflicted on the infrastructure in Mingachevir, but"
                        + " civilians have been wounded."))
            .addSubject(Subject.of(INC_MINGACHEVIR_STRIKE, Stance.ASSERTS))
            .addSource(SRC_TRT)
            .build(),
        // "Armenian forces also launched missile attacks on the Khizi and Absheron regions of
        // Azerbaijan, according Hajiyev."
        Statement.builder()
            .id(ST_HAJIYEV_KHIZI_ABSHERON)
            .kind(StatementKind.ACCUSATION)
            .speaker(ACT_HAJIYEV)
            .time(sundayUncertain)
            .addText(
                StatementText.paraphrase(
                    "Armenian forces also launched missile attacks on the Khizi and Absheron"
                        + " regions of Azerbaijan."))
            .addSubject(Subject.of(INC_KHIZI_ABSHERON_STRIKES, Stance.ASSERTS))
            .addSource(SRC_TRT)
            .build(),

        // --- Armenia denies. -------------------------------------------------------------------
        // "Armenia's Defence Ministry vehemently denied the claims. The ministry's spokeswoman
        // Shushan Stepanian wrote on Facebook that "no fire was opened from Armenia in the
        // direction of Azerbaijan" and called the accusations "desperate convulsions of the
        // Azerbaijani side."" The speaker is Stepanian, on behalf of the ministry. The post denies
        // the strikes as attributed to Armenia (the incidents' participants carry the DENIED
        // certainty) and denies Hajiyev's accusations as statements.
        Statement.builder()
            .id(ST_STEPANIAN_DENIAL)
            .kind(StatementKind.DENIAL)
            .speaker(ACT_STEPANIAN)
            .onBehalfOf(ACT_MOD_ARMENIA)
            .time(sundayUncertain)
            .channel(Channel.FACEBOOK_POST)
            .addTexts(
                StatementText.verbatim(
                    "no fire was opened from Armenia in the direction of Azerbaijan"),
                StatementText.verbatim("desperate convulsions of the Azerbaijani side"))
            .addSubjects(
                Subject.of(INC_GANJA_STRIKE, Stance.DENIES),
                Subject.of(INC_MINGACHEVIR_STRIKE, Stance.DENIES),
                Subject.of(INC_KHIZI_ABSHERON_STRIKES, Stance.DENIES),
                Subject.of(ST_HAJIYEV_CITIES, Stance.DENIES),
                Subject.of(ST_HAJIYEV_GANJA_TWEET, Stance.DENIES),
                Subject.of(ST_HAJIYEV_MINGACHEVIR_TWEET, Stance.DENIES))
            .addSources(SRC_STEPANIAN_FACEBOOK, SRC_TRT)
            .build(),

        // --- Nagorno-Karabakh claims, then orders a stop, then denies Mingachevir. -------------
        // "Nagorno-Karabakh's leader, Arayik Harutyunyan, said on Facebook that he ordered
        // "rocket attacks to neutralise military objects" in Ganja".
        Statement.builder()
            .id(ST_HARUTYUNYAN_ROCKET_ATTACKS)
            .kind(StatementKind.CLAIM_OF_RESPONSIBILITY)
            .speaker(ACT_HARUTYUNYAN)
            .onBehalfOf(ACT_NK_AUTHORITIES)
            .time(sundayUncertain)
            .channel(Channel.FACEBOOK_POST)
            .addTexts(
                StatementText.verbatim("rocket attacks to neutralise military objects"),
                StatementText.paraphrase(
                    "He ordered rocket attacks to neutralise military objects in Ganja."))
            .addSubject(Subject.of(INC_GANJA_STRIKE, Stance.ASSERTS))
            .addSources(SRC_HARUTYUNYAN_FACEBOOK, SRC_TRT)
            .build(),
        // "... but later told his forces to stop firing to avoid civilian casualties." An order,
        // addressed to his forces; the article does not say through which channel.
        Statement.builder()
            .id(ST_HARUTYUNYAN_STOP_FIRING)
            .kind(StatementKind.ORDER)
            .speaker(ACT_HARUTYUNYAN)
            .onBehalfOf(ACT_NK_AUTHORITIES)
            .addAddressee(ACT_NK_FORCES)
            .time(sundayUncertain)
            .addText(StatementText.paraphrase("Stop firing, to avoid civilian casualties."))
            .addSubject(Subject.of(INC_GANJA_STRIKE, Stance.ASSERTS))
            .addSource(SRC_TRT)
            .build(),
        // "His spokesman Vahram Poghosyan told Armenian media on Sunday evening there was no
        // reason for Nagorno-Karabakh forces to target Mingachevir." EDTF has no "evening": the
        // day is as precise as Casus can be.
        Statement.builder()
            .id(ST_POGHOSYAN_MINGACHEVIR)
            .kind(StatementKind.DENIAL)
            .speaker(ACT_POGHOSYAN)
            .onBehalfOf(ACT_HARUTYUNYAN)
            .addAddressee(ACT_ARMENIAN_MEDIA)
            .time(sunday)
            .channel(Channel.STATEMENT_TO_MEDIA)
            .addText(
                StatementText.paraphrase(
                    "There was no reason for Nagorno-Karabakh forces to target Mingachevir."))
            .addSubject(Subject.of(INC_MINGACHEVIR_STRIKE, Stance.DENIES))
            .addSources(SRC_POGHOSYAN_MEDIA, SRC_TRT)
            .build(),

        // --- Azerbaijan replies. ---------------------------------------------------------------
        // "Azerbaijani officials denied that any military objects had been hit in Ganja, but said
        // the attack caused damage to civilian infrastructure." They assert the attack and dispute
        // Harutyunyan's account of it: DISPUTES, not DENIES, since they do not deny he fired.
        Statement.builder()
            .id(ST_AZ_OFFICIALS_NO_MILITARY_OBJECTS)
            .kind(StatementKind.DENIAL)
            .speaker(ACT_AZERBAIJANI_AUTHORITIES)
            .time(sundayUncertain)
            .addText(
                StatementText.paraphrase(
                    "No military objects were hit in Ganja; the attack caused damage to civilian"
                        + " infrastructure."))
            .addSubjects(
                Subject.of(INC_GANJA_STRIKE, Stance.ASSERTS),
                Subject.of(ST_HARUTYUNYAN_ROCKET_ATTACKS, Stance.DISPUTES))
            .addSource(SRC_TRT)
            .build(),
        // "One civilian has been killed, and 32 others sustained injuries, authorities said." The
        // statement the Ganja casualty report rests on.
        Statement.builder()
            .id(ST_AZ_AUTHORITIES_GANJA_CASUALTIES)
            .kind(StatementKind.CLAIM)
            .speaker(ACT_AZERBAIJANI_AUTHORITIES)
            .time(sundayUncertain)
            .addText(
                StatementText.paraphrase(
                    "One civilian has been killed, and 32 others sustained injuries."))
            .addSubject(Subject.of(INC_GANJA_STRIKE, Stance.ASSERTS))
            .addSource(SRC_TRT)
            .build(),
        // ""Opening fire on the territory of Azerbaijan from the territory of Armenia is clearly
        // provocative and expands the zone of hostilities," Azerbaijani Defence Minister Zakir
        // Hasanov said in a statement on Sunday." It contradicts Stepanian ("no fire was opened
        // from Armenia") without answering her, so it is about the fighting, not about her post.
        Statement.builder()
            .id(ST_HASANOV_PROVOCATIVE)
            .kind(StatementKind.CONDEMNATION)
            .speaker(ACT_HASANOV)
            .onBehalfOf(ACT_MOD_AZERBAIJAN)
            .time(sunday)
            .channel(Channel.OFFICIAL_STATEMENT)
            .addText(
                StatementText.verbatim(
                    "Opening fire on the territory of Azerbaijan from the territory of Armenia is"
                        + " clearly provocative and expands the zone of hostilities"))
            .addSubject(Subject.of(INC_CLASHES, Stance.ASSERTS))
            .addSources(SRC_HASANOV_STATEMENT, SRC_TRT)
            .build());
  }
}
