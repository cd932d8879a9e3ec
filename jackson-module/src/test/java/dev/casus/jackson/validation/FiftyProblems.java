package dev.casus.jackson.validation;

import dev.casus.core.validation.FindingCode;
import dev.casus.core.validation.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * One feed with 50 different problems spread over 22 of its 29 entities, and the findings it must
 * yield, in document order, worked out by hand from the rules of docs/validation.md: feed members
 * first, then the records in feed member order (sources, actors, territories, incidents, statements,
 * casualty reports), within a record the reading findings in text order, then the model checks in
 * wire member order.
 */
final class FiftyProblems {

  /** One expected finding: code, severity, pointer, and whether reading reports it (with a line). */
  record Expected(FindingCode code, Severity severity, String array, int index, String member, boolean reading) {

    /** The pointer in the feed document. */
    String documentPointer() {
      return array.isEmpty() ? member : "/" + array + "/" + index + member;
    }

    /** The pointer in JSON Lines, relative to the record. */
    String recordPointer() {
      return member;
    }
  }

  private FiftyProblems() {}

  static FeedText feed() {
    return FeedText.withHeader(FeedText.HEADER + ", 'sourceCount': 5")
        // sources
        .source(
            "'id': 'src-trt', 'kind': 'news_article', 'title': 'Azerbaijan says Armenia attacking"
                + " its cities outside conflict zone', 'publisher': 'TRT World', 'published': '2020-10-04'")
        .source("'id': 'src-photo', 'kind': 'photo', 'partOf': 'src-tweet'")
        .source("'id': 'src-tweet', 'kind': 'tweet', 'author': 'act-ghost', 'partOf': 'src-photo'")
        .source("'id': 'src-bad', 'kind': 'newspaper', 'url': 'not a url', 'partOf': null")
        .source("'id': 'src-trt', 'kind': 'news_article'")
        // actors
        .actor("'id': 'act-aze', 'kind': 'state', 'name': 'Azerbaijan', 'country': 'ter-aze'")
        .actor("'id': 'act-arm', 'kind': 'state', 'name': 'Armenia', 'country': 'ter-arm'")
        .actor(
            "'id': 'act-x', 'kind': 'person', 'name': {'text': 'X', 'language': 'az_AZ'},"
                + " 'affiliations': [{'organisation': 'act-aze', 'period': '2020-13'}],"
                + " 'externalIds': [{'scheme': 'wikidata', 'value': '227'}]")
        .actor("'id': 'act y', 'kind': 'person', 'name': 'Y'")
        .actor(
            "'id': 'act-hajiyev', 'kind': 'person', 'name': 'Hikmet Hajiyev', 'country':"
                + " 'ter-nowhere', 'affiliations': [{'organisation': 'act-aliyev', 'role': 'aide'}]")
        .actor("'id': 'act-z', 'kind': 'person', 'nickname': 'zz', 'name': 'Z', 'aliases': 'Zed'")
        .actor("'id': 'act-w', 'kind': 'person', 'name': 'W', 'name': 'W2', 'country': 'ter-gone'")
        // territories
        .territory("'id': 'ter-aze', 'kind': 'country', 'name': 'Azerbaijan'")
        .territory("'id': 'ter-arm', 'kind': 'country', 'name': 'Armenia'")
        .territory("'id': 'ter-ganja', 'kind': 'city', 'name': 'Ganja', 'parent': 'ter-karabakh'")
        .territory(
            "'id': 'ter-karabakh', 'kind': 'region', 'name': 'Nagorno-Karabakh', 'parent': 'ter-ganja'")
        .territory(
            "'id': 'ter-bad', 'kind': 'city', 'name': 'Bad', 'point': {'latitude': 91, 'longitude':"
                + " 46.36}, 'population': {'low': 40, 'best': 32, 'high': 30}, 'externalIds':"
                + " [{'scheme': 'iso_3166_1_alpha2', 'value': 'AZE'}, {'scheme': 'geonames', 'value':"
                + " 'Ganja'}]")
        .territory(
            "'id': 'ter-c', 'kind': 'city', 'name': 'C', 'controlClaims': [{'controller':"
                + " 'act-ghost3', 'status': 'controlled', 'certainty': 'claimed', 'statement':"
                + " 'st-ghost', 'sources': ['src-ghost']}]")
        .territory("'id': 'ter-d', 'kind': 'town', 'name': 'D'")
        // incidents
        .incident(
            "'id': 'inc-ganja', 'incidentType': 'shelling_artillery_missile_attack', 'time':"
                + " '2020-10-04', 'locations': [{'territory': 'ter-ganja', 'point': {'latitude':"
                + " 40.6828, 'longitude': 46.3606}, 'precision': 'exact'}], 'participants':"
                + " [{'actor': 'act-arm', 'role': 'perpetrator', 'certainty': 'alleged'}],"
                + " 'sources': ['src-trt']")
        .incident(
            "'id': 'inc-late', 'incidentType': 'armed_clash', 'time': '2020-10-06', 'locations':"
                + " [{'territory': 'ter-aze', 'precision': 'country'}]")
        .incident(
            "'id': 'inc-nowhere', 'incidentType': 'armed_clash', 'time': '2020-10-04',"
                + " 'participants': [{'actor': 'act-ghost4', 'role': 'perpetrator', 'certainty':"
                + " 'alleged', 'attributedIn': ['st-ghost2']}], 'partOf': 'inc-ghost', 'sources':"
                + " ['src-ghost2']")
        .incident(
            "'id': 'inc-bad', 'incidentType': 'shelling', 'time': '04/10/2020', 'locations':"
                + " [{'precision': 'exact'}], 'participants': [{'actor': 'act-arm', 'role':"
                + " 'perpetrator'}], 'means': 'missile'")
        // statements
        .statement(
            "'id': 'st-hajiyev', 'kind': 'accusation', 'speaker': 'act-hajiyev', 'time':"
                + " '2020-10-03', 'subjects': [{'incident': 'inc-ganja', 'stance': 'asserts'},"
                + " {'incident': 'inc-ganja', 'stance': 'denies'}], 'sources': ['src-trt']")
        .statement(
            "'id': 'st-denial', 'kind': 'denial', 'speaker': 'act-arm', 'onBehalfOf':"
                + " 'act-ghost5', 'addressees': ['act-ghost6'], 'time': '2020-10-07', 'subjects':"
                + " [{'statement': 'st-ghost3', 'stance': 'denies'}]")
        .statement(
            "'id': 'st-claim', 'kind': 'claim', 'speaker': 'act-arm', 'texts': [{'form':"
                + " 'verbatim'}], 'subjects': [{'incident': 'inc-ganja', 'actor': 'act-arm',"
                + " 'stance': 'asserts'}]")
        // casualty reports
        .casualtyReport(
            "'id': 'cr-early', 'asOf': '2020-10-03', 'incident': 'inc-ganja', 'figures':"
                + " [{'outcome': 'killed', 'group': 'civilian', 'count': 1}]")
        .casualtyReport(
            "'id': 'cr-counts', 'incident': 'inc-ganja', 'figures': [{'outcome': 'killed',"
                + " 'group': 'civilian', 'count': -32}, {'outcome': 'injured', 'group':"
                + " 'civilians', 'count': 1.5}]")
        .casualtyReport(
            "'id': 'cr-about-nothing', 'figures': [{'outcome': 'killed', 'group': 'civilian',"
                + " 'count': 1}]");
  }

  /** The 50 findings, in document order. */
  static List<Expected> expected() {
    List<Expected> e = new ArrayList<>();
    Severity error = Severity.ERROR;
    Severity warning = Severity.WARNING;
    // the feed's own members
    read(e, FindingCode.UNKNOWN_MEMBER, "", 0, "/sourceCount");
    // sources: a cycle photo -> tweet -> photo, reported at the first link in the document
    model(e, FindingCode.SOURCE_CYCLE, error, "sources", 1, "/partOf");
    model(e, FindingCode.UNRESOLVED_REFERENCE, error, "sources", 2, "/author");
    read(e, FindingCode.UNKNOWN_ENUM_VALUE, "sources", 3, "/kind");
    read(e, FindingCode.BROKEN_INVARIANT, "sources", 3, "/url");
    read(e, FindingCode.NULL_VALUE, "sources", 3, "/partOf");
    model(e, FindingCode.DUPLICATE_ID, error, "sources", 4, "/id");
    // actors
    read(e, FindingCode.MALFORMED_LANGUAGE_TAG, "actors", 2, "/name/language");
    read(e, FindingCode.MALFORMED_EDTF, "actors", 2, "/affiliations/0/period");
    read(e, FindingCode.MALFORMED_WIKIDATA_ID, "actors", 2, "/externalIds/0/value");
    read(e, FindingCode.MALFORMED_ID, "actors", 3, "/id");
    model(e, FindingCode.UNRESOLVED_REFERENCE, error, "actors", 4, "/country");
    model(e, FindingCode.UNRESOLVED_REFERENCE, error, "actors", 4, "/affiliations/0/organisation");
    read(e, FindingCode.UNKNOWN_MEMBER, "actors", 5, "/nickname");
    read(e, FindingCode.WRONG_TYPE, "actors", 5, "/aliases");
    // a repeated member does not break the actor: its reference is still checked
    read(e, FindingCode.DUPLICATE_MEMBER, "actors", 6, "/name");
    model(e, FindingCode.UNRESOLVED_REFERENCE, error, "actors", 6, "/country");
    // territories
    model(e, FindingCode.TERRITORY_CYCLE, error, "territories", 2, "/parent");
    read(e, FindingCode.BROKEN_INVARIANT, "territories", 4, "/point/latitude");
    read(e, FindingCode.BROKEN_INVARIANT, "territories", 4, "/population");
    read(e, FindingCode.MALFORMED_ISO_CODE, "territories", 4, "/externalIds/0/value");
    read(e, FindingCode.MALFORMED_EXTERNAL_ID, "territories", 4, "/externalIds/1/value");
    model(e, FindingCode.UNRESOLVED_REFERENCE, error, "territories", 5, "/controlClaims/0/controller");
    model(e, FindingCode.UNRESOLVED_REFERENCE, error, "territories", 5, "/controlClaims/0/statement");
    model(e, FindingCode.UNRESOLVED_REFERENCE, error, "territories", 5, "/controlClaims/0/sources/0");
    read(e, FindingCode.UNKNOWN_ENUM_VALUE, "territories", 6, "/kind");
    // incidents
    model(e, FindingCode.DATED_AFTER_FEED, warning, "incidents", 1, "/time");
    model(e, FindingCode.INCIDENT_WITHOUT_LOCATION, warning, "incidents", 2, "");
    model(e, FindingCode.UNRESOLVED_REFERENCE, error, "incidents", 2, "/participants/0/actor");
    model(e, FindingCode.UNRESOLVED_REFERENCE, error, "incidents", 2, "/participants/0/attributedIn/0");
    model(e, FindingCode.UNRESOLVED_REFERENCE, error, "incidents", 2, "/partOf");
    model(e, FindingCode.UNRESOLVED_REFERENCE, error, "incidents", 2, "/sources/0");
    read(e, FindingCode.UNKNOWN_ENUM_VALUE, "incidents", 3, "/incidentType");
    read(e, FindingCode.MALFORMED_EDTF, "incidents", 3, "/time");
    read(e, FindingCode.BROKEN_INVARIANT, "incidents", 3, "/locations/0");
    read(e, FindingCode.MISSING_MEMBER, "incidents", 3, "/participants/0");
    read(e, FindingCode.WRONG_TYPE, "incidents", 3, "/means");
    // statements
    model(e, FindingCode.DATED_BEFORE_INCIDENT, warning, "statements", 0, "/time");
    model(e, FindingCode.ASSERTS_AND_DENIES, warning, "statements", 0, "/subjects/1");
    model(e, FindingCode.UNRESOLVED_REFERENCE, error, "statements", 1, "/onBehalfOf");
    model(e, FindingCode.UNRESOLVED_REFERENCE, error, "statements", 1, "/addressees/0");
    model(e, FindingCode.DATED_AFTER_FEED, warning, "statements", 1, "/time");
    model(e, FindingCode.UNRESOLVED_REFERENCE, error, "statements", 1, "/subjects/0/statement");
    read(e, FindingCode.MISSING_MEMBER, "statements", 2, "/texts/0");
    read(e, FindingCode.BROKEN_INVARIANT, "statements", 2, "/subjects/0");
    // casualty reports
    model(e, FindingCode.DATED_BEFORE_INCIDENT, warning, "casualtyReports", 0, "/asOf");
    read(e, FindingCode.NUMBER_OUT_OF_RANGE, "casualtyReports", 1, "/figures/0/count");
    read(e, FindingCode.UNKNOWN_ENUM_VALUE, "casualtyReports", 1, "/figures/1/group");
    read(e, FindingCode.NUMBER_OUT_OF_RANGE, "casualtyReports", 1, "/figures/1/count");
    read(e, FindingCode.BROKEN_INVARIANT, "casualtyReports", 2, "");
    return e;
  }

  private static void read(List<Expected> e, FindingCode code, String array, int index, String member) {
    e.add(new Expected(code, Severity.ERROR, array, index, member, true));
  }

  private static void model(
      List<Expected> e, FindingCode code, Severity severity, String array, int index, String member) {
    e.add(new Expected(code, severity, array, index, member, false));
  }
}
