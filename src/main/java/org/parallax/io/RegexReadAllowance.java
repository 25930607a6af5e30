package org.parallax.io;

/**
 * A number of character reads that regular expressions may make over one piece of text. Java's regex
 * engine backtracks: a pattern with a lazy span, tried from every opening mark of a line that has no
 * closing one, reads the rest of the line once per mark, so one hostile line of 300 KB took minutes.
 * Counting reads bounds that work by the text's length whatever the pattern, without changing what
 * the patterns match when the allowance suffices.
 */
final class RegexReadAllowance {
    /** Thrown, without a stack trace, by the read that passes the allowance. */
    static final class Spent extends RuntimeException {
        private Spent() {
            super("read allowance spent", null, false, false);
        }
    }

    private static final Spent SPENT = new Spent();
    /** Reading the clock on every character would cost more than the character. */
    private static final int READS_PER_CLOCK_CHECK = 1 << 16;

    private final ExtractionBudget clock;
    private long left;
    private int sinceClock;

    /** {@code clock}'s time limit is checked as the reads go on: one line may be tens of megabytes. */
    RegexReadAllowance(long reads, ExtractionBudget clock) {
        this.left = reads;
        this.clock = clock;
    }

    /** {@code text} seen through this allowance: every character read is charged. */
    CharSequence over(String text) {
        return new Counted(text);
    }

    private final class Counted implements CharSequence {
        private final String text;

        Counted(String text) {
            this.text = text;
        }

        @Override
        public char charAt(int index) {
            if (--left < 0) {
                throw SPENT;
            }
            if (++sinceClock == READS_PER_CLOCK_CHECK) {
                sinceClock = 0;
                clock.checkTime();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.substring(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
