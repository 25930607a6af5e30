package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.TestProjects;

/**
 * A login of four letters with a doubled last one ("bobb", whose key is "bob") while the documents write "bob" small:
 * the login, spelt as the documents never write it, is the name, and their ordinary word stays.
 */
class LoginWithADoubledLetterTest {
    @TempDir
    Path dir;
    Workbench wb;

    @AfterEach
    void close() {
        if (wb != null) {
            wb.close();
        }
    }

    /**
     * The coder "bobb" is hidden written small and with a capital; "bob" written small, an ordinary word of the
     * documents ("a bob sled"), stays.
     */
    @Test
    void aLoginWithADoubledLastLetterIsHiddenAndTheOrdinaryWordStays() {
        wb = TestProjects.table1(dir);
        long doc = TestProjects.importOne(wb, TestProjects.textFile(dir, "race.txt",
                "The team rode a bob sled down the track. The bob sled crashed twice.\n"));
        wb.setActiveCoder("bobb");
        wb.coding().code(doc, 0, 8, wb.codebook().code("Balance of power").id(), null);
        wb.pseudonymiseCoders(true);
        String pseudonym = wb.coderPseudonyms().get("bobb");

        String written = wb.exports().asWritten("Asked Bobb about it; bobb agreed. The bob sled was slow.");

        assertThat(written).isEqualTo("Asked " + pseudonym + " about it; " + pseudonym
                + " agreed. The bob sled was slow.");
    }
}
