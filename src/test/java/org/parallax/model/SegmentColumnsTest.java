package org.parallax.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The column-stored passage list behaves as a map of passages by id in insertion order, and lists never change. */
class SegmentColumnsTest {
    private static final Instant BATCH = Instant.parse("2026-12-02T03:00:00.123456Z");

    private static Segment passage(long id, Random random) {
        int start = random.nextInt(1000);
        return new Segment(id, 1 + random.nextInt(20), start, start + 1 + random.nextInt(50), 1 + random.nextInt(8),
                1 + random.nextInt(3), random.nextInt(5) == 0 ? "memo " + id : null,
                random.nextBoolean() ? BATCH : Instant.ofEpochSecond(id));
    }

    @Test
    void appendsRemovalsAndReplacementsMatchAMapByIdAndEarlierListsStayAsTheyWere() {
        Random random = new Random(18);
        Map<Long, Segment> expected = new LinkedHashMap<>();
        SegmentColumns columns = SegmentColumns.of(List.of());
        List<SegmentColumns> earlier = new ArrayList<>();
        List<List<Segment>> earlierContents = new ArrayList<>();
        long nextId = 1;
        for (int step = 0; step < 400; step++) {
            int kind = random.nextInt(10);
            if (kind < 5) {
                // New ids, rising: the fast append into shared arrays.
                List<Segment> batch = new ArrayList<>();
                for (int i = random.nextInt(30); i >= 0; i--) {
                    batch.add(passage(nextId++, random));
                }
                columns = columns.appended(batch);
                batch.forEach(s -> expected.put(s.id(), s));
            } else if (kind < 7 && !expected.isEmpty()) {
                List<Long> ids = new ArrayList<>(expected.keySet());
                List<Long> gone = new ArrayList<>();
                for (int i = random.nextInt(5); i >= 0; i--) {
                    gone.add(ids.get(random.nextInt(ids.size())));
                }
                columns = columns.without(gone);
                gone.forEach(expected::remove);
            } else if (kind < 8 && !expected.isEmpty()) {
                // Ids already held (a reload of a document's passages), mixed with old ids put back (an undo).
                List<Long> ids = new ArrayList<>(expected.keySet());
                List<Segment> again = new ArrayList<>();
                for (int i = random.nextInt(4); i >= 0; i--) {
                    again.add(passage(ids.get(random.nextInt(ids.size())), random));
                }
                again.add(passage(nextId++, random));
                columns = columns.appended(again);
                again.forEach(s -> expected.put(s.id(), s));
            } else if (kind < 9 && !expected.isEmpty()) {
                Set<Long> documents = new HashSet<>(List.of(1L + random.nextInt(20), 1L + random.nextInt(20)));
                columns = columns.withoutDocuments(documents);
                expected.values().removeIf(s -> documents.contains(s.documentId()));
            } else if (!earlier.isEmpty()) {
                // An older list appended to: it must not write over what a later list made from it holds.
                int pick = random.nextInt(earlier.size());
                Segment extra = passage(nextId++, random);
                SegmentColumns branch = earlier.get(pick).appended(List.of(extra));
                List<Segment> branchExpected = new ArrayList<>(earlierContents.get(pick));
                branchExpected.add(extra);
                assertThat(branch).isEqualTo(branchExpected);
            }
            assertThat(columns).isEqualTo(new ArrayList<>(expected.values()));
            int differing = 0;
            for (int i = 0; i < columns.size(); i++) {
                Segment s = columns.get(i);
                differing += columns.id(i) == s.id() && columns.documentId(i) == s.documentId()
                        && columns.start(i) == s.start() && columns.end(i) == s.end()
                        && columns.codeId(i) == s.codeId() && columns.coderId(i) == s.coderId() ? 0 : 1;
            }
            assertThat(differing).as("passages whose column accessors disagree with get").isZero();
            earlier.add(columns);
            earlierContents.add(List.copyOf(columns));
        }
        for (int i = 0; i < earlier.size(); i++) {
            assertThat(earlier.get(i)).isEqualTo(earlierContents.get(i));
        }
        assertThat(expected.values().stream().map(Segment::memo).collect(Collectors.toSet())).hasSizeGreaterThan(1);
    }

    @Test
    void isUnmodifiableAndChecksItsIndexes() {
        SegmentColumns columns = SegmentColumns.of(List.of(passage(1, new Random(1))));
        assertThatThrownBy(() -> columns.add(passage(2, new Random(2))))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> columns.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> columns.codeId(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> columns.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(SegmentColumns.of(columns)).isSameAs(columns);
    }

    @Test
    void positionsByDocumentAndStartOrderAsASortOfThePassagesWould() {
        Random random = new Random(13);
        List<Segment> shuffled = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (long id = 1; id <= 3000; id++) {
            ids.add(id * 7);
        }
        java.util.Collections.shuffle(ids, random);
        for (long id : ids) {
            // Few starts per document, so many passages share one and the id decides.
            Segment s = passage(id, random);
            shuffled.add(new Segment(s.id(), s.documentId(), s.start() % 40, s.end() % 40 + 40, s.codeId(),
                    s.coderId(), s.memo(), s.created()));
        }
        SegmentColumns columns = SegmentColumns.of(shuffled);
        List<Segment> expected = new ArrayList<>(shuffled);
        expected.sort(java.util.Comparator.comparingLong(Segment::documentId).thenComparingInt(Segment::start)
                .thenComparingLong(Segment::id));
        List<Segment> ordered = java.util.Arrays.stream(columns.positionsByDocumentAndStart()).mapToObj(columns::get)
                .toList();
        assertThat(ordered).isEqualTo(expected);
        assertThat(SegmentColumns.of(List.of()).positionsByDocumentAndStart()).isEmpty();
    }

    @Test
    void aBuilderOrdersWhatItWasGivenByDocumentStartAndIdKeepingEachPassageWhole() {
        Random random = new Random(33);
        List<Segment> shuffled = new ArrayList<>();
        SegmentColumns.Builder builder = new SegmentColumns.Builder(16);
        for (long id = 1; id <= 5000; id++) {
            // Rows in id order, as a table hands them out: documents and starts come mixed, many starts repeat.
            Segment s = passage(id, random);
            Segment row = new Segment(s.id(), s.documentId(), s.start() % 40, s.end() % 40 + 40, s.codeId(),
                    s.coderId(), s.memo(), s.created());
            shuffled.add(row);
            builder.add(row.id(), row.documentId(), row.start(), row.end(), row.codeId(), row.coderId(), row.memo(),
                    row.created());
        }
        List<Segment> expected = new ArrayList<>(shuffled);
        expected.sort(java.util.Comparator.comparingLong(Segment::documentId).thenComparingInt(Segment::start)
                .thenComparingLong(Segment::id));

        SegmentColumns built = builder.buildByDocumentAndStart();

        assertThat(built).isEqualTo(expected);
        // The list appends as any other: the reordered arrays kept their room past the end.
        Segment next = new Segment(6000, 1, 0, 5, 1, 1, "after", BATCH);
        assertThat(built.appended(List.of(next))).endsWith(next).hasSize(5001);
        assertThat(new SegmentColumns.Builder().buildByDocumentAndStart()).isEmpty();
    }
    @Test
    void aBuilderGivenPassagesAlmostInOrderOrdersThemAsASortWould() {
        // As a load from packs gives them: in order (kept as given), or out of order in one place only.
        List<List<Segment>> cases = new ArrayList<>();
        List<Segment> inOrder = new ArrayList<>();
        for (long id = 1; id <= 300; id++) {
            inOrder.add(new Segment(id, 1 + (id - 1) / 100, (int) ((id - 1) % 100) * 10, (int) ((id - 1) % 100) * 10
                    + 5, 1, 1, null, BATCH));
        }
        cases.add(inOrder);
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            List<Segment> one = new ArrayList<>(inOrder);
            int i = random.nextInt(one.size() - 1);
            Segment a = one.get(i);
            Segment b = one.get(i + 1);
            switch (round % 3) {
                case 0 -> java.util.Collections.swap(one, i, i + 1);
                // The same start, the ids the wrong way round.
                case 1 -> one.set(i + 1, new Segment(a.id() - 1_000, a.documentId(), a.start(), b.end() + 1,
                        b.codeId(), b.coderId(), null, BATCH));
                // A later document's passage first.
                default -> one.set(i, new Segment(a.id(), b.documentId() + 1, a.start(), a.end(), a.codeId(),
                        a.coderId(), null, BATCH));
            }
            cases.add(one);
        }
        for (List<Segment> given : cases) {
            SegmentColumns.Builder builder = new SegmentColumns.Builder(given.size());
            given.forEach(s -> builder.add(s.id(), s.documentId(), s.start(), s.end(), s.codeId(), s.coderId(),
                    s.memo(), s.created()));
            List<Segment> expected = new ArrayList<>(given);
            expected.sort(java.util.Comparator.comparingLong(Segment::documentId).thenComparingInt(Segment::start)
                    .thenComparingLong(Segment::id));
            assertThat(builder.buildByDocumentAndStart()).isEqualTo(expected);
        }
    }
}
