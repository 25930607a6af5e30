package org.parallax.fuzz;

import java.util.List;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomDistribution;

/** One named change to a value; the name is what jqwik prints when a case fails, so it says what was done. */
record Mutation<T>(String name, UnaryOperator<T> change) {

    T apply(T value) {
        return change.apply(value);
    }

    /** Applies {@code mutations} in order. */
    static <T> T applyAll(List<Mutation<T>> mutations, T value) {
        T result = value;
        for (Mutation<T> m : mutations) {
            result = m.apply(result);
        }
        return result;
    }

    /**
     * A fraction in [0, 1), uniformly spread: jqwik's default leans towards 0 (its shrinking target), which
     * would damage the first bytes of a file (headers) far more often than the rest.
     */
    static Arbitrary<Double> fraction() {
        return Arbitraries.doubles().between(0, 1).ofScale(6).withDistribution(RandomDistribution.uniform())
                .withoutEdgeCases();
    }

    /** An index in [0, size) from a fraction in [0, 1), so generated cases do not depend on the seed's size. */
    static int at(double fraction, int size) {
        return size == 0 ? 0 : Math.min(size - 1, (int) (fraction * size));
    }

    @Override
    public String toString() {
        return name;
    }
}
