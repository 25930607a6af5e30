package org.parallax.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.parallax.model.Choices;
import org.parallax.model.Coder;
import org.parallax.model.Segment;
import org.parallax.workbench.Workbench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `coders PROJECT [--rename NAME NEW] [--active NAME] [--blind on|off] [--pseudonymise-coders on|off]`: the project's
 * coders, the active one, blind mode, and whether files name the coders by pseudonym.
 */
@Command(name = "coders", description = "List coders with their passages; set the active coder and blind mode "
        + "(each coder sees only their own passages).")
final class CodersCommand extends ProjectCommand {
    @Option(names = "--rename", arity = "2", paramLabel = "NAME",
            description = "Rename the coder NAME (the first) to the second NAME, keeping their passages, memos and "
                    + "pseudonym")
    String[] rename;
    @Option(names = "--active", paramLabel = "NAME", description = "Make NAME the active coder") String active;
    @Option(names = "--blind", paramLabel = "on|off",
            description = "Blind coding: on shows each coder only their own passages")
    String blind;
    @Option(names = "--pseudonymise-coders", paramLabel = "on|off",
            description = "On: every file the project writes names its coders Coder 1, Coder 2, … in the order they "
                    + "joined")
    String pseudonymiseCoders;
    @CommandLine.Mixin ListingOutput output = new ListingOutput();

    @Override
    int run(Workbench workbench) {
        if (rename != null) {
            workbench.renameCoder(rename[0], rename[1]);
        }
        if (active != null) {
            workbench.setActiveCoder(active);
        }
        if (blind != null) {
            workbench.setBlindMode(Choices.<Boolean>of().add("on", true).add("off", false).parse(blind, "--blind"));
        }
        if (pseudonymiseCoders != null) {
            workbench.pseudonymiseCoders(Choices.<Boolean>of().add("on", true).add("off", false)
                    .parse(pseudonymiseCoders, "--pseudonymise-coders"));
        }
        Map<String, String> inFiles = workbench.coderPseudonyms();
        List<Segment> segments = workbench.coding().segments();
        long activeId = workbench.activeCoder().id();
        // In blind mode the size of a hidden layer is not told either: it would set the second coder a target.
        Set<Long> readable = workbench.readableCoders().stream().map(Coder::id)
                .collect(Collectors.toSet());
        List<String> columns = new ArrayList<>(List.of("id", "coder", "passages", "active"));
        if (!inFiles.isEmpty()) {
            columns.add("in files");
        }
        Listing listing = new Listing(columns);
        workbench.coders().forEach(c -> {
            List<Object> row = new ArrayList<>(Arrays.asList(c.id(), c.name(), readable.contains(c.id())
                    ? segments.stream().filter(s -> s.coderId() == c.id()).count() : null,
                    c.id() == activeId ? "yes" : null));
            if (!inFiles.isEmpty()) {
                row.add(inFiles.getOrDefault(c.name(), c.name()));
            }
            listing.row(row.toArray());
        });
        output.print(out(), workbench, listing, "Coders");
        if (output.isTable()) {
            out().println("blind mode " + (workbench.blindMode() ? "on" : "off"));
            out().println("pseudonymise coders " + (workbench.pseudonymisesCoders() ? "on: files name them as in the "
                    + "column 'in files'" : "off"));
        }
        return 0;
    }
}
