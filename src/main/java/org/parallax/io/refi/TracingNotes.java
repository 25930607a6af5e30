package org.parallax.io.refi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.parallax.model.LoneSurrogates;
import org.parallax.model.TextLimits;

/**
 * Process tracing as REFI-QDA notes (docs/refi-qda.md): a hypothesis set, an evidence item or an event is a note
 * whose text a person reads in any tool, followed by a fixed marker line and the same content as JSON that Parallax
 * reads back.
 * REFI-QDA has no element for hypotheses, likelihoods or dated events; a note is what every tool keeps and shows.
 */
public final class TracingNotes {
    /** The line between the readable text and the data; a note without it is an ordinary note. */
    public static final String MARKER = "--- Parallax process tracing data (read back by Parallax; keep as it is) ---";
    private static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** What a tracing note carries. */
    public sealed interface TracingNote permits SetNote, EvidenceNote, EventNote {
    }

    /** A hypothesis set: name, description (or null) and hypotheses in order. */
    public record SetNote(String name, String description, List<HypothesisNote> hypotheses) implements TracingNote {
        public SetNote {
            hypotheses = hypotheses == null ? List.of() : List.copyOf(hypotheses);
        }
    }

    public record HypothesisNote(String name, String statement, double prior, boolean catchAll) {
    }

    /** P(E|H) as a range; a number has {@code low == high}. */
    public record Range(double low, double high) {
    }

    /**
     * An evidence item of the set named: its number in the exporting project, description, note, event date
     * (yyyy-mm-dd or null), dependency group, P(E|H) by hypothesis name, and the quotes it was recorded with (for a
     * reader; the passages themselves are the selections that refer to the note). {@code gone} says, quote by quote,
     * how a coded passage went or changed since the item was recorded (the {@link org.parallax.model.PassageStatus}
     * label, "passage changed", "passage deleted" or "passage and its code deleted"; null while it is as quoted); null
     * when every passage is there, as files written before it was carried are read. {@code selections} names, quote by
     * quote, the selection without a code that quote travels as (null for a coded passage's own selection), so that a
     * status goes back to its own passage where two quotes read the same; null in files written before it was carried.
     */
    public record EvidenceNote(String set, long number, String description, String note, String eventDate,
                               String group, Map<String, Range> likelihoods, List<String> quotes, List<String> gone,
                               List<String> selections)
            implements TracingNote {
        public EvidenceNote {
            likelihoods = likelihoods == null ? Map.of() : java.util.Collections.unmodifiableMap(
                    new LinkedHashMap<>(likelihoods));
            quotes = quotes == null ? List.of() : List.copyOf(quotes);
            // Nulls stand for passages still there, so not List.copyOf.
            gone = gone == null || gone.stream().allMatch(java.util.Objects::isNull) ? null
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(gone));
            selections = selections == null || selections.stream().allMatch(java.util.Objects::isNull) ? null
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(selections));
        }

        /**
         * How the passage of the selection {@code selection} (quoted {@code quote}) went, unless {@code taken} of its
         * quotes are paired already: by the selection where the file names them, else (an older file) by the quote.
         */
        public Optional<String> gone(String selection, String quote, java.util.Set<Integer> taken) {
            for (int i = 0; gone != null && i < Math.min(quotes.size(), gone.size()); i++) {
                boolean mine = selections != null && i < selections.size()
                        ? java.util.Objects.equals(selections.get(i), selection)
                        : gone.get(i) != null && quotes.get(i).equals(quote);
                if (mine && taken.add(i)) {
                    return Optional.ofNullable(gone.get(i));
                }
            }
            return Optional.empty();
        }
    }

    /** An event of the project: its date (yyyy-mm-dd), label and description (or null). */
    public record EventNote(String date, String label, String description) implements TracingNote {
    }

    private TracingNotes() {
    }

    public static String text(EventNote e) {
        StringBuilder text = new StringBuilder("Event on " + e.date() + ": " + e.label()
                + " (a start of the periods the analyses count by in Parallax)\n");
        if (e.description() != null) {
            text.append(e.description()).append('\n');
        }
        return withData(text, "event", e);
    }

    public static String text(SetNote set) {
        StringBuilder text = new StringBuilder("Hypothesis set \"" + set.name() + "\" (process tracing in Parallax)\n");
        if (set.description() != null) {
            text.append(set.description()).append('\n');
        }
        for (HypothesisNote h : set.hypotheses()) {
            text.append(String.format(Locale.ROOT, "%s (%sprior %s): %s%n", h.name(), h.catchAll() ? "catch-all, " : "",
                    h.prior(), h.statement()));
        }
        return withData(text, "hypothesis_set", set);
    }

    public static String text(EvidenceNote e) {
        StringBuilder text = new StringBuilder("Evidence #" + e.number() + " for hypothesis set \"" + e.set() + "\": "
                + e.description() + "\n");
        if (e.eventDate() != null) {
            text.append("Date: ").append(e.eventDate()).append('\n');
        }
        if (e.group() != null) {
            text.append("Dependency group: ").append(e.group()).append('\n');
        }
        text.append(e.likelihoods().entrySet().stream().map(l -> "P(E|" + l.getKey() + ") = " + range(l.getValue()))
                .collect(Collectors.joining("; "))).append('\n');
        if (e.note() != null) {
            text.append("Note: ").append(e.note()).append('\n');
        }
        for (int i = 0; e.gone() != null && i < Math.min(e.quotes().size(), e.gone().size()); i++) {
            if (e.gone().get(i) != null) {
                text.append("Rested on “").append(e.quotes().get(i)).append("”: ").append(e.gone().get(i))
                        .append(" since recorded\n");
            }
        }
        return withData(text, "evidence", e);
    }

    /**
     * The tracing content of a note's text; empty for an ordinary note. A note with the marker whose data cannot be
     * read (edited in another tool, say) throws, naming what is wrong.
     */
    public static Optional<TracingNote> read(String noteText) {
        int at = noteText == null ? -1 : noteText.indexOf(MARKER);
        if (at < 0) {
            return Optional.empty();
        }
        try {
            JsonNode data = JSON.readTree(noteText.substring(at + MARKER.length()));
            if (data == null || !data.isObject() || data.path("version").asInt() != VERSION) {
                throw new RefiException("its process tracing data is not version " + VERSION + " JSON");
            }
            halfCharacter(data).ifPresent(p -> {
                throw new RefiException("its process tracing data's " + p);
            });
            String kind = data.path("kind").asText();
            ((ObjectNode) data).remove(List.of("kind", "version"));
            return Optional.of(switch (kind) {
                case "hypothesis_set" -> JSON.treeToValue(data, SetNote.class);
                case "evidence" -> JSON.treeToValue(data, EvidenceNote.class);
                case "event" -> JSON.treeToValue(data, EventNote.class);
                default -> throw new RefiException("its process tracing data is of unknown kind '" + kind + "'");
            });
        } catch (JsonProcessingException e) {
            throw new RefiException("its process tracing data cannot be read (" + e.getOriginalMessage() + ")");
        } catch (IllegalArgumentException e) {
            throw new RefiException("its process tracing data cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * Why a text or key of the data cannot be stored: a JSON escape can write half a character ({@code \\ud800}),
     * which SQLite and PostgreSQL store as '?'; the codebook JSON refuses it the same way. Iterative, as the data
     * may nest as deep as the JSON parser allows.
     */
    private static Optional<String> halfCharacter(JsonNode data) {
        Deque<Map.Entry<String, JsonNode>> open = new ArrayDeque<>(List.of(Map.entry("", data)));
        while (!open.isEmpty()) {
            Map.Entry<String, JsonNode> at = open.pop();
            String path = at.getKey();
            JsonNode node = at.getValue();
            if (node.isTextual()) {
                Optional<String> half = TextLimits.halfCharacter("field '" + path + "'", node.textValue());
                if (half.isPresent()) {
                    return half;
                }
            }
            for (int i = node.isArray() ? node.size() - 1 : -1; i >= 0; i--) {
                open.push(Map.entry(path + "[" + i + "]", node.get(i)));
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                Optional<String> half = TextLimits.halfCharacter("key '" + LoneSurrogates.replaced(name) + "'",
                        field.getKey());
                if (half.isPresent()) {
                    return half;
                }
                open.push(Map.entry(LoneSurrogates.replaced(name), field.getValue()));
            }
        }
        return Optional.empty();
    }

    private static String withData(StringBuilder text, String kind, Object data) {
        ObjectNode json = JSON.createObjectNode();
        json.put("kind", kind);
        json.put("version", VERSION);
        json.setAll((ObjectNode) JSON.valueToTree(data));
        try {
            return text.append('\n').append(MARKER).append('\n').append(JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(json)).append('\n').toString();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write process tracing data", e);
        }
    }

    private static String range(Range r) {
        return r.low() == r.high() ? String.valueOf(r.low()) : r.low() + ":" + r.high();
    }
}
