package org.parallax.cli;

import org.parallax.workbench.Workbench;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** `codes PROJECT`: the codebook with frames, scenarios and code frequencies. */
@Command(name = "codes", description = "List the codes with their frame and frequencies.")
final class CodesCommand extends ProjectCommand {
    @CommandLine.Mixin ListingOutput output = new ListingOutput();

    @Override
    int run(Workbench workbench) {
        Listing listing = Listing.of(workbench.exports().codesTable());
        output.print(out(), workbench, listing, "Codes");
        return 0;
    }
}
