package dev.casus.jackson.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The published schema rejects every catalogued invalid document, at the catalogued pointer. */
class InvalidDocumentsSchemaTest {

  static List<InvalidDocuments.Document> documents() {
    return InvalidDocuments.documents();
  }

  static List<InvalidDocuments.JsonLinesRecord> records() {
    return InvalidDocuments.records();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void feedSchemaRejectsDocumentAtItsPointer(InvalidDocuments.Document document) {
    List<Error> errors = CasusSchemas.feed().validate(CasusSchemas.json(document.text()));

    assertFalse(errors.isEmpty(), document.file() + " (" + document.fault() + ") was accepted");
    assertEquals(
        Set.of(document.pointer()),
        pointers(errors),
        document.file() + ": every error must be at the catalogued pointer:"
            + CasusSchemas.describe(errors));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("records")
  void recordSchemaRejectsRecordAtItsPointer(InvalidDocuments.JsonLinesRecord record) {
    List<Error> errors = CasusSchemas.record().validate(CasusSchemas.json(record.text()));

    assertFalse(errors.isEmpty(), "line " + record.line() + " (" + record.fault() + ") was accepted");
    assertEquals(
        Set.of(record.pointer()),
        pointers(errors),
        "line " + record.line() + ": every error must be at the catalogued pointer:"
            + CasusSchemas.describe(errors));
  }

  @Test
  void catalogueListsEveryInvalidFileAndNothingElse() throws IOException, URISyntaxException {
    URL directory =
        Objects.requireNonNull(
            getClass().getClassLoader().getResource(InvalidDocuments.DIRECTORY),
            InvalidDocuments.DIRECTORY);
    Set<String> files;
    try (Stream<Path> list = Files.list(Path.of(directory.toURI()))) {
      files =
          list.map(p -> p.getFileName().toString())
              .filter(name -> name.endsWith(".json"))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> catalogued =
        InvalidDocuments.documents().stream()
            .map(InvalidDocuments.Document::file)
            .collect(Collectors.toCollection(TreeSet::new));

    assertEquals(files, catalogued);
    assertEquals(catalogued.size(), InvalidDocuments.documents().size(), "a file listed twice");
  }

  @Test
  void catalogueCoversEveryRecordLine() {
    String[] lines =
        InvalidDocuments.records().get(0).text().isEmpty()
            ? new String[0]
            : CasusSchemas.resource("invalid/" + InvalidDocuments.RECORDS_FILE).split("\n");
    List<Integer> catalogued =
        InvalidDocuments.records().stream().map(InvalidDocuments.JsonLinesRecord::line).toList();

    assertEquals(
        Stream.iterate(1, i -> i + 1).limit(lines.length).toList(),
        catalogued,
        "every line of the invalid records file is catalogued, in order");
  }

  @Test
  void everyCatalogueEntryNamesItsFault() {
    for (InvalidDocuments.Document d : InvalidDocuments.documents()) {
      assertTrue(d.pointer().isEmpty() || d.pointer().startsWith("/"), d.toString());
      assertFalse(d.fault().isBlank(), d.toString());
    }
  }

  @AfterAll
  static void nothingWasFetchedFromTheNetwork() {
    assertEquals(List.of(), CasusSchemas.remoteFetches());
  }

  private static Set<String> pointers(List<Error> errors) {
    return errors.stream().map(CasusSchemas::pointer).collect(Collectors.toCollection(TreeSet::new));
  }
}
