package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.search.SearchIndex;
import org.parallax.search.SearchOptions;
import org.parallax.testutil.TestProjects;

/**
 * A search that waits for the whole index (the command line's) reads the index's last commit without opening an
 * IndexWriter when that commit holds exactly the project's documents, also beside a window that holds the write
 * lock; when the commit is behind the documents it falls back to catching the index up (ADR 0015).
 */
class CommittedIndexSearchTest {
    @TempDir
    Path dir;

    @Test
    void aCurrentIndexIsSearchedReadOnlyBesideTheWindowThatWritesIt() {
        try (Workbench window = TestProjects.table1(dir)) {
            TestProjects.importOne(window, TestProjects.textFile(dir, "rome.txt", "The Council met in Rome in 2002."));
            TestProjects.importOne(window, TestProjects.textFile(dir, "paris.txt", "NATO and Russia met in Paris."));
            window.search().awaitIndex();
            try (Workbench command = Workbench.open(window.file())) {
                assertThat(command.search().search("Paris OR Rome", SearchOptions.defaults()).totalHits())
                        .isEqualTo(2);
                // Still reading the commit: no writer was opened, so no private index was needed either.
                assertThat(command.project().committedIndex()).isPresent();
                assertThat(command.project().indexIsPrivate()).isFalse();
            }
            // The window's writer was not disturbed.
            TestProjects.importOne(window, TestProjects.textFile(dir, "oslo.txt", "The Council met in Oslo."));
            window.search().awaitIndex();
            assertThat(window.search().kwic("Oslo OR Rome", false, 5).totalHits()).isEqualTo(2);
        }
    }

    @Test
    void aDocumentImportedHereBesideTheWindowIsFoundByTheNextSearch() {
        try (Workbench window = TestProjects.table1(dir)) {
            TestProjects.importOne(window, TestProjects.textFile(dir, "rome.txt", "The Council met in Rome in 2002."));
            window.search().awaitIndex();
            try (Workbench command = Workbench.open(window.file())) {
                assertThat(command.search().search("Rome", SearchOptions.defaults()).totalHits()).isEqualTo(1);
                // The window holds the index, so this import cannot index its document in the shared one: the
                // commit read so far no longer holds every document and must not answer alone.
                TestProjects.importOne(command, TestProjects.textFile(dir, "paris.txt", "They met in Paris."));
                assertThat(command.search().search("Paris OR Rome", SearchOptions.defaults()).totalHits())
                        .isEqualTo(2);
                // It searched an index of its own, which is the one whose folder it names.
                assertThat(command.project().indexIsPrivate()).isTrue();
                assertThat(command.search().indexFolder()).isNotEqualTo(window.search().indexFolder()).isDirectory();
            }
        }
    }

    @Test
    void aDocumentAnotherProgramImportedBetweenTwoSearchesIsFoundByTheNext() {
        try (Workbench window = TestProjects.table1(dir)) {
            TestProjects.importOne(window, TestProjects.textFile(dir, "rome.txt", "The Council met in Rome in 2002."));
            window.search().awaitIndex();
            try (Workbench command = Workbench.open(window.file())) {
                assertThat(command.search().search("Rome", SearchOptions.defaults()).totalHits()).isEqualTo(1);
                assertThat(command.search().search("Rome", SearchOptions.defaults()).totalHits()).isEqualTo(1);
                // The commit this process reads was found to match, and is not compared again before every query:
                // another program's import must still make the next query compare, and not answer from that commit.
                TestProjects.importOne(window, TestProjects.textFile(dir, "paris.txt", "They met in Paris."));
                assertThat(command.search().search("Paris OR Rome", SearchOptions.defaults()).totalHits())
                        .isEqualTo(2);
            }
        }
    }

    @Test
    void anIndexBehindTheDocumentsIsCaughtUpBeforeItAnswers() {
        Path file;
        long parisId;
        try (Workbench wb = TestProjects.table1(dir)) {
            TestProjects.importOne(wb, TestProjects.textFile(dir, "rome.txt", "The Council met in Rome in 2002."));
            parisId = TestProjects.importOne(wb, TestProjects.textFile(dir, "paris.txt", "They met in Paris."));
            wb.search().awaitIndex();
            file = wb.file();
        }
        // The index loses a document the project holds (as if written by an older run that crashed before it).
        try (SearchIndex index = SearchIndex.open(file.resolveSibling(file.getFileName() + ".index"),
                (id, hash) -> null)) {
            index.delete(parisId);
        }
        try (Workbench command = Workbench.open(file)) {
            assertThat(command.search().search("Paris OR Rome", SearchOptions.defaults()).totalHits()).isEqualTo(2);
            assertThat(command.project().committedIndex()).isEmpty();
        }
    }
}
