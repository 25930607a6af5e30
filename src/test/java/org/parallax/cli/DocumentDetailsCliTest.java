package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.DocumentMeta;
import org.parallax.model.DocumentType;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.Workbench;

/**
 * A document's details (title, date, type, actor, language, scenario, attributes) could be changed in the window only:
 * a duplicate import refuses them and pointed to the window. {@code parallax document} shows and changes them.
 */
class DocumentDetailsCliTest {
    @TempDir
    Path dir;
    Path project;

    @BeforeEach
    void sample() {
        project = TestProjects.sampleCopy(dir);
    }

    @Test
    void theDetailsGivenAreChangedAndTheOthersStay() {
        DocumentMeta before = meta(3);

        Cli changed = Cli.ok("document", project, "3", "--title", "Putin meets Robertson", "--date", "2002-11-12",
                "--scenario", "institutionalized DIALOGUE", "--actor", "Kremlin", "--attr", "speaker=Vladimir Putin");

        DocumentMeta after = meta(3);
        assertThat(after.title()).isEqualTo("Putin meets Robertson");
        assertThat(after.date()).isEqualTo(LocalDate.of(2002, 11, 12));
        assertThat(after.scenario()).isEqualTo("Institutionalized dialogue");
        assertThat(after.actor()).isEqualTo("Kremlin");
        assertThat(after.attributes()).isEqualTo(Map.of("speaker", "Vladimir Putin"));
        assertThat(after.type()).isEqualTo(before.type());
        assertThat(after.language()).isEqualTo(before.language());
        assertThat(changed.out()).contains("Putin meets Robertson", "2002-11-12", "attr:speaker", "Vladimir Putin")
                .endsWith("changed --title, --date, --actor, --scenario, --attr of document 3\n");

        Cli byTitle = Cli.ok("document", project, "PUTIN MEETS ROBERTSON", "--no-date", "--scenario", "",
                "--type", "speech", "--attr", "speaker=");
        assertThat(byTitle.out()).contains("Putin meets Robertson");
        DocumentMeta cleared = meta(3);
        assertThat(cleared.date()).isNull();
        assertThat(cleared.scenario()).isNull();
        assertThat(cleared.type()).isEqualTo(DocumentType.SPEECH);
        assertThat(cleared.attributes()).isEmpty();
    }

    @Test
    void withoutOptionsTheDetailsAreShownAndNothingChanges() {
        DocumentMeta before = meta(3);

        Cli shown = Cli.ok("document", project, "3");

        assertThat(shown.out()).contains("President Vladimir Putin met with NATO Secretary-General George Robertson",
                "2002-11-11", "minutes", "Russia", "Institutionalized dialogue").doesNotContain("changed");
        assertThat(meta(3)).isEqualTo(before);
    }

    @Test
    void aWrongDocumentOrScenarioIsRefusedInOneLineAndNothingChanges() {
        DocumentMeta before = meta(3);

        Cli noDocument = Cli.parallax("document", project, "Treaty of Nowhere", "--title", "x");
        assertThat(noDocument.exit()).isEqualTo(1);
        assertThat(noDocument.err().strip()).isEqualTo("error: sample.parallax: no document with the id or title "
                + "'Treaty of Nowhere' (see: parallax docs " + project + "); nothing was changed");

        Cli noScenario = Cli.parallax("document", project, "3", "--title", "x", "--scenario", "Détente");
        assertThat(noScenario.exit()).isEqualTo(1);
        assertThat(noScenario.err().strip()).isEqualTo("error: unknown scenario 'Détente' (the project has: "
                + "Partnership schemes / joint exercise, Institutionalized dialogue, Disbanding of institutional "
                + "interaction); nothing was changed");

        Cli badType = Cli.parallax("document", project, "3", "--type", "novel");
        assertThat(badType.exit()).isEqualTo(1);
        assertThat(badType.err().strip().lines()).singleElement().asString().contains("novel");

        Cli emptyTitle = Cli.parallax("document", project, "3", "--title", " ");
        assertThat(emptyTitle.exit()).isEqualTo(1);
        assertThat(emptyTitle.err().strip().lines()).singleElement().asString().contains("needs a title");

        assertThat(meta(3)).isEqualTo(before);
    }

    private DocumentMeta meta(long id) {
        try (Workbench wb = Workbench.open(project)) {
            return wb.documents().require(id).meta();
        }
    }
}
