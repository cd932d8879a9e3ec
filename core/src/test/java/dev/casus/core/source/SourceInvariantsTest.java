package dev.casus.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import org.junit.jupiter.api.Test;

class SourceInvariantsTest {

  private static ImmutableSource.Builder trt() {
    return Source.builder().id(SourceId.of("src-trt")).kind(SourceKind.NEWS_ARTICLE);
  }

  @Test
  void buildsTheSeedArticle() {
    Source s =
        trt().title("Azerbaijan says at least four cities are being attacked")
            .publisher("TRT World")
            .byline("TRTWorld and agencies")
            .url(URI.create("https://www.trtworld.com/"))
            .build();
    assertEquals("TRT World", s.publisher().orElseThrow());
  }

  @Test
  void rejectsARelativeUrl() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> trt().url(URI.create("news/ganja")).build());
    assertEquals("Source.url must be an absolute URI, got \"news/ganja\"", e.getMessage());
  }

  @Test
  void rejectsBeingPartOfItself() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> trt().partOf(SourceId.of("src-trt")).build());
    assertEquals("Source.partOf must not be the source itself: src-trt", e.getMessage());
  }

  @Test
  void rejectsBlankByline() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> trt().byline("  ").build());
    assertEquals("Source.byline must not be blank", e.getMessage());
  }
}
