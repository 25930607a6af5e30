package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.testutil.TestProjects;

/**
 * Two windows on one project (two team members work the same way): a code one of them deleted is still shown by the
 * other until it refreshes; acting on it there is refused in a line that says what most likely happened and that
 * nothing was saved, not only that no such id exists.
 */
class DeletedCodeElsewhereTest {
    @TempDir
    Path dir;

    @Test
    void codingWithACodeAnotherWindowDeletedSaysItWasDeletedAndSavesNothing() {
        try (Workbench first = TestProjects.table1(dir)) {
            long doc = TestProjects.importOne(first, TestProjects.textFile(dir, "rome.txt", "The Council met in Rome."));
            try (Workbench second = Workbench.open(first.file())) {
                Code shown = second.codebook().code("Balance of power");
                first.codebook().deleteCode(shown.id());

                assertThatThrownBy(() -> second.coding().code(doc, 0, 3, shown.id(), null))
                        .hasMessage("No code with id " + shown.id() + " in the codebook: it was deleted or merged "
                                + "into another code, here or by another member or window; nothing was saved");
                assertThatThrownBy(() -> second.codebook().moveCode(shown.id(), shown.frameId(), null))
                        .hasMessageContaining("it was deleted or merged");
                assertThat(second.coding().segments()).isEmpty();
                assertThat(first.coding().segments()).isEmpty();
            }
        }
    }
}
