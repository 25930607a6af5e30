package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Coder;
import org.parallax.testutil.AssistantFixture;
import org.parallax.testutil.KilledChild;

/**
 * An {@code assistant run} killed before it stored anything leaves the project as it was: no coder "assistant"
 * with no passages in the Coder boxes, the agreement's coders and {@code parallax coders}.
 */
class AssistantRunKilledTest {
    @TempDir
    Path dir;

    @Test
    void aRunKilledBeforeItsLayerIsStoredAddsNoCoder() throws Exception {
        Path project = AssistantFixture.create(dir, 4, 1);
        int passages;
        try (Workbench wb = Workbench.open(project)) {
            passages = wb.coding().segments().size();
        }

        KilledChild.killAtHook(AssistantRunKilledChild.class, "every document judged", dir, project.toString());

        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.integrityCheck()).isEqualTo("ok");
            assertThat(wb.coders()).extracting(Coder::name).containsExactly(AssistantFixture.CODER);
            assertThat(wb.coding().segments()).hasSize(passages);
            // a run that goes through creates the coder with its passages
            wb.assistant().run(AssistantSettings.defaults().withCoder(AssistantFixture.CODER), null, null);
            long assistant = wb.coders().stream().filter(c -> c.name().equals(Coder.ASSISTANT)).findFirst()
                    .orElseThrow().id();
            assertThat(wb.coding().segments()).filteredOn(s -> s.coderId() == assistant).isNotEmpty();
        }
    }
}
