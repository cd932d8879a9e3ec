package dev.casus.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.casus.benchmarks.pojo.FeedPojo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The baseline is fair only if the POJOs have the wire format's shape: reading the workload into
 * them and writing them back gives the same JSON as Casus writes.
 */
class PojoShapeTest {

  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void pojoRoundTripKeepsEveryMember() throws IOException {
    Workload workload = Workload.of(2_000);
    FeedPojo pojo = mapper.readValue(workload.document(), FeedPojo.class);
    byte[] written = mapper.writeValueAsBytes(pojo);

    JsonNode expected = mapper.readTree(workload.document());
    JsonNode actual = mapper.readTree(written);
    assertEquals(expected, actual);
    assertEquals(2_000, pojo.incidents.size());
  }

  @Test
  void pojoWritesTheSameBytesAsCasus() throws IOException {
    Workload workload = Workload.of(2_000);
    FeedPojo pojo = mapper.readValue(workload.document(), FeedPojo.class);
    assertEquals(
        new String(workload.document(), StandardCharsets.UTF_8),
        new String(mapper.writeValueAsBytes(pojo), StandardCharsets.UTF_8));
  }
}
