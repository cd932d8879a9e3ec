package dev.casus.examples.seed;

import static dev.casus.examples.seed.KarabakhIds.*;

import dev.casus.core.actor.Actor;
import dev.casus.core.actor.ActorId;
import dev.casus.core.actor.ActorKind;
import dev.casus.core.actor.Affiliation;
import dev.casus.core.identifier.ExternalId;
import dev.casus.core.name.Name;
import java.util.List;

/**
 * The actors of the seed feed. People speak for organisations through {@link Affiliation}s
 * (Stepanian is "spokeswoman" of the Armenian Defence Ministry), and states, bodies and forces are
 * kept apart because the article keeps them apart: Azerbaijan accuses "Armenia"; Armenia's
 * "Defence Ministry" denies; "Armenian forces" are said to have hit Mingachevir.
 */
final class KarabakhActors {

  private KarabakhActors() {}

  static List<Actor> all() {
    return List.of(
        // --- States. Wikidata ids make the actors joinable with other datasets. ---------------
        Actor.builder()
            .id(ACT_AZERBAIJAN)
            .kind(ActorKind.STATE)
            .name(Name.of("Azerbaijan"))
            // "Turkey ... has supported Baku's right to self-defence": the capital standing for
            // the state is an alias of the actor, not the city.
            .addAlias(Name.of("Baku"))
            .country(TER_AZERBAIJAN)
            .addExternalId(ExternalId.wikidata("Q227"))
            .build(),
        Actor.builder()
            .id(ACT_ARMENIA)
            .kind(ActorKind.STATE)
            .name(Name.of("Armenia"))
            .country(TER_ARMENIA)
            .addExternalId(ExternalId.wikidata("Q399"))
            .build(),
        // "The OSCE Minsk Group, co-chaired by France, Russia and the US": see minskCoChair below.
        minskCoChair(ACT_FRANCE, "France", "Q142"),
        minskCoChair(ACT_RUSSIA, "Russia", "Q159"),
        minskCoChair(ACT_UNITED_STATES, "United States", "Q30", "US"),
        Actor.builder()
            .id(ACT_TURKEY)
            .kind(ActorKind.STATE)
            .name(Name.of("Turkey"))
            .addExternalId(ExternalId.wikidata("Q43"))
            .build(),

        // --- Azerbaijan's bodies and forces. ---------------------------------------------------
        // "Azerbaijani officials denied ...", "authorities said": the article does not name them.
        Actor.builder()
            .id(ACT_AZERBAIJANI_AUTHORITIES)
            .kind(ActorKind.GOVERNMENT_BODY)
            .name(Name.of("Azerbaijani authorities"))
            .addAlias(Name.of("Azerbaijani officials"))
            .country(TER_AZERBAIJAN)
            .addAffiliation(Affiliation.of(ACT_AZERBAIJAN))
            .description("Unnamed Azerbaijani officials and authorities quoted by TRT World")
            .build(),
        Actor.builder()
            .id(ACT_MOD_AZERBAIJAN)
            .kind(ActorKind.GOVERNMENT_BODY)
            .name(Name.of("Azerbaijani Defence Ministry"))
            .country(TER_AZERBAIJAN)
            .addAffiliation(Affiliation.of(ACT_AZERBAIJAN))
            .build(),
        Actor.builder()
            .id(ACT_AZERBAIJANI_FORCES)
            .kind(ActorKind.STATE_FORCES)
            .name(Name.of("Azerbaijani forces"))
            .country(TER_AZERBAIJAN)
            .addAffiliation(Affiliation.of(ACT_AZERBAIJAN))
            .build(),
        // The civilians harmed in Ganja and Mingachevir, as ACLED names them: "Civilians
        // (Azerbaijan)". They appear as VICTIM participants of the strikes.
        Actor.builder()
            .id(ACT_CIVILIANS_AZERBAIJAN)
            .kind(ActorKind.CIVILIANS)
            .name(Name.of("Civilians (Azerbaijan)"))
            .country(TER_AZERBAIJAN)
            .build(),

        // --- Azerbaijani people. ---------------------------------------------------------------
        // The article spells the President "Ilkham Aliyev" once and "Ilham Aliyev" once: one actor
        // with an alias, so that both spellings find him.
        Actor.builder()
            .id(ACT_ALIYEV)
            .kind(ActorKind.PERSON)
            .name(Name.of("Ilham Aliyev"))
            .addAlias(Name.of("Ilkham Aliyev"))
            .country(TER_AZERBAIJAN)
            .addAffiliation(Affiliation.of(ACT_AZERBAIJAN, "President"))
            .description("President of Azerbaijan")
            .build(),
        // "Hikmet Hajiyev, aide to Azerbaijani President Ilkham Aliyev": an affiliation may point
        // at a person as well as at an organisation.
        Actor.builder()
            .id(ACT_HAJIYEV)
            .kind(ActorKind.PERSON)
            .name(Name.of("Hikmet Hajiyev"))
            .country(TER_AZERBAIJAN)
            .addAffiliation(Affiliation.of(ACT_ALIYEV, "aide to the President"))
            .description("Aide to Azerbaijani President Ilham Aliyev")
            .build(),
        Actor.builder()
            .id(ACT_HASANOV)
            .kind(ActorKind.PERSON)
            .name(Name.of("Zakir Hasanov"))
            .country(TER_AZERBAIJAN)
            .addAffiliation(Affiliation.of(ACT_MOD_AZERBAIJAN, "Defence Minister"))
            .description("Azerbaijani Defence Minister")
            .build(),

        // --- Armenia's bodies, forces and people. ----------------------------------------------
        Actor.builder()
            .id(ACT_ARMENIAN_GOVERNMENT)
            .kind(ActorKind.GOVERNMENT_BODY)
            .name(Name.of("Government of Armenia"))
            // Aliyev: "the sole responsibility lies with the Yerevan administration".
            .addAlias(Name.of("Yerevan administration"))
            .country(TER_ARMENIA)
            .addAffiliation(Affiliation.of(ACT_ARMENIA))
            .build(),
        Actor.builder()
            .id(ACT_MOD_ARMENIA)
            .kind(ActorKind.GOVERNMENT_BODY)
            .name(Name.of("Armenian Defence Ministry"))
            .addAlias(Name.of("Armenia's Defence Ministry"))
            .country(TER_ARMENIA)
            .addAffiliation(Affiliation.of(ACT_ARMENIA))
            .build(),
        Actor.builder()
            .id(ACT_ARMENIAN_FORCES)
            .kind(ActorKind.STATE_FORCES)
            .name(Name.of("Armenian forces"))
            .addAlias(Name.of("Armenian military"))
            .addAlias(Name.of("Armenian troops"))
            .country(TER_ARMENIA)
            .addAffiliation(Affiliation.of(ACT_ARMENIA))
            .build(),
        Actor.builder()
            .id(ACT_STEPANIAN)
            .kind(ActorKind.PERSON)
            .name(Name.of("Shushan Stepanian"))
            .country(TER_ARMENIA)
            .addAffiliation(Affiliation.of(ACT_MOD_ARMENIA, "spokeswoman"))
            .description("Spokeswoman of the Armenian Defence Ministry")
            .build(),
        Actor.builder()
            .id(ACT_SARKISSIAN)
            .kind(ActorKind.PERSON)
            .name(Name.of("Armen Sarkissian"))
            .country(TER_ARMENIA)
            .addAffiliation(Affiliation.of(ACT_ARMENIA, "President"))
            .description("President of Armenia")
            .build(),

        // --- Nagorno-Karabakh. -----------------------------------------------------------------
        // A de-facto authority and its forces. "country" is the territory the actor acts for;
        // here that is the region itself, whose parent in the territory tree is Azerbaijan.
        Actor.builder()
            .id(ACT_NK_AUTHORITIES)
            .kind(ActorKind.DE_FACTO_AUTHORITY)
            .name(Name.of("Nagorno-Karabakh authorities"))
            .country(TER_NAGORNO_KARABAKH)
            .description(
                "The de-facto authorities of the breakaway region, led by Arayik Harutyunyan")
            .build(),
        Actor.builder()
            .id(ACT_NK_FORCES)
            .kind(ActorKind.DE_FACTO_AUTHORITY)
            .name(Name.of("Nagorno-Karabakh forces"))
            .country(TER_NAGORNO_KARABAKH)
            .addAffiliation(Affiliation.of(ACT_NK_AUTHORITIES))
            .description("The forces under the Nagorno-Karabakh authorities (\"his forces\")")
            .build(),
        Actor.builder()
            .id(ACT_HARUTYUNYAN)
            .kind(ActorKind.PERSON)
            .name(Name.of("Arayik Harutyunyan"))
            .country(TER_NAGORNO_KARABAKH)
            .addAffiliation(Affiliation.of(ACT_NK_AUTHORITIES, "leader"))
            .description("Nagorno-Karabakh's leader")
            .build(),
        Actor.builder()
            .id(ACT_POGHOSYAN)
            .kind(ActorKind.PERSON)
            .name(Name.of("Vahram Poghosyan"))
            .country(TER_NAGORNO_KARABAKH)
            .addAffiliation(Affiliation.of(ACT_HARUTYUNYAN, "spokesman"))
            .description("Spokesman of Arayik Harutyunyan")
            .build(),

        // --- International organisations. -----------------------------------------------------
        // "The OSCE Minsk Group, co-chaired by France, Russia and the US, was formed in 1992":
        // the co-chairs are affiliations of the three states (see minskCoChair). Casus has no
        // field for when an organisation was founded, so 1992 is in the description.
        Actor.builder()
            .id(ACT_OSCE_MINSK_GROUP)
            .kind(ActorKind.INTERNATIONAL_ORGANISATION)
            .name(Name.of("OSCE Minsk Group"))
            .description(
                "Formed in 1992 to find a peaceful solution to the Nagorno-Karabakh conflict;"
                    + " co-chaired by France, Russia and the US")
            .build(),
        Actor.builder()
            .id(ACT_UN)
            .kind(ActorKind.INTERNATIONAL_ORGANISATION)
            .name(Name.of("United Nations"))
            .addAlias(Name.of("UN"))
            .addExternalId(ExternalId.wikidata("Q1065"))
            .build(),

        // --- Media. ----------------------------------------------------------------------------
        // TRT World is the author of the article, and reports some facts in its own voice (the
        // "dozens" killed since September 27): those are attributed to it as an actor.
        Actor.builder()
            .id(ACT_TRT_WORLD)
            .kind(ActorKind.MEDIA)
            .name(Name.of("TRT World"))
            .addAlias(Name.of("TRTWorld"))
            .build(),
        // Poghosyan "told Armenian media": the addressee of his statement.
        Actor.builder()
            .id(ACT_ARMENIAN_MEDIA)
            .kind(ActorKind.MEDIA)
            .name(Name.of("Armenian media"))
            .country(TER_ARMENIA)
            .build());
  }

  /**
   * A state that co-chairs the OSCE Minsk Group: its role in the group is an {@link Affiliation}
   * with the role "co-chair". The article gives no period, so none is recorded.
   */
  private static Actor minskCoChair(ActorId id, String name, String wikidata, String... aliases) {
    var state =
        Actor.builder()
            .id(id)
            .kind(ActorKind.STATE)
            .name(Name.of(name))
            .addAffiliation(Affiliation.of(ACT_OSCE_MINSK_GROUP, "co-chair"))
            .addExternalId(ExternalId.wikidata(wikidata));
    for (String alias : aliases) {
      state.addAlias(Name.of(alias));
    }
    return state.build();
  }
}
