package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.model.Coder;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.SampleTeamProjects;

/**
 * A lead's push of passages coded offline under a name that reads as a pseudonym ("Coder 3"), to a team project that
 * pseudonymises its coders, made that coder on the server beside the coder files name Coder 3. Their passages are not
 * sent, said in one line; the lead's own are.
 */
@NeedsTestServer
class TeamPushOfACoderLikeAPseudonymTest {
    @RegisterExtension
    static final SampleTeamProjects team = new SampleTeamProjects();

    @TempDir
    Path dir;

    @Test
    void passagesOfACoderCalledLikeAPseudonymAreNotSent() {
        OfflineMember lena = OfflineMember.lead(team, "likepseudonym");
        Path copy = lena.pull(dir, "lena.parallax");
        try (Workbench online = Workbench.open(lena.url(), lena.password())) {
            online.pseudonymiseCoders(true);
        }
        try (Workbench offline = Workbench.open(copy)) {
            Code code = OfflineMember.indicator(offline);
            long document = offline.documents().list().get(0).id();
            offline.coding().code(document, 20, 40, code.id(), null);
            offline.setActiveCoder("Coder 3");
            offline.coding().code(document, 50, 70, code.id(), null);
            offline.coding().code(document, 80, 90, code.id(), null);
        }

        PushReport push = lena.push(copy);

        assertThat(push.passagesSent()).isOne();
        assertThat(push.conflicts()).containsExactly("coder Coder 3 is called like a pseudonym, and the team project "
                + "pseudonymises its coders: files, which name them Coder 1, Coder 2, …, would name them and another "
                + "coder alike: 2 passages not sent (a lead switches pseudonymising the coders off in the team project, "
                + "or the passages are coded under another name; then push again)");
        try (Workbench online = Workbench.open(lena.url(), lena.password())) {
            assertThat(online.coders()).extracting(Coder::name).doesNotContain("Coder 3");
        }
    }
}
