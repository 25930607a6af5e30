package org.parallax.cli;

import org.parallax.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `uncode PROJECT --segment ID`. */
@Command(name = "uncode", description = "Remove a coded passage.")
final class UncodeCommand extends ProjectCommand {
    @Option(names = "--segment", required = true, paramLabel = "ID",
            description = "Passage id (as `segments` lists)")
    long segment;

    @Override
    int run(Workbench workbench) {
        workbench.coding().uncode(segment);
        out().println("removed segment " + segment);
        return 0;
    }
}
