package org.parallax.ui.exchange;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.parallax.model.Counted;
import org.parallax.model.Document;

/**
 * A document attribute offered for marking sensitive before a pseudonymised export, shown with how many documents
 * have it and a few of its values, so the researcher sees which attribute holds names before ticking it.
 */
record AttributeOffer(String name, int documents, int of, List<String> examples) {
    private static final int EXAMPLES = 3;
    /** A value longer than this (a web address) is cut: a few of them whole filled the dialog. */
    private static final int EXAMPLE_LENGTH = 40;

    AttributeOffer {
        examples = List.copyOf(examples);
    }

    /** Every attribute some document has, by name. */
    static List<AttributeOffer> of(List<Document> documents) {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, Set<String>> values = new TreeMap<>();
        for (Document d : documents) {
            d.meta().attributes().forEach((name, value) -> {
                counts.merge(name, 1, Integer::sum);
                values.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(value);
            });
        }
        List<AttributeOffer> offers = new ArrayList<>();
        counts.forEach((name, count) -> offers.add(new AttributeOffer(name, count, documents.size(),
                values.get(name).stream().limit(EXAMPLES + 1L).toList())));
        return offers;
    }

    /** "speaker — in 3 of 14 documents: Sergei Volkov, Anna Petrova, Ivan Orlov, …". */
    @Override
    public String toString() {
        String shown = String.join(", ", examples.subList(0, Math.min(EXAMPLES, examples.size())).stream()
                .map(AttributeOffer::cut).toList());
        return name + " — in " + documents + " of " + Counted.of(of, "document") + ": " + shown
                + (examples.size() > EXAMPLES ? ", …" : "");
    }

    private static String cut(String value) {
        if (value.length() <= EXAMPLE_LENGTH) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(EXAMPLE_LENGTH - 1)) ? EXAMPLE_LENGTH - 1 : EXAMPLE_LENGTH;
        return value.substring(0, end) + "…";
    }
}
