package dev.casus.cli;

import static dev.casus.cli.Cli.q;

/** Small feeds for the command-line tests, after the seed article (TRT World, 2020-10-04). */
final class Feeds {

  private Feeds() {}

  static final String HEADER =
      "'schemaVersion': '1.0', 'producer': 'test', 'createdAt': '2020-10-05T00:00:00Z'";

  static final String ARMENIA = "'id': 'act-arm', 'kind': 'state', 'name': 'Armenia'";

  static final String STRIKE =
      "'id': 'inc-ganja', 'incidentType': 'shelling_artillery_missile_attack', 'time':"
          + " '2020-10-04', 'locations': [{'point': {'latitude': 40.6828, 'longitude': 46.3606},"
          + " 'precision': 'near'}], 'participants': [{'actor': 'act-arm', 'role': 'perpetrator',"
          + " 'certainty': 'alleged'}]";

  /** A valid feed: Armenia and the strike on Ganja it is accused of. */
  static String valid() {
    return q(
        "{\n"
            + HEADER
            + ",\n'actors': [\n{"
            + ARMENIA
            + "}\n],\n'incidents': [\n{"
            + STRIKE
            + "}\n]\n}\n");
  }

  /**
   * An invalid feed, one entity per line: line 5 an actor with an unknown kind; line 8 the strike
   * with a second participant nobody defines (unresolved), line 9 a clash without location
   * (warning).
   */
  static String invalid() {
    return q(
        "{\n" // 1
            + HEADER // 2
            + ",\n'actors': [\n{" // 3
            + ARMENIA // 4
            + "},\n{'id': 'act-aze', 'kind': 'country', 'name': 'Azerbaijan'}\n" // 5
            + "],\n'incidents': [\n{" // 6, 7
            + STRIKE.replace(
                "'certainty': 'alleged'}]",
                "'certainty': 'alleged'}, {'actor': 'act-nk', 'role': 'perpetrator', 'certainty':"
                    + " 'claimed'}]")
            + "},\n" // 8
            + "{'id': 'inc-clashes', 'incidentType': 'armed_clash', 'time': '2020-09-27/..'}\n" // 9
            + "]\n}\n");
  }

  /** {@link #valid()} as JSON Lines. */
  static String validJsonLines() {
    return q(
        "{'type': 'feed', "
            + HEADER
            + "}\n{'type': 'actor', "
            + ARMENIA
            + "}\n{'type': 'incident', "
            + STRIKE
            + "}\n");
  }

  /** {@link #invalid()} as JSON Lines: the same problems on lines 3, 4 and 5. */
  static String invalidJsonLines() {
    return q(
        "{'type': 'feed', "
            + HEADER
            + "}\n{'type': 'actor', "
            + ARMENIA
            + "}\n{'type': 'actor', 'id': 'act-aze', 'kind': 'country', 'name': 'Azerbaijan'}\n"
            + "{'type': 'incident', "
            + STRIKE.replace(
                "'certainty': 'alleged'}]",
                "'certainty': 'alleged'}, {'actor': 'act-nk', 'role': 'perpetrator', 'certainty':"
                    + " 'claimed'}]")
            + "}\n{'type': 'incident', 'id': 'inc-clashes', 'incidentType': 'armed_clash', 'time':"
            + " '2020-09-27/..'}\n");
  }
}
