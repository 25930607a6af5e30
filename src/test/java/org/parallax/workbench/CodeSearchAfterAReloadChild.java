package org.parallax.workbench;

import java.nio.file.Path;
import org.parallax.model.Code;
import org.parallax.search.SearchOptions;
import org.parallax.search.SearchResult;

/**
 * A child JVM of {@link CodeSearchLetsOldPassagesGoTest}: opens a project, searches with {@code code:}, makes the
 * project reload every passage (a code added and deleted), reads them again and searches the same again; prints the
 * passages read and both searches' hit counts.
 */
final class CodeSearchAfterAReloadChild {
    private CodeSearchAfterAReloadChild() {
    }

    public static void main(String[] args) {
        Path project = Path.of(args[0]);
        String query = args[1];
        try (Workbench wb = Workbench.open(project)) {
            SearchResult before = wb.search().search(query, SearchOptions.defaults());
            Code passing = wb.codebook().addCode("Passing code", null, null, null, null);
            wb.codebook().deleteCode(passing.id());
            int passages = wb.coding().segments().size();
            SearchResult after = wb.search().search(query, SearchOptions.defaults());
            System.out.println(passages + " " + before.totalHits() + " " + after.totalHits() + " "
                    + before.hitsPerDocument().equals(after.hitsPerDocument()));
        }
    }
}
