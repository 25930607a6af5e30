package org.parallax.fuzz;

import static org.parallax.fuzz.Mutation.at;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Blind byte-level damage: bit flips, truncation, inserted random bytes, removed and repeated runs. */
final class ByteMutations {
    private ByteMutations() {
    }

    /** One to four byte mutations in a row. */
    static Arbitrary<List<Mutation<byte[]>>> some() {
        return one().list().ofMinSize(1).ofMaxSize(4);
    }

    static Arbitrary<Mutation<byte[]>> one() {
        Arbitrary<Double> where = Mutation.fraction();
        Arbitrary<Integer> length = Arbitraries.integers().between(1, 512);
        return Arbitraries.oneOf(
                Combinators.combine(where, Arbitraries.integers().between(0, 7)).as(ByteMutations::flip),
                where.map(ByteMutations::truncate),
                Combinators.combine(where, Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(64))
                        .as(ByteMutations::insert),
                Combinators.combine(where, length).as(ByteMutations::delete),
                Combinators.combine(where, length).as(ByteMutations::repeat));
    }

    static Mutation<byte[]> flip(double where, int bit) {
        return new Mutation<>("flip bit " + bit + " at " + where, b -> {
            byte[] out = b.clone();
            if (out.length > 0) {
                out[at(where, out.length)] ^= (byte) (1 << bit);
            }
            return out;
        });
    }

    static Mutation<byte[]> truncate(double where) {
        return new Mutation<>("truncate at " + where, b -> Arrays.copyOf(b, at(where, b.length)));
    }

    static Mutation<byte[]> insert(double where, byte[] bytes) {
        return new Mutation<>("insert " + bytes.length + " bytes at " + where, b -> {
            int i = at(where, b.length + 1);
            byte[] out = new byte[b.length + bytes.length];
            System.arraycopy(b, 0, out, 0, i);
            System.arraycopy(bytes, 0, out, i, bytes.length);
            System.arraycopy(b, i, out, i + bytes.length, b.length - i);
            return out;
        });
    }

    static Mutation<byte[]> delete(double where, int length) {
        return new Mutation<>("delete " + length + " bytes at " + where, b -> {
            int i = at(where, b.length);
            int end = Math.min(b.length, i + length);
            byte[] out = new byte[b.length - (end - i)];
            System.arraycopy(b, 0, out, 0, i);
            System.arraycopy(b, end, out, i, b.length - end);
            return out;
        });
    }

    static Mutation<byte[]> repeat(double where, int length) {
        return new Mutation<>("repeat " + length + " bytes at " + where, b -> {
            int i = at(where, b.length);
            int end = Math.min(b.length, i + length);
            return insert(where, Arrays.copyOfRange(b, i, end)).apply(b);
        });
    }
}
