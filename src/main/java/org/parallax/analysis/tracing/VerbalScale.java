package org.parallax.analysis.tracing;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.parallax.model.DecimalNumber;
import org.parallax.model.Likelihood;
import org.parallax.model.ParallaxException;

/**
 * Words for P(E|H) and the numbers they stand for (docs/process-tracing.md), editable per project: a likelihood is
 * typed as a number ({@code 0.8}, or {@code 0,8} with a decimal comma), a word ({@code likely}) or a range of either
 * ({@code 0.2:0.4}, {@code unlikely:even}).
 */
public final class VerbalScale {
    /** The shipped scale, from the intelligence-estimate tradition; projects may change every number. */
    public static final VerbalScale DEFAULT = new VerbalScale(defaults());

    private final Map<String, Double> terms;

    public VerbalScale(Map<String, Double> terms) {
        Map<String, Double> copy = new LinkedHashMap<>();
        terms.forEach((term, p) -> {
            String key = normalise(term);
            if (key.isEmpty() || key.contains(":") || key.contains("=") || key.contains(";") || startsLikeNumber(key)) {
                throw new ParallaxException("Verbal scale: '" + term.strip() + "' cannot be a term (not empty, no : = ; "
                        + "and not starting like a number)");
            }
            if (copy.containsKey(key)) {
                throw new ParallaxException("Verbal scale: '" + term.strip() + "' is given twice");
            }
            if (p == null || !(p >= 0 && p <= 1)) {
                throw new ParallaxException("Verbal scale: '" + term.strip() + "' must stand for a probability between "
                        + "0 and 1, not " + p);
            }
            copy.put(key, p);
        });
        this.terms = java.util.Collections.unmodifiableMap(copy);
    }

    private static Map<String, Double> defaults() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("almost certain", 0.95);
        m.put("very likely", 0.8);
        m.put("likely", 0.65);
        m.put("even", 0.5);
        m.put("unlikely", 0.35);
        m.put("very unlikely", 0.2);
        m.put("almost impossible", 0.05);
        return m;
    }

    public Map<String, Double> terms() {
        return terms;
    }

    /** Reads a scale written by {@link #format()}: {@code almost certain=0.95; likely=0.65}. */
    public static VerbalScale parse(String text) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (String entry : text.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq < 0) {
                throw new ParallaxException("Verbal scale: '" + entry.strip() + "' is not TERM=NUMBER");
            }
            double p;
            try {
                p = number(entry.substring(eq + 1), entry.strip());
            } catch (ParallaxException e) {
                throw new ParallaxException("Verbal scale: " + e.getMessage());
            }
            if (m.put(entry.substring(0, eq), p) != null) {
                throw new ParallaxException("Verbal scale: '" + entry.substring(0, eq).strip() + "' is given twice");
            }
        }
        if (m.isEmpty()) {
            throw new ParallaxException("Verbal scale: no terms given");
        }
        return new VerbalScale(m);
    }

    public String format() {
        return terms.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }

    /** A number, a term, or LOW:HIGH of either; an unknown word lists the terms. */
    public Likelihood likelihood(String text) {
        int colon = text.indexOf(':');
        if (colon >= 0) {
            return new Likelihood(value(text.substring(0, colon)), value(text.substring(colon + 1)));
        }
        return Likelihood.of(value(text));
    }

    private double value(String text) {
        String key = normalise(text);
        Double term = terms.get(key);
        if (term != null) {
            return term;
        }
        if (!key.isEmpty() && startsLikeNumber(key)) {
            return number(key, text.strip());
        }
        throw new ParallaxException("'" + text.strip() + "' is neither a probability between 0 and 1 nor a term of "
                + "the verbal scale (" + String.join(", ", terms.keySet()) + ")");
    }

    private static double number(String text, String context) {
        try {
            double p = DecimalNumber.parse(text);
            if (!(p >= 0 && p <= 1)) {
                throw new NumberFormatException();
            }
            return p;
        } catch (NumberFormatException e) {
            throw new ParallaxException("'" + context + "' is not a probability between 0 and 1");
        }
    }

    private static boolean startsLikeNumber(String key) {
        return Character.isDigit(key.charAt(0)) || key.charAt(0) == '.' || key.charAt(0) == '-' || key.charAt(0) == '+';
    }

    private static String normalise(String term) {
        return term.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
