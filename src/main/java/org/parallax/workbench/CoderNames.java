package org.parallax.workbench;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.parallax.model.Coder;
import org.parallax.model.ParallaxException;

/**
 * How a coder's name, typed after {@code --coder}, {@code --coders} or {@code --active} or chosen in a filter, finds
 * the coder: as written, or in another case when one coder alone is spelt so. The pseudonym rules read "Ann", "ANN"
 * and "ann" as one person, so a filter by "ANN" is the coder "ann" too (not an empty listing that reads as a coder
 * who coded nothing), and coding as "ANN" adds to her layer rather than starting a second one beside it.
 */
final class CoderNames {
    private CoderNames() {
    }

    /**
     * The coder {@code typed} names among {@code coders}, if any; two coders spelt alike but for case (made before
     * names were matched so) are refused naming both, since either could be meant.
     */
    static Optional<Coder> find(Collection<Coder> coders, String typed, String project) {
        String wanted = typed == null ? "" : typed.strip();
        Optional<Coder> exact = coders.stream().filter(c -> c.name().equals(wanted)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        List<Coder> inAnotherCase = coders.stream().filter(c -> c.name().equalsIgnoreCase(wanted)).toList();
        if (inAnotherCase.size() > 1) {
            throw new ParallaxException("No coder named '" + wanted + "' as written in " + project
                    + ", and several in another case: " + inAnotherCase.stream().map(Coder::name).toList()
                    + "; give the name as one of them is written");
        }
        return inAnotherCase.stream().findFirst();
    }

    /** The one line refusing a name that is no coder's, listing the names there are. */
    static ParallaxException unknown(String typed, String project, List<String> names) {
        return new ParallaxException("No coder named '" + (typed == null ? "" : typed.strip()) + "' in " + project
                + "; coders: " + names);
    }
}
