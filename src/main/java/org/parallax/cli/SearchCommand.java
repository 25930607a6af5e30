package org.parallax.cli;

import java.util.Comparator;
import java.util.List;
import org.parallax.model.Choices;
import org.parallax.model.Counted;
import org.parallax.model.ParallaxException;
import org.parallax.model.SavedSearch;
import org.parallax.search.KwicLine;
import org.parallax.search.SearchOptions;
import org.parallax.search.SearchResult;
import org.parallax.workbench.NothingMatched;
import org.parallax.workbench.Workbench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `search PROJECT QUERY`: KWIC lines of a full-text query (docs/search.md). */
@Command(name = "search", description = "Full-text search; prints keyword-in-context lines (query language: "
        + "docs/search.md).")
final class SearchCommand extends ProjectCommand {
    @Parameters(index = "1", arity = "0..1", paramLabel = "QUERY",
            description = "Words, \"phrases\", AND/OR/NOT and fields (docs/search.md)")
    String query;
    @Option(names = "--limit", paramLabel = "N", defaultValue = "100",
            description = "Most lines to print (totals stay exact) (default: ${DEFAULT-VALUE})") int limit;
    @Option(names = "--context", paramLabel = "N", defaultValue = "60",
            description = "Characters of context on each side (default: ${DEFAULT-VALUE})") int context;
    @Option(names = "--exact", description = "Match exact word forms only (no stemming)") boolean exact;
    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "document",
            description = "document, date or actor (default: ${DEFAULT-VALUE})") String sort;
    @Option(names = "--save", paramLabel = "NAME", description = "Save the query in the project under a name")
    String save;
    @Option(names = "--saved", paramLabel = "NAME", description = "Run a saved query (without NAME: list them)",
            arity = "0..1", fallbackValue = "")
    String saved;
    @Option(names = "--delete-saved", paramLabel = "NAME",
            description = "Delete a saved query (one another member saved is theirs to delete)")
    String deleteSaved;
    @CommandLine.Mixin ListingOutput output = new ListingOutput();

    @Override
    int run(Workbench workbench) {
        if (deleteSaved != null) {
            workbench.search().deleteSaved(savedSearch(workbench, deleteSaved).id());
            out().println("Deleted the saved search '" + deleteSaved + "'");
            return 0;
        }
        if ("".equals(saved)) {
            Listing listing = new Listing(List.of("name", "query"));
            workbench.search().saved().forEach(s -> listing.row(s.name(), s.query()));
            output.print(out(), workbench, listing, "Saved searches");
            return 0;
        }
        String q = saved != null ? savedQuery(workbench, saved) : query;
        if (q == null) {
            throw new IllegalArgumentException("Give a QUERY or --saved NAME");
        }
        SearchResult result = workbench.search().search(q, new SearchOptions(limit, context, exact));
        if (save != null) {
            workbench.search().save(save, q);
        }
        if (output.isTable() && NothingMatched.answer(result.totalHits(), result.matchingDocuments())) {
            // a table of headings over no row read as a listing cut off; CSV and JSON stay data, empty
            result.notes().forEach(note -> out().println("note: " + note));
            out().println(NothingMatched.line(q, exact));
            return 0;
        }
        Listing listing = new Listing(List.of("document", "title", "date", "actor", "start", "end", "left", "hit",
                "right")).quoting("left", "hit", "right");
        for (KwicLine l : result.linesSortedBy(order())) {
            listing.row(l.docId(), l.title(), l.date(), l.actor(), l.start(), l.end(), l.left(), l.hit(), l.right());
        }
        output.print(out(), workbench, listing, "Search");
        // before the totals, which stay the last line; on the error stream for CSV and JSON, whose output is data
        result.notes().forEach(note -> (output.isTable() ? out() : err()).println("note: " + note));
        if (output.isTable()) {
            out().println(Counted.of(result.totalHits(), "hit") + " in "
                    + Counted.of(result.matchingDocuments(), "document")
                    + (result.truncated() ? " (" + shown(result.lines().size()) + ")" : ""));
        }
        return 0;
    }

    /** The words on the lines a --limit cut to: "first line shown" for one, "no lines shown" for --limit 0. */
    static String shown(int lines) {
        return switch (lines) {
            case 0 -> "no lines shown";
            case 1 -> "first line shown";
            default -> "first " + Counted.grouped(lines) + " lines shown";
        };
    }

    private Comparator<KwicLine> order() {
        return Choices.<Comparator<KwicLine>>of().add("document", SearchResult.BY_DOCUMENT)
                .add("date", SearchResult.BY_DATE).add("actor", SearchResult.BY_ACTOR).parse(sort, "--sort");
    }

    private static String savedQuery(Workbench workbench, String name) {
        return savedSearch(workbench, name).query();
    }

    private static SavedSearch savedSearch(Workbench workbench, String name) {
        return workbench.search().saved().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new ParallaxException("No saved search named '" + name + "'"));
    }
}
