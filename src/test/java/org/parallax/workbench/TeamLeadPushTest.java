package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.SampleTeamProjects;

/** {@code team push} by a lead, whose push adds to the team codebook what the copy's passages need. */
@NeedsTestServer
class TeamLeadPushTest {
    @RegisterExtension
    static final SampleTeamProjects team = new SampleTeamProjects();

    @TempDir
    Path dir;

    /** A code a lead's push added has another id on the server; removed in the copy, it stayed there unnamed. */
    @Test
    void aCodeALeadsPushAddedAndTheCopyRemovedIsNamed() {
        OfflineMember lena = OfflineMember.lead(team, "pushedcode");
        Path copy = lena.pull(dir, "lena.parallax");
        Code added;
        try (Workbench offline = Workbench.open(copy)) {
            added = offline.codebook().addCode("Added by the lead offline", null, null, null, null);
            offline.coding().code(offline.documents().list().get(0).id(), 20, 40, added.id(), null);
        }
        PushReport first = lena.push(copy);
        assertThat(first.conflicts()).isEmpty();
        assertThat(first.passagesSent()).isOne();
        try (Workbench offline = Workbench.open(copy)) {
            offline.codebook().deleteCode(added.id());
        }

        PushReport push = lena.push(copy);
        PushReport again = lena.push(copy);

        String line = "code Added by the lead offline was removed in lena.parallax: a push removes nothing from the "
                + "team project (a lead removes it there)";
        assertThat(push.conflicts()).filteredOn(l -> l.startsWith("code ")).containsExactly(line);
        assertThat(push.conflicts()).anyMatch(l -> l.startsWith("passage ") && l.contains("(Added by the lead "
                + "offline) of " + lena.login() + " was removed in lena.parallax"));
        assertThat(again.conflicts()).as("pushed again, still said").contains(line);
        try (Workbench online = Workbench.open(lena.url(), lena.password())) {
            assertThat(online.codebook().current().codeNamed("Added by the lead offline")).isPresent();
        }
    }

    /** A code a lead's push added, kept in the copy, is neither named as removed nor as added again. */
    @Test
    void aCodeALeadsPushAddedAndTheCopyKeptIsNotNamed() {
        OfflineMember lena = OfflineMember.lead(team, "keptcode");
        Path copy = lena.pull(dir, "lena.parallax");
        try (Workbench offline = Workbench.open(copy)) {
            Code added = offline.codebook().addCode("Kept by the lead", null, null, null, null);
            offline.coding().code(offline.documents().list().get(0).id(), 20, 40, added.id(), null);
        }
        assertThat(lena.push(copy).conflicts()).isEmpty();

        PushReport again = lena.push(copy);

        assertThat(again.conflicts()).isEmpty();
        assertThat(again.passagesSent()).isZero();
    }
}
