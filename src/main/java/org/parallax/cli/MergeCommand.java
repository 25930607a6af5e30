package org.parallax.cli;

import java.nio.file.Path;
import org.parallax.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** `merge PROJECT OTHER.parallax`: adds another project's coder layers to this one. */
@Command(name = "merge", description = "Add the coded passages of another project (matched by document content) "
        + "as their coders' layers; nothing in PROJECT is overwritten.")
final class MergeCommand extends ProjectCommand {
    @Parameters(index = "1", paramLabel = "OTHER.parallax|OTHER.qdpx",
            description = "Another coder's project file or REFI-QDA export")
    Path other;

    @Override
    int run(Workbench workbench) {
        ExchangeFiles.print(workbench.merging().merge(other), out(), err());
        return 0;
    }
}
