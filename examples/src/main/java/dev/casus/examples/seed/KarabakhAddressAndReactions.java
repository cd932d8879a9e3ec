package dev.casus.examples.seed;

import static dev.casus.examples.seed.KarabakhIds.*;

import dev.casus.core.actor.ActorId;
import dev.casus.core.statement.Channel;
import dev.casus.core.statement.ImmutableStatement;
import dev.casus.core.statement.Stance;
import dev.casus.core.statement.Statement;
import dev.casus.core.statement.StatementId;
import dev.casus.core.statement.StatementKind;
import dev.casus.core.statement.StatementText;
import dev.casus.core.statement.Subject;
import dev.casus.core.time.EdtfTime;
import java.util.List;

/**
 * President Aliyev's address to the nation, split into its acts of speech (a congratulation,
 * demands, a vow, an accusation), and the international positions the article reports.
 *
 * <p>One address, several statements: each has its own kind and addressees, and all share the
 * channel {@link Channel#ADDRESS_TO_THE_NATION} and the source {@code src-aliyev-address}, which
 * is what ties them together.
 */
final class KarabakhAddressAndReactions {

  private KarabakhAddressAndReactions() {}

  static List<Statement> all() {
    return List.of(
        // "President Ilham Aliyev congratulated the people of Azerbaijan on the liberation of the
        // city of Jabrayil from Armenian occupation". Jabrayil's control claims point back here.
        address(ST_ALIYEV_JABRAYIL, StatementKind.CONGRATULATION)
            .addAddressee(ACT_AZERBAIJAN)
            .addText(
                StatementText.paraphrase(
                    "Congratulations to the people of Azerbaijan on the liberation of the city of"
                        + " Jabrayil from Armenian occupation."))
            .addSubjects(
                Subject.of(INC_JABRAYIL_RECAPTURE, Stance.ASSERTS),
                Subject.of(TER_JABRAYIL, Stance.ASSERTS))
            .build(),
        // "... and set several conditions to end military operations, including the withdrawal of
        // Armenian troops from occupied territories. ... the end of Azerbaijani operations to
        // liberate their land would only occur when Armenian forces retreat from Azerbaijani
        // territory and the country's territorial integrity is recognised."
        address(ST_ALIYEV_CONDITIONS, StatementKind.DEMAND)
            .addAddressee(ACT_ARMENIA)
            .addTexts(
                StatementText.paraphrase(
                    "Azerbaijan's operations to liberate its land will end only when Armenian"
                        + " forces retreat from Azerbaijani territory and the country's territorial"
                        + " integrity is recognised."),
                StatementText.paraphrase(
                    "Armenian troops must withdraw from the occupied territories."))
            .addSubjects(
                Subject.of(INC_CLASHES, Stance.ASSERTS),
                Subject.of(TER_NAGORNO_KARABAKH, Stance.ASSERTS))
            .build(),
        // "He also asked Armenian President Armen Sarkissian to apologise to the Azerbaijani
        // people and to declare that Karabakh is not Armenian land. Aliyev said Sarkissian should
        // also reveal the date of the withdrawal of Armenian troops from occupied territories."
        address(ST_ALIYEV_SARKISSIAN, StatementKind.DEMAND)
            .addAddressee(ACT_SARKISSIAN)
            .addTexts(
                StatementText.paraphrase(
                    "Armen Sarkissian should apologise to the Azerbaijani people and declare that"
                        + " Karabakh is not Armenian land."),
                StatementText.paraphrase(
                    "Sarkissian should reveal the date of the withdrawal of Armenian troops from"
                        + " the occupied territories."))
            .addSubject(Subject.of(TER_NAGORNO_KARABAKH, Stance.ASSERTS))
            .build(),
        // "He vowed to rebuild all of the cities that were liberated including restoring all
        // mosques that were damaged by Armenian forces." The damage is an allegation of its own:
        // the incident inc-mosques-damaged.
        address(ST_ALIYEV_REBUILD, StatementKind.VOW)
            .addText(
                StatementText.paraphrase(
                    "All of the liberated cities will be rebuilt, including all mosques damaged by"
                        + " Armenian forces."))
            .addSubject(Subject.of(INC_MOSQUES_DAMAGED, Stance.ASSERTS))
            .build(),
        // ""In the current situation, the sole responsibility lies with the Yerevan
        // administration. At the same time, some countries that ignore this issue and always
        // support Armenia are also responsible," he said." The countries are not named, so they
        // cannot be subjects; only the Armenian government is.
        address(ST_ALIYEV_RESPONSIBILITY, StatementKind.ACCUSATION)
            .addTexts(
                StatementText.verbatim(
                    "In the current situation, the sole responsibility lies with the Yerevan"
                        + " administration. At the same time, some countries that ignore this issue"
                        + " and always support Armenia are also responsible"),
                StatementText.paraphrase(
                    "Azerbaijan waited for years to resolve the conflict through negotiations, and"
                        + " in response Armenia stated that it would not return the land."))
            .addSubjects(
                Subject.of(ACT_ARMENIAN_GOVERNMENT, Stance.ASSERTS),
                Subject.of(INC_CLASHES, Stance.ASSERTS))
            .build(),

        // --- International positions. ----------------------------------------------------------
        // "Multiple UN resolutions as well as many international organizations demand the
        // withdrawal of the invading forces." One statement stands for several resolutions; the
        // "many international organizations" are not named and have no statement of their own.
        Statement.builder()
            .id(ST_UN_WITHDRAWAL)
            .kind(StatementKind.DEMAND)
            .speaker(ACT_UN)
            .addAddressee(ACT_ARMENIAN_FORCES)
            .addText(
                StatementText.paraphrase(
                    "Multiple UN resolutions demand the withdrawal of the invading forces."))
            .addSubject(Subject.of(TER_NAGORNO_KARABAKH, Stance.ASSERTS))
            .addSources(SRC_UN_RESOLUTIONS, SRC_TRT)
            .build(),
        // "Many world powers including Russia, France and the US have called for an immediate
        // cease-fire." A statement has one speaker, so each named power has its own appeal.
        ceasefireAppeal(ST_RUSSIA_CEASEFIRE, ACT_RUSSIA),
        ceasefireAppeal(ST_FRANCE_CEASEFIRE, ACT_FRANCE),
        ceasefireAppeal(ST_US_CEASEFIRE, ACT_UNITED_STATES),
        // "Turkey, meanwhile, has supported Baku's right to self-defence."
        Statement.builder()
            .id(ST_TURKEY_SELF_DEFENCE)
            .kind(StatementKind.SUPPORT)
            .speaker(ACT_TURKEY)
            .addText(StatementText.paraphrase("Baku has the right to self-defence."))
            .addSubject(Subject.of(ACT_AZERBAIJAN, Stance.ASSERTS))
            .addSource(SRC_TRT)
            .build());
  }

  /**
   * The common part of the statements in Aliyev's address. The article reports the address in an
   * article of 2020-10-04 without dating it, hence {@code 2020-10-04?}.
   */
  private static ImmutableStatement.Builder address(StatementId id, StatementKind kind) {
    return Statement.builder()
        .id(id)
        .kind(kind)
        .speaker(ACT_ALIYEV)
        .time(EdtfTime.parse("2020-10-04?"))
        .channel(Channel.ADDRESS_TO_THE_NATION)
        .addSources(SRC_ALIYEV_ADDRESS, SRC_TRT);
  }

  /**
   * One world power's call for an immediate cease-fire. The article gives no date ("have called"),
   * so the time is absent, and an appeal neither asserts nor denies the clashes: ASSERTS is the
   * closest stance Casus has (it does take the fighting as real).
   */
  private static Statement ceasefireAppeal(StatementId id, ActorId power) {
    return Statement.builder()
        .id(id)
        .kind(StatementKind.APPEAL)
        .speaker(power)
        .addText(StatementText.paraphrase("An immediate cease-fire."))
        .addSubject(Subject.of(INC_CLASHES, Stance.ASSERTS))
        .addSource(SRC_TRT)
        .build();
  }
}
