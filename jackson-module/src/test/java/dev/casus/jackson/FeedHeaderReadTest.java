package dev.casus.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.casus.core.feed.Feed;
import dev.casus.jackson.deser.FeedDeserializer;
import dev.casus.jackson.deser.ReadContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link FeedDeserializer#readHeader}, the read validation uses: the entities go to the listener,
 * every one of them (duplicates too, which validation reports itself), and the feed returned holds
 * the header only.
 */
class FeedHeaderReadTest extends CasusJsonTestBase {

  @Test
  void entitiesGoToTheListenerAndTheFeedHoldsTheHeaderOnly() throws Exception {
    String doc =
        q("{'schemaVersion':'1.0','producer':'p','createdAt':'2020-10-05T00:00:00Z','partial':true,"
            + "'incidents':[{" + INCIDENT + "},{" + INCIDENT + "}],"
            + "'actors':[{'id':'act-1','kind':'state','name':'X'}]}");
    List<String> seen = new ArrayList<>();
    Feed header;
    try (JsonParser p = new JsonFactory().createParser(doc)) {
      p.nextToken();
      header =
          FeedDeserializer.readHeader(
              ReadContext.strict(p),
              (entity, member, index) -> seen.add(member + "/" + index + " " + entity.id()));
    }
    // the duplicate incident is handed on too, and no read fails for it
    assertEquals(List.of("incidents/0 inc-1", "incidents/1 inc-1", "actors/0 act-1"), seen);
    assertEquals(0, header.entityCount());
    assertEquals("p", header.producer());
    assertTrue(header.partial());
    // the same document read whole refuses the duplicate
    assertEquals("/incidents/1", readFails(doc).finding().pointer());
  }
}
