package org.parallax.ui.memos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Memo;
import org.parallax.model.MemoTarget;
import org.parallax.ui.UiFixture;
import org.parallax.workbench.SmallDisk;
import org.parallax.workbench.Workbench;

/**
 * A memo typed in the window and saved when the disk holding the project is full: refused in one line saying so, the
 * text kept in the editor and saved once there is room, nothing of it half-written, the memo saved before whole.
 */
class MemoFullDiskViewModelTest {
    @TempDir
    Path dir;

    @Test
    void aMemoSavedOnAFullDiskIsRefusedInOneLineKeptInTheEditorAndSavedOnceThereIsRoom() throws Exception {
        try (SmallDisk disk = SmallDisk.mountOrSkip(dir.resolve("disk"), 24)) {
            Path project = UiFixture.createProject(disk.folder());
            MemoTarget target;
            String typed = "Read against the 2000 concept. ".repeat(20_000);
            UiFixture fixture = UiFixture.open(project, dir);
            try {
                MemoViewModel memo = fixture.main.memo();
                long concept = fixture.document("foreign_policy").id();
                fixture.main.documents().select(concept);
                target = MemoTarget.document(concept);
                memo.textProperty().set("First reading.");
                memo.flush();
                assertThat(memo.statusProperty().get()).isEqualTo("Saved");
                Path filler = disk.leaveRoom("filler", 0);

                memo.textProperty().set(typed);
                memo.flush();

                assertThat(memo.statusProperty().get()).isEqualTo("Not saved");
                assertThat(fixture.dialogs.errors).singleElement().asString().doesNotContain("\n")
                        .doesNotContain("Exception").contains("full");
                assertThat(memo.textProperty().get()).as("what was typed stays in the editor").isEqualTo(typed);
                assertThat(fixture.workbench().memos().memo(target).map(Memo::text)).contains("First reading.");
                assertThat(fixture.workbench().check().contentHashes()).as("nothing half-written").isEmpty();

                Files.delete(filler);
                fixture.main.documents().select(fixture.document("kremlin").id());

                assertThat(fixture.workbench().memos().memo(target).map(Memo::text)).as("saved once there is room")
                        .contains(typed);
            } finally {
                fixture.close();
            }
            try (Workbench wb = Workbench.open(project)) {
                assertThat(wb.memos().memo(target).map(Memo::text)).contains(typed);
                assertThat(wb.check().contentHashes()).isEmpty();
            }
        }
    }
}
