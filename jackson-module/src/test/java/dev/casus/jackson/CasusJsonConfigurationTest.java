package dev.casus.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.validation.Finding;
import dev.casus.core.validation.FindingCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The facade's options, and every invalid use of them. */
class CasusJsonConfigurationTest extends CasusJsonTestBase {

  @Test
  void defaultsAreStrictCompactAndDocumented() {
    CasusJson strict = CasusJson.strict();
    assertSame(strict, CasusJson.strict());
    assertFalse(strict.isLenient());
    assertFalse(strict.isPretty());
    assertEquals(8 << 20, strict.maxLineLength());
    assertEquals(1L << 30, strict.maxDocumentLength());
  }

  @Test
  void toBuilderKeepsEveryOption() {
    CasusJson custom =
        CasusJson.builder().lenient(f -> {}).pretty(true).maxLineLength(100).maxDocumentLength(1000).build();
    CasusJson copy = custom.toBuilder().build();
    assertTrue(copy.isLenient());
    assertTrue(copy.isPretty());
    assertEquals(100, copy.maxLineLength());
    assertEquals(1000, copy.maxDocumentLength());
    assertFalse(custom.toBuilder().strict().build().isLenient());
  }

  @Test
  void maxLineLengthBelowTwoIsRejectedNamingTheOption() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CasusJson.builder().maxLineLength(1));
    assertTrue(e.getMessage().startsWith("CasusJson.maxLineLength must be between 2 and"), e.getMessage());
  }

  @Test
  void maxDocumentLengthBelowTwoIsRejectedNamingTheOption() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CasusJson.builder().maxDocumentLength(0));
    assertEquals("CasusJson.maxDocumentLength must be at least 2, got 0", e.getMessage());
  }

  @Test
  @SuppressWarnings("NullAway")
  void lenientWithoutListenerIsRejectedNamingTheParameter() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> CasusJson.builder().lenient(null));
    assertEquals("onUnknownMember", e.getMessage());
  }

  @Test
  void readingOrWritingANonModelTypeIsRejected() {
    IllegalArgumentException read =
        assertThrows(IllegalArgumentException.class, () -> json.readValue("1", String.class));
    assertEquals("not a Casus model type: java.lang.String", read.getMessage());
    IllegalArgumentException write =
        assertThrows(IllegalArgumentException.class, () -> json.writeValue("text"));
    assertEquals("not a Casus model value: java.lang.String", write.getMessage());
  }

  @Test
  void exceptionWithoutFindingsIsRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new CasusReadException(List.of()));
    assertEquals("CasusReadException.findings must not be empty", e.getMessage());
  }

  @Test
  void exceptionMessageFormatsRootAndMissingLocation() {
    Finding noLocation = Finding.of(FindingCode.SYNTAX, "", "broken");
    assertEquals("at (root): broken", new CasusReadException(noLocation).getMessage());
  }
}
