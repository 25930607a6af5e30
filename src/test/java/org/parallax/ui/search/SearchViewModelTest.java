package org.parallax.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Document;
import org.parallax.ui.UiFixture;
import org.parallax.ui.coding.TextRange;
import org.parallax.workbench.ImportRequest;
import org.parallax.workbench.SearchHit;
import org.parallax.workbench.TaskProgress;

/** The search tab's view-model against a real project holding two sample texts, one English, one Russian. */
class SearchViewModelTest {
    static final Path TREATY = Path.of("samples/texts",
            "2009-11-29_russia_draft_european_security_treaty_kremlin_en.txt");
    static final Path MUNICH = Path.of("samples/texts", "2007-02-10_putin_munich_speech_and_discussion_ru.txt");

    @TempDir
    Path dir;
    private UiFixture fixture;
    private SearchViewModel search;

    @AfterEach
    void close() {
        // The warm-up and the index's merge threads stop before the temporary folder is deleted.
        fixture.close();
    }

    @BeforeEach
    void openProjectWithSamples() {
        fixture = UiFixture.open(dir);
        fixture.workbench().documents().importFiles(ImportRequest.of(List.of(TREATY, MUNICH)), TaskProgress.NONE);
        // The window's search answers for what is indexed so far; these tests are about complete answers.
        fixture.workbench().search().awaitIndex();
        search = fixture.main.search();
    }

    private void run(String query) {
        search.queryProperty().set(query);
        search.run();
    }

    @Test
    void openingTheProjectPreparesTheIndex() {
        // The index reports from its own thread; the UI thread hears it on its next turn.
        fixture.tasks.deliverPending();
        assertThat(search.indexStatusProperty().get()).startsWith("Search index");
    }

    /** Another project opened starts with an empty box, as its lines are: the last project's query stood there. */
    @Test
    void anotherProjectOpenedStartsWithNoQuery() throws Exception {
        run("security");
        assertThat(search.rows()).isNotEmpty();

        fixture.main.close();
        fixture.main.open(UiFixture.createProject(java.nio.file.Files.createDirectory(dir.resolve("other"))));

        assertThat(search.rows()).isEmpty();
        assertThat(search.queryProperty().get()).isEmpty();
    }

    @Test
    void stemmedWordGivesLinesWhoseOffsetsPointAtTheHitInTheStoredText() {
        run("threat");

        Document treaty = fixture.document("2009-11-29");
        String text = fixture.text(treaty);
        assertThat(search.rows()).isNotEmpty().allSatisfy(row -> {
            assertThat(row.documentId()).isEqualTo(treaty.id());
            assertThat(text.substring(row.start(), row.end())).isEqualTo(row.hit());
            assertThat(row.hit().toLowerCase()).startsWith("threat");
        });
        assertThat(search.rows()).extracting(r -> r.hit().toLowerCase()).contains("threat", "threats");
        assertThat(search.totalsProperty().get()).isEqualTo(search.rows().size() + " hits in 1 document");
        assertThat(search.errorProperty().get()).isEmpty();
    }

    @Test
    void russianWordFindsItsFormsAtTheirCyrillicOffsets() {
        run("угроза");

        long munich = fixture.document("2007-02-10").id();
        assertThat(search.rows()).filteredOn(r -> r.documentId() == munich).extracting(r -> r.hit().toLowerCase())
                .contains("угроза", "угрозы", "угрозу", "угрозой");
        assertThat(search.rows()).allSatisfy(r -> assertThat(
                fixture.workbench().documents().text(r.documentId()).substring(r.start(), r.end())).isEqualTo(r.hit()));
        assertThat(search.totalsProperty().get()).endsWith(" in 2 documents");
    }

    @Test
    void exactFormsToggleLeavesOtherFormsOut() {
        search.exactFormsProperty().set(true);
        run("threat");

        assertThat(search.rows()).hasSize(4).allSatisfy(r -> assertThat(r.hit()).isEqualToIgnoringCase("threat"));
    }

    /**
     * A query that matched nothing said "0 hits in 0 documents", which names no query and reads as a count gone wrong;
     * parallax search says in one line that no passage matched and what was searched. The tab says the same words.
     */
    @Test
    void aQueryThatMatchesNothingSaysWhatWasSearchedInTheCommandLinesWords() {
        run("qwertyuiop code:\"Balance of power\"");
        assertThat(search.rows()).isEmpty();
        assertThat(search.totalsProperty().get()).isEqualTo("No passage matched 'qwertyuiop code:\"Balance of power\"'");

        search.exactFormsProperty().set(true);
        run("  qwertyuiop ");
        assertThat(search.totalsProperty().get()).isEqualTo("No passage matched 'qwertyuiop' (exact word forms)");

        // A query that matches documents without a line to show is counted, as the command line counts it.
        search.exactFormsProperty().set(false);
        run("-qwertyuiop");
        assertThat(search.totalsProperty().get())
                .isEqualTo("0 hits in " + fixture.workbench().documents().list().size() + " documents");
    }

    @Test
    void malformedQueryShowsTheReasonAndNoLinesWithoutADialog() {
        run("threat");
        run("\"balance of");

        assertThat(search.errorProperty().get()).contains("quotation mark").contains("never closed");
        assertThat(search.rows()).isEmpty();
        assertThat(search.totalsProperty().get()).isEmpty();
        assertThat(fixture.dialogs.errors).isEmpty();

        run("security");
        assertThat(search.errorProperty().get()).isEmpty();
        assertThat(search.rows()).isNotEmpty();
    }

    @Test
    void selectingALineOpensTheDocumentWithTheHitSelectedAndF3StepsOn() {
        run("security");
        SearchHit first = search.rows().get(0);
        SearchHit second = search.rows().get(1);

        search.open(first);
        assertThat(fixture.main.document().documentProperty().get().id()).isEqualTo(first.documentId());
        assertThat(fixture.main.document().revealProperty().get()).isEqualTo(new TextRange(first.start(), first.end()));
        assertThat(fixture.main.documents().selectedProperty().get().id()).isEqualTo(first.documentId());

        search.next();
        assertThat(search.currentProperty().get()).isEqualTo(second);
        assertThat(fixture.main.document().revealProperty().get()).isEqualTo(new TextRange(second.start(), second.end()));
        search.previous();
        search.previous();
        assertThat(search.currentProperty().get()).isEqualTo(search.rows().get(search.rows().size() - 1));
    }

    @Test
    void savedSearchIsKeptInTheProjectAndRunsAgain() {
        search.queryProperty().set("\"collective security\"");
        search.save("Collective security");
        assertThat(search.saved()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("Collective security");
            assertThat(s.query()).isEqualTo("\"collective security\"");
        });

        fixture.main.open(fixture.workbench().file());
        // A reopened project may search a private index built in the background (the old one's lock can outlive it).
        fixture.workbench().search().awaitIndex();
        assertThat(search.saved()).hasSize(1);
        assertThat(search.queryProperty().get()).isEqualTo("\"collective security\"");
        search.queryProperty().set("");
        search.runSaved(search.saved().get(0));

        assertThat(search.queryProperty().get()).isEqualTo("\"collective security\"");
        assertThat(search.rows()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.hit()).isEqualToIgnoringCase("collective security"));
    }

    @Test
    void openingAHitMarksEveryHitOfThatDocumentAndOpeningAPassageClearsThem() {
        run("threat");
        var first = search.rows().get(0);
        search.open(first);
        var marks = fixture.main.document().searchMarksProperty().get();
        assertThat(marks.documentId()).isEqualTo(first.documentId());
        assertThat(marks.ranges()).hasSize(search.hitsIn(first.documentId()).size()).hasSizeGreaterThan(1)
                .contains(new org.parallax.ui.coding.TextRange(first.start(), first.end()));
        fixture.main.openPassage(first.documentId(), 0, 5);
        assertThat(fixture.main.document().searchMarksProperty().get().ranges()).isEmpty();
    }
}
