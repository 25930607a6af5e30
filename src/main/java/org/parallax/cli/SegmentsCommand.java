package org.parallax.cli;

import java.util.List;
import org.parallax.io.SegmentRow;
import org.parallax.workbench.Workbench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `segments PROJECT [--doc ID] [--code NAME]`: coded passages with their text. */
@Command(name = "segments", description = "List coded passages.")
final class SegmentsCommand extends ProjectCommand {
    @Option(names = "--doc", paramLabel = "ID", description = "Only this document (ids as `docs` lists)")
    Long document;
    @Option(names = "--code", paramLabel = "NAME", description = "Only passages of this code")
    String code;
    @Option(names = "--coder", paramLabel = "NAME", description = "Only passages of this coder")
    String coder;
    @CommandLine.Mixin ListingOutput output = new ListingOutput();

    @Override
    int run(Workbench workbench) {
        String codeName = code == null ? null : workbench.codebook().code(code).name();
        if (document != null) {
            workbench.documents().require(document);
        }
        // a name that is no coder, or one blind mode hides, is refused as tally refuses it, not listed as nothing
        String coderName = coder == null ? null : workbench.analysis().coderName(coder);
        // a workbook or a pseudonymised listing names the coders as files do, in the rows as they are made
        String coderShown = coderName == null || !output.written() ? coderName
                : workbench.exports().coderAsWritten(coderName);
        // the assistant's provenance is a long line: in CSV and JSON, not in the table people read
        boolean provenance = !output.isTable();
        List<String> header = new java.util.ArrayList<>(List.of("id", "document", "start", "end", "code", "frame",
                "scenario", "coder", "text", "memo"));
        if (provenance) {
            header.add("provenance");
        }
        Listing listing = new Listing(header).quoting("text");
        for (SegmentRow r : workbench.exports().segmentRows(output.written())) {
            if ((document == null || r.documentId() == document) && (codeName == null || r.code().equals(codeName))
                    && (coderShown == null || coderShown.equals(r.coder()))) {
                Object[] cells = {r.segmentId(), r.documentId(), r.start(), r.end(), r.code(), r.frame(),
                    r.scenario(), r.coder(), r.text(), r.memo(), r.provenance()};
                listing.row(provenance ? cells : java.util.Arrays.copyOf(cells, cells.length - 1));
            }
        }
        output.print(out(), workbench, listing, "Passages");
        return 0;
    }
}
