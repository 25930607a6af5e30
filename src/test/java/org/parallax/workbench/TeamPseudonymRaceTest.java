package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parallax.model.Document;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TeamMembers;
import org.parallax.testutil.TeamSample;

/**
 * Two leads of a team project changing its pseudonym settings at the same moment: each read the stored list, added
 * to it and wrote it back, outside a transaction, so the later save dropped what the other had saved between its
 * read and its write (a sensitive attribute unmarked without a word, a form of a name no longer replaced, one
 * pseudonym given to two people in two exports). Each change now reads and writes in one transaction. The race is
 * made certain by holding the first lead's change between its read and its write while the second lead saves.
 */
@NeedsTestServer
class TeamPseudonymRaceTest {
    @RegisterExtension
    final TeamSample team = new TeamSample();
    /** The URL of the project {@link #withTwoLeads} published, as its owner. */
    private String owner;

    @AfterEach
    void noHook() {
        SettingUpdates.read = () -> { };
    }

    @Test
    void twoLeadsMarkingAttributesSensitiveAtOnceKeepBothMarks() throws Exception {
        String lena = withTwoLeads("h1_marks", (first, second) -> {
            race(() -> first.exchange().markSensitive("speaker"), () -> second.exchange().markSensitive("actor"));
        });
        try (Workbench after = Workbench.open(lena, null)) {
            assertThat(after.exchange().sensitiveAttributes()).containsExactlyInAnyOrder("speaker", "actor");
        }
    }

    @Test
    void twoLeadsGivingFormsOfNamesAtOnceKeepBothForms() throws Exception {
        String lena = withTwoLeads("h1_forms", (first, second) -> {
            first.exchange().markSensitive("speaker");
            race(() -> first.exchange().addSensitiveForm("Vladimir Putin", "Putin"),
                    () -> second.exchange().addSensitiveForm("Dmitry Medvedev", "Medvedev"));
            race(() -> first.exchange().removeSensitiveForm("Putin"),
                    () -> second.exchange().addSensitiveForm("Vladimir Putin", "V. V. Putin"));
        });
        try (Workbench after = Workbench.open(lena, null)) {
            assertThat(after.exchange().sensitiveForms()).isEqualTo(Map.of("Medvedev", "Dmitry Medvedev",
                    "V. V. Putin", "Vladimir Putin"));
        }
    }

    /** Two exports of different documents, each numbering the speakers it meets first, at the same moment. */
    @Test
    void twoLeadsExportingAtOnceGiveNoPseudonymTwiceAndKeepEveryOne() throws Exception {
        withTwoLeads("h1_mapping", (first, second) -> {
            first.exchange().markSensitive("speaker");
            List<Document> documents = first.documents().list();
            List<Document> early = documents.subList(0, 3);
            List<Document> late = documents.subList(5, 8);
            AtomicReference<Map<String, String>> firstGave = new AtomicReference<>();
            AtomicReference<Map<String, String>> secondGave = new AtomicReference<>();
            race(() -> firstGave.set(Pseudonyms.replacements(first.project(), early, true)),
                    () -> secondGave.set(Pseudonyms.replacements(second.project(), late, true)));

            Map<String, String> stored = Pseudonyms.replacements(first.project(), List.of(), false);
            assertThat(stored).containsAllEntriesOf(firstGave.get()).containsAllEntriesOf(secondGave.get());
            assertThat(new HashSet<>(stored.values())).as("one pseudonym for each value")
                    .hasSameSizeAs(stored.keySet());
            assertThat(stored.keySet()).containsAll(Pseudonyms.sensitiveValues(first.project(), early))
                    .containsAll(Pseudonyms.sensitiveValues(first.project(), late));
        });
    }

    /**
     * A coder joins while the first lead's session, which has not met them, is naming the coders: the second lead's
     * session gives them the next pseudonym, and the first lead's save, made on the list it read, must neither drop it
     * (a coder named Coder 3 in one file and Coder 4 in the next) nor give their number to anyone else.
     */
    @Test
    void twoLeadsNamingCodersAtOnceGiveNoPseudonymTwiceAndKeepEveryOne() throws Exception {
        withTwoLeads("h1_coders", (first, second) -> {
            first.pseudonymiseCoders(true);
            AtomicReference<Map<String, String>> firstGave = new AtomicReference<>();
            AtomicReference<Map<String, String>> secondGave = new AtomicReference<>();
            AtomicReference<String> joined = new AtomicReference<>();
            race(() -> firstGave.set(first.coderPseudonyms()), () -> {
                try {
                    joined.set(TeamMembers.login(team.member(owner, "cody", "coder")));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                secondGave.set(second.coderPseudonyms());
            });
            assertThat(secondGave.get()).containsKey(joined.get());

            Map<String, String> stored = stored(first);
            assertThat(stored).containsAllEntriesOf(secondGave.get()).containsAllEntriesOf(firstGave.get());
            assertThat(new HashSet<>(stored.values())).as("one pseudonym for each coder")
                    .hasSameSizeAs(stored.keySet());
        });
    }

    /** The coders' pseudonyms as the project keeps them, read without numbering anyone anew. */
    private static Map<String, String> stored(Workbench wb) {
        Map<String, String> stored = new HashMap<>();
        wb.project().settings.get(CoderPseudonyms.MAPPING_SETTING).orElse("").lines()
                .map(line -> line.split("\t")).forEach(parts -> stored.put(parts[0], parts[1]));
        return stored;
    }

    /**
     * Publishes the sample as a new team project with a second lead, lara, and gives {@code work} a session of each
     * lead; the project's owner URL ({@link #owner}), which is also the first lead's.
     */
    private String withTwoLeads(String stem, TwoLeads work) throws Exception {
        owner = team.publish(stem);
        String lara = team.member(owner, "lara", "lead");
        try (Workbench first = Workbench.open(owner, null);
             Workbench second = Workbench.open(lara, "lara pass"::toCharArray)) {
            work.run(first, second);
        }
        return owner;
    }

    private interface TwoLeads {
        void run(Workbench first, Workbench second) throws Exception;
    }

    /**
     * Runs {@code first} on a thread of its own, held once its transaction has read the setting, while {@code second}
     * saves; then lets it go on to write.
     */
    private static void race(Runnable first, Runnable second) throws Exception {
        CountDownLatch read = new CountDownLatch(1);
        CountDownLatch saved = new CountDownLatch(1);
        FutureTask<Void> firstChange = new FutureTask<>(first, null);
        Thread racer = new Thread(firstChange, "first lead's change");
        SettingUpdates.read = () -> {
            if (Thread.currentThread() == racer && read.getCount() > 0) {
                read.countDown();
                try {
                    assertThat(saved.await(60, TimeUnit.SECONDS)).as("the second lead saved").isTrue();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        };
        racer.start();
        try {
            assertThat(read.await(60, TimeUnit.SECONDS)).as("the first lead's change read the setting").isTrue();
            second.run();
        } finally {
            saved.countDown();
        }
        firstChange.get(60, TimeUnit.SECONDS);
        SettingUpdates.read = () -> { };
    }
}
