package org.parallax.cli;

import org.parallax.workbench.Workbench;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** `docs PROJECT`: the documents with their metadata and passage counts. */
@Command(name = "docs", description = "List the project's documents.")
final class DocsCommand extends ProjectCommand {
    @CommandLine.Mixin ListingOutput output = new ListingOutput();

    @Override
    int run(Workbench workbench) {
        Listing listing = Listing.of(workbench.exports().documentsTable());
        output.print(out(), workbench, listing, "Documents");
        return 0;
    }
}
