package org.parallax.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Passages taken out of a list ({@link SegmentColumns#where}, {@code without}, {@code withoutDocuments}: a merge, an
 * uncode, a reload of some documents) went into new arrays as large as the whole old list, while the old list still
 * lived (a reader holds it until the change is published): a merge at {@code --scale 10} held 208 MB of {@code long[]}
 * where 96 were needed. The kept passages now get arrays of their own number. A child JVM holds a list of 1,000,000
 * passages (48 MB) and keeps a tenth of it within a heap of 80 MiB, which the old list and a second list as large do
 * not fit; the list kept is the same as the one kept by hand.
 */
class PassagesKeptInASmallHeapTest {
    private static final int PASSAGES = 1_000_000;

    @TempDir
    Path dir;

    @Test
    void aTenthOfAMillionPassagesIsKeptBesideThemInEightyMebibytes() throws Exception {
        Path out = dir.resolve("child.txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx80m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Child.class.getName())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        boolean ended = child.waitFor(5, TimeUnit.MINUTES);
        child.destroyForcibly();
        assertThat(ended).as("the child ended").isTrue();
        assertThat(child.exitValue()).as(Files.readString(out)).isZero();
        assertThat(Files.readString(out).strip()).isEqualTo("kept " + PASSAGES / 10 + " of " + PASSAGES + ", the same");
    }

    /** Keeps every tenth passage of a list it still holds, and checks the result against the tenth taken by hand. */
    public static final class Child {
        public static void main(String[] args) {
            Instant created = Instant.parse("2026-03-01T10:00:00Z");
            SegmentColumns.Builder builder = new SegmentColumns.Builder(PASSAGES);
            for (int i = 0; i < PASSAGES; i++) {
                builder.add(i + 1, i / 300 + 1, i % 300 * 10, i % 300 * 10 + 7, i % 40 + 1, 1, null, created);
            }
            SegmentColumns all = builder.build();
            SegmentColumns tenth = all.where(i -> i % 10 == 0);
            boolean same = tenth.size() == PASSAGES / 10;
            for (int k = 0; same && k < tenth.size(); k++) {
                same = tenth.get(k).equals(all.get(10 * k));
            }
            System.out.println("kept " + tenth.size() + " of " + all.size() + (same ? ", the same" : ", not the same"));
        }
    }
}
