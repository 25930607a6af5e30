package org.parallax.workbench;

import java.nio.file.Path;
import org.parallax.testutil.AssistantFixture;
import org.parallax.testutil.KilledChild;

/**
 * A child JVM that runs the assistant on a project and is SIGKILLed ({@link KilledChild}) once every document is
 * judged, before the layer is stored: where a researcher's kill or a crash falls during the long part of a run.
 */
public final class AssistantRunKilledChild {
    private AssistantRunKilledChild() {
    }

    public static void main(String[] args) {
        Path signal = Path.of(args[1]);
        Assistant.layerJudged = () -> KilledChild.signalAndWait(signal);
        try (Workbench wb = Workbench.open(Path.of(args[0]))) {
            wb.assistant().run(AssistantSettings.defaults().withCoder(AssistantFixture.CODER), null, null);
        }
    }
}
