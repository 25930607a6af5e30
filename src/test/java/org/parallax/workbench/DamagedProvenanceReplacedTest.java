package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.model.ParallaxException;
import org.parallax.testutil.Backend;
import org.parallax.testutil.BothBackends;
import org.parallax.testutil.OutsideDamage;
import org.parallax.testutil.TestProjects;

/**
 * The assistant's record of a passage changed outside Parallax so that it names another passage (a flipped bit in
 * its passage's id): writing the record of that passage again (redo of an accepted suggestion) replaced the damaged
 * row and wrote a new checksum over it, so the check no longer named the damage. The write is refused, saying why,
 * and the check still names the record.
 */
class DamagedProvenanceReplacedTest {
    @TempDir
    Path dir;

    @BothBackends
    void aDamagedRecordIsNotReplacedAndSealedByTheRecordOfThePassageItNowNames(Backend backend) throws Exception {
        try (Workbench wb = backend.table1(dir)) {
            long document = TestProjects.importOne(wb, TestProjects.textFile(dir, "report.txt",
                    "NATO and Russia met in Rome. Sanctions were named. Talks went on."));
            Code code = wb.codebook().current().codes().get(0);
            wb.coding().code(document, 0, 4, code.id(), null);
            wb.coding().code(document, 9, 15, wb.codebook().current().codes().get(1).id(), null);
            AssistantSettings settings = AssistantSettings.defaults().withCoder(wb.activeCoder().name());
            long first = wb.assistant().accept(new Suggestion(document, 29, 38, code.id(), code.name(), 0.8),
                    settings).id();
            long second = wb.assistant().accept(new Suggestion(document, 51, 56, code.id(), code.name(), 0.7),
                    settings).id();
            assertThat(wb.history().undo()).isPresent();

            OutsideDamage.run(wb.location(), "UPDATE passage_provenance SET segment_id = " + second
                    + " WHERE segment_id = " + first);

            assertThatThrownBy(() -> wb.history().redo()).isInstanceOf(ParallaxException.class)
                    .hasMessageContaining("its values no longer match the checksum written with them")
                    .hasMessageContaining("your change was not saved");
            assertThat(wb.check().contentHashes()).extracting(CheckFinding::where)
                    .contains("the assistant's record of passage " + second);
        }
    }
}
