package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

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

    @AfterEach
    void noHook() {
        SettingUpdates.read = () -> { };
    }

    @Test
    void twoLeadsMarkingAttributesSensitiveAtOnceKeepBothMarks() throws Exception {
        String lena = team.publish("h1_marks");
        String lara = team.member(lena, "lara", "lead");
        try (Workbench first = Workbench.open(lena, null);
             Workbench second = Workbench.open(lara, "lara pass"::toCharArray)) {
            race(() -> first.exchange().markSensitive("speaker"), () -> second.exchange().markSensitive("actor"));
        }
        try (Workbench after = Workbench.open(lena, null)) {
            assertThat(after.exchange().sensitiveAttributes()).containsExactlyInAnyOrder("speaker", "actor");
        }
    }

    @Test
    void twoLeadsGivingFormsOfNamesAtOnceKeepBothForms() throws Exception {
        String lena = team.publish("h1_forms");
        String lara = team.member(lena, "lara", "lead");
        try (Workbench first = Workbench.open(lena, null);
             Workbench second = Workbench.open(lara, "lara pass"::toCharArray)) {
            first.exchange().markSensitive("speaker");
            race(() -> first.exchange().addSensitiveForm("Vladimir Putin", "Putin"),
                    () -> second.exchange().addSensitiveForm("Dmitry Medvedev", "Medvedev"));
            race(() -> first.exchange().removeSensitiveForm("Putin"),
                    () -> second.exchange().addSensitiveForm("Vladimir Putin", "V. V. Putin"));
        }
        try (Workbench after = Workbench.open(lena, null)) {
            assertThat(after.exchange().sensitiveForms()).isEqualTo(Map.of("Medvedev", "Dmitry Medvedev",
                    "V. V. Putin", "Vladimir Putin"));
        }
    }

    /** Two exports of different documents, each numbering the speakers it meets first, at the same moment. */
    @Test
    void twoLeadsExportingAtOnceGiveNoPseudonymTwiceAndKeepEveryOne() throws Exception {
        String lena = team.publish("h1_mapping");
        String lara = team.member(lena, "lara", "lead");
        try (Workbench first = Workbench.open(lena, null);
             Workbench second = Workbench.open(lara, "lara pass"::toCharArray)) {
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
            assertThat(new HashSet<>(stored.values())).as("one pseudonym for each value").hasSameSizeAs(stored.keySet());
            assertThat(stored.keySet()).containsAll(Pseudonyms.sensitiveValues(first.project(), early))
                    .containsAll(Pseudonyms.sensitiveValues(first.project(), late));
        }
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
