package org.parallax.cli;

import org.parallax.model.Code;
import org.parallax.model.Segment;
import org.parallax.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `code PROJECT --doc ID --start N --end N --code NAME [--coder C] [--memo M]`. */
@Command(name = "code", description = "Code the passage [start, end) of a document (offsets in UTF-16 units, "
        + "see docs/offsets.md).")
final class CodeCommand extends ProjectCommand {
    @Option(names = "--doc", required = true, paramLabel = "ID", description = "Document id (as `docs` lists)")
    long document;
    @Option(names = "--start", required = true, paramLabel = "N",
            description = "Offset of the first character, in UTF-16 units from 0 (docs/offsets.md)")
    int start;
    @Option(names = "--end", required = true, paramLabel = "N",
            description = "Offset just after the last character (exclusive), in UTF-16 units")
    int end;
    @Option(names = "--code", required = true, paramLabel = "NAME",
            description = "Code to apply (as `codes` lists; case does not matter when unambiguous)")
    String code;
    @Option(names = "--coder", paramLabel = "NAME", description = "Coder name (default: the project's active coder)")
    String coder;
    @Option(names = "--memo", paramLabel = "TEXT", description = "A memo to attach to the passage") String memo;

    @Override
    int run(Workbench workbench) {
        Code c = workbench.codebook().code(code);
        if (coder == null) {
            ChosenCoder.tell(err(), workbench);
        }
        String who = coder == null ? workbench.activeCoder().name() : coder;
        Segment s = workbench.coding().code(document, start, end, c.id(), who, memo);
        String text = workbench.documents().text(document).substring(s.start(), s.end());
        out().println("segment " + s.id() + "\t" + c.name() + "\t" + who + "\t" + text.replace('\n', ' '));
        return 0;
    }
}
