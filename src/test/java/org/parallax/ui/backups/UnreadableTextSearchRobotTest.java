package org.parallax.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.parallax.testutil.DamagedPages;
import org.parallax.workbench.SearchHit;
import org.testfx.api.FxRobot;

/**
 * The sample with the text of document 8 on a page of zeros (a bad disk), opened in the window read-only: the Search
 * tab answers with the lines of every other document and, beside its totals, names document 8 as not searched (the
 * index is built after the damage; before, indexing stopped there and every search was refused). A backup restored
 * from the banner makes document 8 searchable again.
 */
class UnreadableTextSearchRobotTest extends ReadOnlyBannerRobotWindow {
    @Override
    protected Path project(Path folder) throws Exception {
        Path project = sampleWithABackup(folder);
        assertThat(DamagedPages.zeroMiddleLeafPage(project, "document_texts")).containsExactly(8L);
        return project;
    }

    @Test
    void aDocumentThatCouldNotBeIndexedIsNamedAsNotSearchedAndIsSearchedOnceRestored(FxRobot robot) throws Exception {
        assertThat(readOnlyBanner(robot)).contains("is open read-only");

        String totals = searchNato(robot);

        assertThat(totals).isEqualTo("142 hits in 10 documents — document 8 “Interview to Bloomberg” was not searched: "
                + "its text cannot be read (the project file is damaged there), so any hits in it are neither counted "
                + "nor shown; the other documents were all searched. See what is damaged with: parallax check "
                + read(() -> main.context().workbench().file()) + "; restore a backup with File → Restore from backup…");
        TableView<SearchHit> table = find(robot, "#searchResults", TableView.class);
        assertThat(copy(table::getItems)).hasSize(142).noneMatch(h -> h.documentId() == 8);
        // "Search index ready" alone hid that document 8 is not in it; auto-coding from the search dropped the note
        assertThat(read(() -> main.search().indexStatusProperty().get())).endsWith(", without 1 document: its text "
                + "cannot be read (the project file is damaged there), so searches do not look into it");
        robot.interact(() -> {
            main.autoCode().previewProperty().set("");
            main.autoCode().codeProperty().set("Balance of power");
            main.autoCode().preview();
        });
        waitUntil(() -> main.autoCode().previewProperty().get().startsWith("Will create"));
        assertThat(read(() -> main.autoCode().previewProperty().get())).contains(" — document 8 “Interview to "
                + "Bloomberg” was not searched: its text cannot be read");

        restoreFromTheBanner(robot);

        assertThat(searchNato(robot)).isEqualTo("145 hits in 11 documents");
        assertThat(copy(table::getItems)).hasSize(145).filteredOn(h -> h.documentId() == 8).hasSize(3);
    }

    /** The totals line of a search for NATO in the Search tab, once the index has caught up. */
    private String searchNato(FxRobot robot) throws Exception {
        waitUntilProject(wb -> wb.search().indexProgress().complete());
        waitUntil(() -> main.search().indexStatusProperty().get().startsWith("Search index"));
        selectTab(robot, "Search");
        robot.interact(() -> {
            main.search().totalsProperty().set("");
            main.search().queryProperty().set("NATO");
        });
        robot.clickOn("#searchQuery").type(KeyCode.ENTER);
        waitUntil(() -> !main.search().totalsProperty().get().isEmpty());
        return read(() -> main.search().totalsProperty().get());
    }
}
