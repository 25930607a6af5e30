package org.parallax.workbench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.parallax.analysis.TextUnits;

/**
 * A child JVM for {@link TeamMemberClockTest}, run with its clock set a day ahead (libfaketime): logs into a team
 * project (URL as the first argument, password from PGPASSWORD) and stores through every path that dates what it
 * stores: as a coder ({@code coder}) auto-coding, an accepted and a rejected suggestion of the assistant, a saved
 * search; as a lead ({@code lead FILE.qdpx}) the assistant's layer, a REFI-QDA import, a hypothesis set and evidence.
 * Prints "clock INSTANT" (its own clock) first and "done" when all is stored.
 */
public final class TeamClockChild {
    static final String SET = "Clock check";

    private TeamClockChild() {
    }

    public static void main(String[] args) {
        System.out.println("clock " + Instant.now());
        try (Workbench workbench = Workbench.open(args[0], null)) {
            if (args[1].equals("coder")) {
                asCoder(workbench);
            } else {
                asLead(workbench, Path.of(args[2]));
            }
        }
        System.out.println("done");
    }

    private static void asCoder(Workbench coder) {
        coder.autoCoding().apply(coder.autoCoding().plan("NATO", "Balance of power", TextUnits.Scope.SENTENCE, null));
        long document = coder.documents().list().get(0).id();
        long code = coder.codebook().code("Balance of power").id();
        coder.assistant().accept(new Suggestion(document, 0, 4, code, "Balance of power", 0.9),
                AssistantSettings.defaults().withCoder("analyst"));
        coder.assistant().reject(new Suggestion(document, 5, 9, code, "Balance of power", 0.8));
        coder.search().save("nato", "NATO");
    }

    private static void asLead(Workbench lead, Path exchangeFile) {
        lead.assistant().run(AssistantSettings.defaults().withCoder("analyst"), List.of("Balance of power"), null);
        lead.exchange().importQdpx(exchangeFile);
        lead.tracing().addHypothesis(SET, "H", null, 0.5, false);
        lead.tracing().addHypothesis(SET, "Other", null, 0.5, true);
        long passage = lead.coding().segments().get(0).id();
        lead.tracing().addEvidence(new EvidenceRequest(SET, List.of(passage), null, Map.of("H", "0.8", "Other", "0.5"),
                "a reading", null, null, null));
    }
}
