package org.parallax.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Document;
import org.parallax.ui.UiFixture;
import org.parallax.ui.coding.TextRange;
import org.parallax.ui.documents.DocumentRow;
import org.parallax.workbench.Backups;
import org.parallax.workbench.ImportRequest;
import org.parallax.workbench.TaskProgress;
import org.parallax.workbench.Workbench;

/**
 * File → Restore from backup… reopens the project at the document the user was reading, where they were in it, when
 * the backup holds that document; it opened at the first document, as if the project had just been opened.
 */
class RestoreKeepsTheReadingPlaceTest {
    @TempDir
    Path dir;

    @Test
    void theDocumentBeingReadStaysOpenAtItsPlaceAfterARestore() {
        try (UiFixture fixture = UiFixture.open(dir)) {
            Workbench wb = fixture.workbench();
            Document second = wb.documents().list().get(1);
            wb.backups().take("manual");
            read(fixture, second.id());
            fixture.main.document().firstShownProperty().set(300);
            fixture.dialogs.choiceAnswer = newestBackup(fixture);

            fixture.main.backups().chooseAndRestore();

            assertThat(fixture.dialogs.errors).isEmpty();
            assertThat(fixture.dialogs.informations).singleElement().asString().startsWith("Restored the backup of");
            assertThat(fixture.main.documents().selectedProperty().get().id()).isEqualTo(second.id());
            assertThat(fixture.main.document().documentProperty().get().id()).isEqualTo(second.id());
            assertThat(fixture.main.document().topProperty().get()).isEqualTo(new TextRange(300, 300));
        }
    }

    @Test
    void aSelectionInTheDocumentBeingReadIsShownAgainAfterARestore() {
        try (UiFixture fixture = UiFixture.open(dir)) {
            Workbench wb = fixture.workbench();
            Document second = wb.documents().list().get(1);
            wb.backups().take("manual");
            read(fixture, second.id());
            fixture.main.document().selectionProperty().set(new TextRange(40, 95));
            fixture.dialogs.choiceAnswer = newestBackup(fixture);

            fixture.main.backups().chooseAndRestore();

            assertThat(fixture.main.document().documentProperty().get().id()).isEqualTo(second.id());
            assertThat(fixture.main.document().revealProperty().get()).isEqualTo(new TextRange(40, 95));
        }
    }

    /**
     * The search box kept its query after a restore, over results that were the project's before it: the restored
     * file may hold other texts. The box is emptied, as when another project is opened; its lines were already gone.
     */
    @Test
    void theSearchBoxIsEmptiedByARestore() {
        try (UiFixture fixture = UiFixture.open(dir)) {
            fixture.workbench().backups().take("manual");
            fixture.main.search().queryProperty().set("NATO");
            fixture.main.search().run();
            fixture.dialogs.choiceAnswer = newestBackup(fixture);

            fixture.main.backups().chooseAndRestore();

            assertThat(fixture.dialogs.informations).singleElement().asString().startsWith("Restored the backup of");
            assertThat(fixture.main.search().queryProperty().get()).isEmpty();
            assertThat(fixture.main.search().rows()).isEmpty();
        }
    }

    /**
     * A document imported after the backup is not in it (and takes a new id, never the removed one's, which the
     * backup holds for another text): the restored project opens at its first document, not at one the user was not
     * reading.
     */
    @Test
    void aDocumentTheBackupDoesNotHoldGivesWayToTheFirstDocument() {
        try (UiFixture fixture = UiFixture.open(dir)) {
            Workbench wb = fixture.workbench();
            List<Document> before = wb.documents().list();
            wb.backups().take("manual");
            String backup = newestBackup(fixture);
            wb.documents().delete(List.of(before.get(1).id()));
            wb.documents().importFiles(ImportRequest.of(List.of(Path.of(
                    "samples/texts/2007-02-10_putin_munich_speech_and_discussion_ru.txt"))), TaskProgress.NONE);
            Document imported = wb.documents().list().stream().filter(d -> d.sourceFile().contains("munich"))
                    .findFirst().orElseThrow();
            // A removed document's id is not handed out again: the backup holds no document under the new one's id.
            assertThat(before).extracting(Document::id).doesNotContain(imported.id());
            read(fixture, imported.id());
            fixture.dialogs.choiceAnswer = backup;

            fixture.main.backups().chooseAndRestore();

            assertThat(fixture.dialogs.errors).isEmpty();
            assertThat(fixture.workbench().documents().list()).extracting(Document::contentHash)
                    .containsExactlyElementsOf(before.stream().map(Document::contentHash).toList());
            assertThat(fixture.main.documents().selectedProperty().get().id()).isEqualTo(before.get(0).id());
            assertThat(fixture.main.document().documentProperty().get().id()).isEqualTo(before.get(0).id());
        }
    }

    private static void read(UiFixture fixture, long id) {
        fixture.main.documents().selectWhenListed(id);
        DocumentRow row = fixture.main.documents().selectedProperty().get();
        assertThat(row.id()).isEqualTo(id);
        assertThat(fixture.main.document().documentProperty().get().id()).isEqualTo(id);
    }

    private static String newestBackup(UiFixture fixture) {
        return new BackupChoice(Backups.summarise(Backups.list(fixture.project).get(0))).toString();
    }
}
