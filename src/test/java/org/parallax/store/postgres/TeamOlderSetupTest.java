package org.parallax.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.parallax.model.Segment;
import org.parallax.store.ProjectStore;
import org.parallax.store.ProjectStores;
import org.parallax.testutil.Cli;
import org.parallax.testutil.NeedsTestServer;

/**
 * A team project set up by an older team init, before actions were recorded (no applied_actions): a write could
 * be applied twice after a lost connection, so it opens read-only with one line telling the lead what to run, on
 * the command line too; running it makes the project writable again without touching its data.
 */
@NeedsTestServer
class TeamOlderSetupTest {
    @Test
    void aProjectWithoutTheActionLogOpensReadOnlyNamingTheCommandThatUpgradesIt() throws Exception {
        SpeechProject speech = SpeechProject.create("older");
        try (Connection admin = speech.admin()) {
            admin.createStatement().execute("DROP TABLE applied_actions");
        }
        try (ProjectStore store = ProjectStores.open(speech.url(), null)) {
            assertThat(store.readOnlyReason()).hasValueSatisfying(reason -> assertThat(reason)
                    .contains("set up by an older Parallax", "parallax team init postgresql://OWNER@")
                    .contains("?project=" + speech.project()).doesNotContain("\n"));
            assertThatThrownBy(() -> store.write(() -> store.segments().insert(new Segment(0, speech.document(), 0, 5,
                    speech.code(), store.coders().ensure("x").id(), null, Instant.now()))))
                    .hasMessageContaining("reading only").hasMessageContaining("team init");
        }
        Cli code = Cli.parallax("code", speech.url().toString(), "--doc", speech.document(), "--start", 0, "--end", 5,
                "--code", "Power");
        assertThat(code.exit()).isEqualTo(1);
        assertThat(code.err().strip()).contains("team init").doesNotContain("Exception").hasLineCount(1);

        ProjectStores.teamAdmin().init(speech.url(), null);
        try (ProjectStore store = ProjectStores.open(speech.url(), null)) {
            assertThat(store.readOnlyReason()).isEmpty();
            assertThat(store.segments().count()).isZero();
        }
    }
}
