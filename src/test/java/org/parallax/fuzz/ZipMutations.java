package org.parallax.fuzz;

import static org.parallax.fuzz.Mutation.at;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.parallax.fuzz.ZipArchive.Entry;

/**
 * Damage to the inside of a zip (QDPX, DOCX): entries removed, repeated, renamed or replaced, and the
 * XML or text of an entry mutated by {@link TextMutations} or {@link ByteMutations}. Half of the
 * entry mutations aim at the main XML entry, where most of the parsing happens.
 */
final class ZipMutations {
    private static final List<String> RENAMES = List.of("upper", "lower", "../", "/", "C:\\", "x", "", "dir/");

    private ZipMutations() {
    }

    /** One to three zip mutations; {@code mainEntry} is the XML most worth damaging (project.qde, document.xml). */
    static Arbitrary<List<Mutation<List<Entry>>>> some(String mainEntry) {
        return one(mainEntry).list().ofMinSize(1).ofMaxSize(3);
    }

    static Arbitrary<Mutation<List<Entry>>> one(String mainEntry) {
        Arbitrary<Double> which = Arbitraries.oneOf(Arbitraries.just(-1.0), Mutation.fraction());
        return Arbitraries.oneOf(
                which.map(w -> remove(w, mainEntry)),
                which.map(w -> repeat(w, mainEntry)),
                Combinators.combine(which, Arbitraries.of(RENAMES)).as((w, how) -> rename(w, mainEntry, how)),
                Combinators.combine(which, TextMutations.xml()).as((w, m) -> text(w, mainEntry, m)),
                Combinators.combine(which, TextMutations.xml()).as((w, m) -> text(w, mainEntry, m)),
                Combinators.combine(which, ByteMutations.some()).as((w, m) -> bytes(w, mainEntry, m)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(256).map(ZipMutations::addJunk));
    }

    static Mutation<List<Entry>> remove(double which, String main) {
        return new Mutation<>("remove entry " + label(which, main), entries -> {
            List<Entry> out = new ArrayList<>(entries);
            if (!out.isEmpty()) {
                out.remove(index(out, which, main));
            }
            return out;
        });
    }

    static Mutation<List<Entry>> repeat(double which, String main) {
        return new Mutation<>("repeat entry " + label(which, main), entries -> {
            List<Entry> out = new ArrayList<>(entries);
            if (!out.isEmpty()) {
                out.add(out.get(index(out, which, main)));
            }
            return out;
        });
    }

    static Mutation<List<Entry>> rename(double which, String main, String how) {
        return new Mutation<>("rename entry " + label(which, main) + " (" + how + ")", entries -> change(entries,
                which, main, e -> new Entry(switch (how) {
                    case "upper" -> e.name().toUpperCase(Locale.ROOT);
                    case "lower" -> e.name().toLowerCase(Locale.ROOT);
                    case "x" -> e.name() + "x";
                    case "" -> e.name().substring(0, e.name().length() / 2);
                    default -> how + e.name();
                }, e.bytes())));
    }

    static Mutation<List<Entry>> text(double which, String main, List<Mutation<String>> mutations) {
        return new Mutation<>("in entry " + label(which, main) + ": " + mutations, entries -> change(entries, which,
                main, e -> new Entry(e.name(), Mutation.applyAll(mutations,
                        new String(e.bytes(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8))));
    }

    static Mutation<List<Entry>> bytes(double which, String main, List<Mutation<byte[]>> mutations) {
        return new Mutation<>("in entry " + label(which, main) + ": " + mutations, entries -> change(entries, which,
                main, e -> new Entry(e.name(), Mutation.applyAll(mutations, e.bytes()))));
    }

    static Mutation<List<Entry>> addJunk(byte[] junk) {
        return new Mutation<>("add entry junk.bin of " + junk.length + " bytes", entries -> {
            List<Entry> out = new ArrayList<>(entries);
            out.add(new Entry("junk.bin", junk));
            return out;
        });
    }

    private static List<Entry> change(List<Entry> entries, double which, String main,
                                      java.util.function.UnaryOperator<Entry> how) {
        List<Entry> out = new ArrayList<>(entries);
        if (!out.isEmpty()) {
            int i = index(out, which, main);
            out.set(i, how.apply(out.get(i)));
        }
        return out;
    }

    /** A negative fraction picks the main entry (or the first, once it has been renamed or removed). */
    private static int index(List<Entry> entries, double which, String main) {
        if (which < 0) {
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i).name().equals(main)) {
                    return i;
                }
            }
            return 0;
        }
        return at(which, entries.size());
    }

    private static String label(double which, String main) {
        return which < 0 ? main : "at " + which;
    }
}
