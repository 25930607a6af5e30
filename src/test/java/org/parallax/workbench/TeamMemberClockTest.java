package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parallax.model.Memo;
import org.parallax.model.MemoTarget;
import org.parallax.io.refi.QdpxFiles;
import org.parallax.model.Segment;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TeamMembers;
import org.parallax.testutil.TeamSample;

/**
 * A coder whose computer's clock is a day ahead, working on the team project: their passages and memos were dated
 * tomorrow, so the lead's later edit of the same memo read as older than the coder's and every list ordered by date
 * put the coder's work last. Dates on a team project now follow the server's clock, whichever path stores them.
 */
@NeedsTestServer
class TeamMemberClockTest {
    private static final Duration SLACK = Duration.ofSeconds(30);
    private static final Path FAKETIME = Path.of("/usr/bin/faketime");

    @RegisterExtension
    final TeamSample team = new TeamSample();

    @Test
    void aCoderWhoseClockIsADayAheadDatesTheirPassagesAndMemosByTheServersClock() throws Exception {
        String lead = team.publish("h1_clock");
        String ann = team.member(lead, "ann", "coder");
        Instant start = Instant.now();
        long document;
        long passage;
        try (Workbench coder = Workbench.open(ann, "ann pass"::toCharArray)) {
            coder.useClock(Clock.offset(Clock.systemUTC(), Duration.ofDays(1)));
            document = coder.documents().list().get(0).id();
            passage = coder.coding().code(document, 0, 4, coder.codebook().code("Balance of power").id(), null).id();
            coder.memos().set(MemoTarget.document(document), "ann's reading");
        }
        Memo anns;
        Memo leads;
        Segment coded;
        try (Workbench lena = Workbench.open(lead, null)) {
            anns = lena.memos().memo(MemoTarget.document(document)).orElseThrow();
            leads = lena.memos().set(MemoTarget.document(document), "lena's reading, after ann's").orElseThrow();
            coded = lena.coding().segments().stream().filter(s -> s.id() == passage).findFirst().orElseThrow();
        }
        Instant end = Instant.now();

        // The test server runs on this machine, whose clock is the server's.
        assertThat(coded.created()).as("the passage's date").isBetween(start.minus(SLACK), end.plus(SLACK));
        assertThat(anns.created()).as("the memo's date").isBetween(start.minus(SLACK), end.plus(SLACK));
        assertThat(anns.modified()).isBetween(start.minus(SLACK), end.plus(SLACK));
        assertThat(leads.modified()).as("the lead's later edit is later").isAfterOrEqualTo(anns.modified());
    }

    /**
     * Auto-coding, the coding assistant (its layer, an accepted and a rejected suggestion), a REFI-QDA import, process
     * tracing and saved searches dated what they stored by the member's computer, not the server: a coder and a lead
     * whose computers ran a day ahead stored tomorrow's dates. Each works in a process of its own whose clock is a day
     * ahead (libfaketime); every date the team project then holds must lie within the test's run on the server's clock.
     */
    @Test
    void everyPathThatStoresADateDatesItByTheServersClockForMembersADayAhead() throws Exception {
        String lead = team.publish("h1_paths");
        String ann = team.member(lead, "ann", "coder");
        String lena = team.member(lead, "lena", "lead");
        Path exchangeFile = undatedCodingAndNote(team.dir());
        Instant start = Instant.now();
        runADayAhead(ann, "ann pass", "coder");
        runADayAhead(lena, "lena pass", "lead", exchangeFile.toString());
        Instant end = Instant.now();

        List<Segment> passages;
        List<Memo> memos;
        try (Workbench owner = Workbench.open(lead, null)) {
            passages = owner.coding().segments();
            memos = owner.memos().all();
        }
        assertThat(passages).as("passages stored by the members").filteredOn(p -> p.created().isAfter(
                start.minus(SLACK))).hasSizeGreaterThan(3);
        assertThat(passages).extracting(Segment::created).as("every passage's date")
                .allSatisfy(t -> assertThat(t).isBefore(end.plus(SLACK)));
        assertThat(memos).extracting(Memo::modified).as("every memo's date")
                .allSatisfy(t -> assertThat(t).isBefore(end.plus(SLACK)));
        List<String> dates = TeamMembers.firstColumn(ann, "ann", "SELECT created FROM hypothesis_sets "
                + "UNION ALL SELECT created FROM evidence UNION ALL SELECT created FROM passage_provenance "
                + "UNION ALL SELECT created FROM assistant_rejections UNION ALL SELECT created FROM saved_searches");
        assertThat(dates).as("dates of sets, evidence, provenance, rejections, saved searches").hasSizeGreaterThan(5)
                .allSatisfy(t -> assertThat(Instant.parse(t)).isBefore(end.plus(SLACK)));
    }

    /** Runs {@link TeamClockChild} as {@code url} in a JVM whose clock is a day ahead, to its end. */
    private void runADayAhead(String url, String password, String... args) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(FAKETIME) || "true".equals(System.getenv("CI")),
                "faketime is not installed (apt-get install faketime): a process with its clock a day ahead is needed");
        String name = args[0];
        List<String> command = new ArrayList<>(List.of(FAKETIME.toString(), "-f", "+1d",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m", "-cp",
                System.getProperty("java.class.path"), TeamClockChild.class.getName(), url));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectError(team.dir().resolve(name + "-err.txt").toFile())
                .redirectOutput(team.dir().resolve(name + "-out.txt").toFile());
        builder.environment().put("PGPASSWORD", password);
        Process child = builder.start();
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).as(name + " finished").isTrue();
        String out = Files.readString(team.dir().resolve(name + "-out.txt"));
        assertThat(child.exitValue()).as(name + ": " + out + Files.readString(team.dir().resolve(name + "-err.txt")))
                .isZero();
        Instant childClock = Instant.parse(out.lines().filter(l -> l.startsWith("clock ")).findFirst().orElseThrow()
                .substring("clock ".length()));
        assertThat(childClock).as(name + "'s clock").isAfter(Instant.now().plus(Duration.ofHours(23)));
        assertThat(out).contains("done");
    }

    /** A REFI-QDA file with a coding and a note that carry no dates (many tools write none). */
    private static Path undatedCodingAndNote(Path dir) {
        String qde = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="undated" origin="hand-made">
                  <Users><User guid="11111111-1111-1111-1111-111111111111" name="ana"/></Users>
                  <CodeBook><Codes>
                    <Code guid="22222222-2222-2222-2222-222222222222" name="Threat" isCodable="true"/>
                  </Codes></CodeBook>
                  <Sources>
                    <TextSource guid="66666666-6666-6666-6666-666666666666" name="undated talk">
                      <PlainTextContent>NATO is a threat to peace, said nobody at the clock test.</PlainTextContent>
                      <PlainTextSelection guid="77777777-7777-7777-7777-777777777777" startPosition="10"
                          endPosition="16" creatingUser="11111111-1111-1111-1111-111111111111">
                        <Coding guid="88888888-8888-8888-8888-888888888888"
                            creatingUser="11111111-1111-1111-1111-111111111111">
                          <CodeRef targetGUID="22222222-2222-2222-2222-222222222222"/></Coding>
                      </PlainTextSelection>
                    </TextSource>
                  </Sources>
                  <Notes>
                    <Note guid="99999999-9999-9999-9999-999999999999" name="Thoughts"
                        creatingUser="11111111-1111-1111-1111-111111111111">
                      <PlainTextContent>Threat talk rises.</PlainTextContent></Note>
                  </Notes>
                </Project>
                """;
        return QdpxFiles.zip(dir.resolve("undated.qdpx"), Map.of("project.qde", QdpxFiles.utf8(qde)));
    }
}
