package dev.casus.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.casus.core.code.CodeList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceCodeListsTest {

  @Test
  void sourceKindWireNamesArePinned() {
    assertEquals(
        List.of(
            "news_article",
            "news_agency_wire",
            "photo",
            "video",
            "tweet",
            "facebook_post",
            "social_media_post",
            "broadcast",
            "press_release",
            "official_document",
            "ngo_report",
            "dataset",
            "other"),
        wireNames(SourceKind.class));
  }

  @Test
  void everyConstantRoundTripsThroughItsWireName() {
    for (SourceKind kind : SourceKind.values()) {
      assertEquals(Optional.of(kind), CodeList.fromWireName(SourceKind.class, kind.wireName()));
    }
    assertEquals(Optional.empty(), CodeList.fromWireName(SourceKind.class, "News_Article"));
  }

  private static <E extends Enum<E> & CodeList> List<String> wireNames(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(CodeList::wireName).toList();
  }
}
