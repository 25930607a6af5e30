package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.parallax.testutil.Backend;
import org.parallax.testutil.BothBackends;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.analysis.TextUnits;
import org.parallax.model.Segment;
import org.parallax.search.IndexStatus;
import org.parallax.search.KwicLine;
import org.parallax.model.QuerySyntaxException;
import org.parallax.search.SearchOptions;
import org.parallax.search.SearchResult;
import org.parallax.testutil.TestProjects;

class SearchWorkbenchTest {
    private static final String TEXT = "NATO and Russia met in Rome. The NATO-Russia Council was founded there.\n\n"
            + "Угроза расширения НАТО 🚀 обсуждалась. Россия видит угрозу.\n";

    @TempDir
    Path dir;

    @BothBackends
    void importedDocumentsAreSearchableWithKwicOffsetsIntoTheStoredText(Backend backend) {
        try (Workbench wb = backend.table1(dir)) {
            TestProjects.importSamples(wb);
            SearchResult result = wb.search().search("\"NATO-Russia Council\"", SearchOptions.defaults());
            assertThat(result.totalHits()).isPositive();
            for (KwicLine line : result.lines()) {
                assertThat(wb.documents().text(line.docId()).substring(line.start(), line.end()))
                        .isEqualToIgnoringCase(line.hit());
            }
            assertThat(wb.search().search("угроза lang:ru", SearchOptions.defaults()).lines())
                    .extracting(KwicLine::hit).contains("угрозы", "угрозой");
            assertThat(wb.search().search("actor:USA type:speech \"Russia\"", SearchOptions.defaults()).lines())
                    .allSatisfy(l -> assertThat(l.actor()).isEqualTo("USA"));
        }
    }

    @BothBackends
    void codeFilterFindsHitsOnlyInsideCodedPassages(Backend backend) {
        try (Workbench wb = backend.table1(dir)) {
            long doc = TestProjects.importOne(wb, TestProjects.textFile(dir, "t.txt", TEXT));
            int second = TEXT.indexOf("The NATO-Russia");
            wb.coding().code(doc, second, TEXT.indexOf("there.") + 6,
                    wb.codebook().code("Seeking a common language and community").id(), null);
            SearchResult all = wb.search().search("nato", SearchOptions.defaults());
            SearchResult coded = wb.search().search("nato code:\"Seeking a common language and community\"",
                    SearchOptions.defaults());
            assertThat(all.totalHits()).isGreaterThan(coded.totalHits());
            assertThat(coded.lines()).isNotEmpty().allSatisfy(l -> assertThat(l.start()).isGreaterThanOrEqualTo(second));
            assertThatThrownBy(() -> wb.search().search("nato code:\"No such code\"", SearchOptions.defaults()))
                    .isInstanceOf(QuerySyntaxException.class);
        }
    }

    /** A project file's index lies beside it (a team project keeps its index in the cache folder: docs/team.md). */
    @org.junit.jupiter.api.Test
    void deletedIndexIsRebuiltFromTheProjectOnNextSearch() throws IOException {
        Path file;
        long hits;
        try (Workbench wb = TestProjects.table1(dir)) {
            TestProjects.importSamples(wb);
            hits = wb.search().search("nato", SearchOptions.defaults()).totalHits();
            file = wb.file();
            assertThat(wb.search().indexFolder()).isEqualTo(file.resolveSibling(file.getFileName() + ".index"));
        }
        Path index = file.resolveSibling(file.getFileName() + ".index");
        assertThat(index).isDirectory();
        try (Stream<Path> walk = Files.walk(index)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        try (Workbench wb = Workbench.open(file)) {
            assertThat(wb.search().status().state()).isEqualTo(IndexStatus.State.MISSING);
            assertThat(wb.search().search("nato", SearchOptions.defaults()).totalHits()).isEqualTo(hits);
            assertThat(wb.search().status().state()).isEqualTo(IndexStatus.State.OK);
            assertThat(wb.documents().list()).hasSize(TestProjects.sampleTexts().size());
        }
    }

    @BothBackends
    void autoCodeWidensHitsToSentencesSkipsDuplicatesAndUndoesInOneStep(Backend backend) {
        try (Workbench wb = backend.table1(dir)) {
            // Mostly Latin letters, so the language is set by hand: Russian stemming finds угрозу.
            var report = wb.documents().importFiles(new ImportRequest(
                    java.util.List.of(TestProjects.textFile(dir, "t.txt", TEXT)),
                    new org.parallax.model.DocumentMeta(null, null, null, null, "ru", null, null), null),
                    TaskProgress.NONE);
            long doc = report.imported().get(0).id();
            AutocodePlan plan = wb.autoCoding().plan("угроза", "Perception of threatening behavior",
                    TextUnits.Scope.SENTENCE, null);
            assertThat(plan.passages()).extracting(s -> TEXT.substring(s.start(), s.end()))
                    .containsExactly("Угроза расширения НАТО 🚀 обсуждалась.", "Россия видит угрозу.");
            assertThat(plan.documents()).isEqualTo(1);
            wb.autoCoding().apply(plan);
            assertThat(wb.coding().segmentsOfDocument(doc)).hasSize(2);

            AutocodePlan again = wb.autoCoding().plan("угроза", "Perception of threatening behavior",
                    TextUnits.Scope.SENTENCE, null);
            assertThat(again.passages()).isEmpty();
            assertThat(again.alreadyCoded()).isEqualTo(2);

            AutocodePlan paragraphs = wb.autoCoding().plan("nato OR россия", "Balance of power", TextUnits.Scope.PARAGRAPH,
                    null);
            assertThat(paragraphs.passages()).extracting(Segment::start).containsExactly(0, TEXT.indexOf("Угроза"));
            assertThat(TEXT.substring(paragraphs.passages().get(0).start(), paragraphs.passages().get(0).end()))
                    .isEqualTo("NATO and Russia met in Rome. The NATO-Russia Council was founded there.");

            wb.history().undo();
            assertThat(wb.coding().segments()).isEmpty();
        }
    }

    @BothBackends
    void savedSearchesLiveInTheProject(Backend backend) {
        String file;
        try (Workbench wb = backend.table1(dir)) {
            wb.search().save("threats", "угроза OR threat");
            wb.search().save("threats", "угроза");
            file = wb.location();
        }
        try (Workbench wb = Workbench.open(file, null)) {
            assertThat(wb.search().saved()).singleElement().satisfies(s -> {
                assertThat(s.name()).isEqualTo("threats");
                assertThat(s.query()).isEqualTo("угроза");
            });
        }
    }

    @BothBackends
    void aSearchAnotherMemberSavedIsNotReplacedByTheirSaveUnderItsName(Backend backend) {
        String location;
        try (Workbench wb = backend.table1(dir)) {
            location = wb.location();
        }
        try (Workbench ana = backend.open(location, "ana")) {
            ana.search().save("threats", "угроза OR threat");
        }
        try (Workbench bob = backend.open(location, "bob")) {
            assertThatThrownBy(() -> bob.search().save("threats", "sanction*"))
                    .isInstanceOf(org.parallax.model.ParallaxException.class)
                    .hasMessage("another member (ana) saved a search called 'threats': choose another name");
            bob.search().save("bob's threats", "sanction*");
        }
        try (Workbench ana = backend.open(location, "ana")) {
            ana.search().save("threats", "угроза");
        }
        try (Workbench wb = Workbench.open(location, Backend.PASSWORD::toCharArray)) {
            assertThat(wb.search().saved()).extracting(s -> s.name() + "=" + s.query() + " by " + s.savedBy())
                    .containsExactly("bob's threats=sanction* by bob", "threats=угроза by ana");
        }
    }
}
