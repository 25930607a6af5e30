package org.parallax.cli;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.parallax.model.Counted;
import org.parallax.model.ParallaxException;
import org.parallax.workbench.Workbench;

/**
 * The coders `agreement` compares when `--coders` is not given: the two with the most passages, as the Compare tab
 * picks them, named with every coder it could have compared instead. Before, the command refused without a word on
 * which coders the project has, and a researcher could not tell whose coding a figure compared.
 */
record ComparedCoders(List<String> pair, String note) {

    /**
     * The pair of the project open in {@code workbench}; refused, naming the coders, when fewer than two coded. The
     * note names the coders as files name them when the agreement is {@code written} (a workbook, a pseudonymised
     * listing); the pair keeps their own names, which agreement is asked with.
     */
    static ComparedCoders of(Workbench workbench, boolean written) {
        Map<String, Long> passages = workbench.comparison().passagesByCoder();
        List<String> coded = passages.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList();
        UnaryOperator<String> named = written ? workbench.exports()::coderAsWritten : UnaryOperator.identity();
        String listed = passages.entrySet().stream().map(e -> named.apply(e.getKey()) + " "
                + Counted.of(e.getValue(), "passage")).collect(Collectors.joining(", "));
        if (coded.size() < 2) {
            throw new ParallaxException(workbench.displayName() + ": agreement compares two coders' passages, and "
                    + (coded.isEmpty() ? "no coder" : "only " + coded.get(0)) + " has any (" + listed + "); a second"
                    + " coder codes a copy of the project, which File → Merge another coder's project… (parallax merge)"
                    + " brings back, docs/agreement.md");
        }
        List<String> pair = coded.subList(0, 2);
        String why = coded.size() == 2 ? "the two coders with passages" : "the two coders with the most passages";
        return new ComparedCoders(List.copyOf(pair), "Compared " + named.apply(pair.get(0)) + " and "
                + named.apply(pair.get(1)) + ", " + why
                + " (" + listed + "); to compare others: --coders A,B");
    }
}
