package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;

/** Editing process tracing on the command line: evidence edit/remove, events, the verbal scale and thresholds. */
class TracingEditCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;
    Path project;

    @BeforeEach
    void project() {
        project = TestProjects.table1WithOneText(dir, "study.parallax", "munich.txt",
                "NATO expansion is a serious provocation.\n", "--title", "munich", "--date", "2007-02-10");
        assertThat(Cli.parallax("code", project, "--doc", 1, "--start", 0, "--end", 40, "--code",
                "Perception of threatening behavior").exit()).isZero();
        assertThat(Cli.parallax("hypothesis", "add", project, "--set", "NR", "--name", "H1", "--prior", "0.5").exit())
                .isZero();
        assertThat(Cli.parallax("hypothesis", "add", project, "--set", "NR", "--name", "H2", "--prior", "0.5").exit())
                .isZero();
        Cli added = Cli.parallax("evidence", "add", project, "--set", "NR", "--segment", 1, "--likelihood", "H1=0.8",
                "--likelihood", "H2=0.2", "--note", "first reading");
        assertThat(added.exit()).as(added.err()).isZero();
    }

    private double finalPosterior(String hypothesis) throws Exception {
        JsonNode ledger = JSON.readTree(Cli.parallax("ledger", project, "--set", "NR", "--format", "json").out());
        return posterior(ledger, hypothesis);
    }

    private static double posterior(JsonNode ledger, String hypothesis) {
        for (JsonNode h : ledger.get("hypotheses")) {
            if (h.get("name").asText().equals(hypothesis)) {
                return h.get("posterior").asDouble();
            }
        }
        throw new AssertionError("no " + hypothesis);
    }

    private JsonNode item() throws Exception {
        return JSON.readTree(Cli.parallax("evidence", project, "--set", "NR", "--format", "json").out()).get(0);
    }

    @Test
    void editingEvidenceChangesTheLedgerAndKeepsWhatIsNotGiven() throws Exception {
        JsonNode ledger = JSON.readTree(Cli.parallax("ledger", project, "--set", "NR", "--format", "json").out());
        assertThat(posterior(ledger, "H1")).isCloseTo(0.8, within(1e-9));
        Cli edit = Cli.parallax("evidence", "edit", project, "--set", "nr", "--id", 1, "--likelihood", "H2=0.6",
                "--date", "2001-01-01", "--group", "Munich");
        assertThat(edit.exit()).as(edit.err()).isZero();
        assertThat(edit.out()).contains("Changed evidence #1", "dated 2001-01-01");
        ledger = JSON.readTree(Cli.parallax("ledger", project, "--set", "NR", "--format", "json").out());
        assertThat(posterior(ledger, "H1")).as("0.5*0.8 / (0.5*0.8 + 0.5*0.6)").isCloseTo(0.8 / 1.4, within(1e-9));
        JsonNode item = item();
        assertThat(item.get("P(E|H1)").asText()).as("kept").isEqualTo("0.8");
        assertThat(item.get("P(E|H2)").asText()).isEqualTo("0.6");
        assertThat(item.get("note").asText()).as("kept").isEqualTo("first reading");
        assertThat(item.get("group").asText()).isEqualTo("Munich");
        assertThat(item.get("date").asText()).isEqualTo("2001-01-01");

        assertThat(Cli.parallax("evidence", "edit", project, "--set", "NR", "--id", 1, "--no-date", "--note", "",
                "--group", "").exit()).isZero();
        item = item();
        assertThat(item.get("date").asText()).as("the document's date again").isEqualTo("2007-02-10");
        assertThat(item.get("note").asText()).isEmpty();
        assertThat(item.get("group").asText()).isEmpty();
    }

    @Test
    void badEditsAndRemovalsGiveOneLineAndWriteNothing() throws Exception {
        String before = Cli.parallax("evidence", project, "--set", "NR", "--format", "json").out();
        Object[][] mistakes = {
            {"evidence", "edit", project, "--set", "NR", "--id", 1, "--likelihood", "H1=2"},
            {"evidence", "edit", project, "--set", "NR", "--id", 1, "--likelihood", "H1=0", "--likelihood", "H2=0"},
            {"evidence", "edit", project, "--set", "NR", "--id", 1, "--likelihood", "H7=0.5"},
            {"evidence", "edit", project, "--set", "NR", "--id", 9, "--note", "x"},
            {"evidence", "edit", project, "--set", "NR", "--id", 1},
            {"evidence", "edit", project, "--set", "NR", "--id", 1, "--date", "2001-01-01", "--no-date"},
            {"evidence", "remove", project, "--set", "NR", "--id", 9},
            {"evidence", "remove", project, "--set", "Nope", "--id", 1},
        };
        String[] expected = {"between 0 and 1", "0 for every hypothesis", "no hypothesis 'H7'", "no evidence #9",
            "Nothing to change", "not both", "no evidence #9", "No hypothesis set 'Nope'"};
        for (int i = 0; i < mistakes.length; i++) {
            Cli refused = Cli.parallax(mistakes[i]);
            assertThat(refused.exit()).as(refused.err()).isEqualTo(1);
            assertThat(refused.err().lines()).hasSize(1).first().asString().contains(expected[i])
                    .doesNotContain("Exception");
        }
        assertThat(Cli.parallax("evidence", project, "--set", "NR", "--format", "json").out()).isEqualTo(before);

        Cli removed = Cli.parallax("evidence", "remove", project, "--set", "NR", "--id", 1);
        assertThat(removed.out()).contains("Removed evidence #1");
        assertThat(JSON.readTree(Cli.parallax("evidence", project, "--set", "NR", "--format", "json").out())).isEmpty();
        assertThat(finalPosterior("H1")).as("back to the prior").isCloseTo(0.5, within(1e-9));
        assertThat(Cli.parallax("segments", project).out()).as("the passage stays coded").contains("NATO expansion");
    }

    @Test
    void eventsAreAddedListedAndRemovedTheStudysToo() throws Exception {
        Cli added = Cli.parallax("event", "add", project, "--date", "2010-11-20", "--label", "Lisbon summit",
                "--description", "NRC meets at heads of state level");
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.out()).contains("Added event #10 on 2010-11-20: Lisbon summit");
        JsonNode events = JSON.readTree(Cli.parallax("event", "list", project, "--format", "json").out());
        assertThat(events).hasSize(10);
        assertThat(events.get(0).get("label").asText()).isEqualTo("Founding Act and Permanent Joint Council");
        JsonNode lisbon = events.get(7);
        assertThat(lisbon.get("label").asText()).as("in date order").isEqualTo("Lisbon summit");
        assertThat(lisbon.get("description").asText()).isEqualTo("NRC meets at heads of state level");

        Cli[] refused = {
            Cli.parallax("event", "add", project, "--date", "2010-01-01", "--label", " "),
            Cli.parallax("event", "remove", project, "--id", 0),
            Cli.parallax("event", "remove", project, "--id", 99),
        };
        for (Cli r : refused) {
            assertThat(r.exit()).as(r.err()).isNotZero();
            assertThat(r.err().lines()).as(r.err()).hasSize(1).first().asString().doesNotContain("Exception");
        }
        assertThat(JSON.readTree(Cli.parallax("event", "list", project, "--format", "json").out())).hasSize(10);
        assertThat(Cli.parallax("event", "remove", project, "--id", 10).out()).contains("Removed event #10");
        assertThat(Cli.parallax("event", "remove", project, "--id", 1).out()).as("one of the study's")
                .contains("Removed event #1");
        JsonNode left = JSON.readTree(Cli.parallax("event", "list", project, "--format", "json").out());
        assertThat(left).hasSize(8);
        assertThat(left.get(0).get("label").asText()).isEqualTo("Kosovo war, PJC suspended");
    }

    @Test
    void theVerbalScaleIsShownReplacedAndResetAndBadScalesAreRefused() {
        assertThat(Cli.parallax("tracing", "scale", project).out()).contains("almost certain", "0.95", "likely");
        Cli saved = Cli.parallax("tracing", "scale", project, "--terms", "sure=0.9; maybe=0.5; hardly=0.1");
        assertThat(saved.exit()).as(saved.err()).isZero();
        assertThat(saved.out()).contains("Saved the verbal scale (3 terms)");
        assertThat(Cli.parallax("evidence", "edit", project, "--set", "NR", "--id", 1, "--likelihood", "H2=hardly")
                .exit()).isZero();
        assertThat(Cli.parallax("evidence", project, "--set", "NR", "--format", "csv").out()).contains(",0.1,");
        assertThat(Cli.parallax("evidence", "edit", project, "--set", "NR", "--id", 1, "--likelihood", "H2=likely")
                .err()).contains("sure, maybe, hardly");

        String[] bad = {"sure=1.5", "sure", "sure=0.9; sure=0.8", "0.5=0.5", "", "a:b=0.3"};
        for (String terms : bad) {
            Cli refused = Cli.parallax("tracing", "scale", project, "--terms", terms);
            assertThat(refused.exit()).as(terms).isEqualTo(1);
            assertThat(refused.err().lines()).as(terms).hasSize(1).first().asString().contains("Verbal scale")
                    .doesNotContain("Exception");
        }
        assertThat(Cli.parallax("tracing", "scale", project).out()).contains("sure", "hardly")
                .doesNotContain("almost certain");
        assertThat(Cli.parallax("tracing", "scale", project, "--reset").out()).contains("almost certain");
    }

    @Test
    void thresholdsChangeTheTestTypesAndBadOnesAreRefused() throws Exception {
        assertThat(item().get("test H1").asText()).as("0.8 certain, 0.2 unique").isEqualTo("doubly decisive");
        Cli saved = Cli.parallax("tracing", "thresholds", project, "--certainty", "0.9");
        assertThat(saved.exit()).as(saved.err()).isZero();
        assertThat(saved.out()).contains("certainty 0.9", "uniqueness 0.2");
        assertThat(item().get("test H1").asText()).isEqualTo("smoking gun");
        for (String[] bad : new String[][] {{"--certainty", "0"}, {"--uniqueness", "1"}, {"--certainty", "NaN"},
            {"--uniqueness", "-0.1"}, {"--reset", "--certainty", "0.5"}}) {
            Object[] args = new Object[3 + bad.length];
            args[0] = "tracing";
            args[1] = "thresholds";
            args[2] = project;
            System.arraycopy(bad, 0, args, 3, bad.length);
            Cli refused = Cli.parallax(args);
            assertThat(refused.exit()).as(String.join(" ", bad)).isEqualTo(1);
            assertThat(refused.err().lines()).hasSize(1).first().asString().doesNotContain("Exception");
        }
        assertThat(Cli.parallax("tracing", "thresholds", project).out()).contains("certainty 0.9");
        assertThat(Cli.parallax("tracing", "thresholds", project, "--reset").out()).contains("certainty 0.8");
        assertThat(item().get("test H1").asText()).isEqualTo("doubly decisive");
        assertThat(Files.exists(project)).isTrue();
    }

    @Test
    void theCausalChainIsDrawnAsSvgWithEventsEvidenceAndPosteriorsOverTime() throws Exception {
        assertThat(Cli.parallax("event", "add", project, "--date", "2010-11-20", "--label", "Lisbon <summit> & after")
                .exit()).isZero();
        Path svg = dir.resolve("chain.svg");
        Cli written = Cli.parallax("export", "tracing", project, svg, "--set", "NR");
        assertThat(written.exit()).as(written.err()).isZero();
        assertThat(written.out().strip()).isEqualTo("Causal chain of 'NR' written to " + svg + " (SVG)");
        org.w3c.dom.Document doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(svg.toFile());
        org.w3c.dom.NodeList lines = doc.getElementsByTagName("polyline");
        assertThat(lines.getLength()).as("one line per hypothesis").isEqualTo(2);
        String text = doc.getDocumentElement().getTextContent();
        assertThat(text).contains("Causal chain: NR", "E10", "2010-11-20  Lisbon <summit> & after",
                "1997-05-27  Founding Act and Permanent Joint Council", "#1");
        // H1: prior 0.5 until Munich (2007-02-10), then 0.8 to the end; y = the time axis' y - 260 * p (the plot
        // stands lower by a row for each further row the event labels need)
        double axis = timeAxisY(doc);
        String half = String.format(java.util.Locale.ROOT, "%.1f", axis - 130);
        String eightTenths = String.format(java.util.Locale.ROOT, "%.1f", axis - 208);
        String[] h1 = lines.item(0).getAttributes().getNamedItem("points").getNodeValue().split(" ");
        assertThat(h1).hasSize(4);
        assertThat(h1[0]).endsWith("," + half);
        assertThat(h1[1].split(",")[1]).isEqualTo(half);
        assertThat(h1[2].split(",")[1]).isEqualTo(eightTenths);
        assertThat(h1[1].split(",")[0]).as("Munich sits where 2007-02-10 falls between 1997 and 2022")
                .isEqualTo(String.format(java.util.Locale.ROOT, "%.1f", 60 + 760 * (java.time.LocalDate.of(2007, 2, 10)
                        .toEpochDay() - java.time.LocalDate.of(1997, 5, 27).toEpochDay()) / (double) (java.time.LocalDate
                        .of(2022, 2, 24).toEpochDay() - java.time.LocalDate.of(1997, 5, 27).toEpochDay())));
        assertThat(h1[3]).isEqualTo("820," + eightTenths);
    }

    /** The y of the time axis: the solid line under the plot from x 60 to 820. */
    private static double timeAxisY(org.w3c.dom.Document svg) {
        org.w3c.dom.NodeList all = svg.getElementsByTagName("line");
        for (int i = 0; i < all.getLength(); i++) {
            org.w3c.dom.Element line = (org.w3c.dom.Element) all.item(i);
            if (line.getAttribute("stroke").equals("#444") && line.getAttribute("x1").equals("60")
                    && line.getAttribute("x2").equals("820")) {
                return Double.parseDouble(line.getAttribute("y1"));
            }
        }
        throw new AssertionError("no time axis in the SVG");
    }

    /** A hypothesis could be neither renamed nor deleted from the command line. */
    @Test
    void aHypothesisIsRenamedAndADeletionIsRefusedWhileTheSetWeighsEvidence() throws Exception {
        Cli renamed = Cli.parallax("hypothesis", "edit", project, "--set", "NR", "--name", "h1", "--new-name",
                "H1 realism", "--statement", "Power balancing drives Russia's response");
        assertThat(renamed.exit()).as(renamed.err()).isZero();
        assertThat(renamed.out()).isEqualTo("Hypothesis H1 realism: Power balancing drives Russia's response\n");
        assertThat(Cli.parallax("hypotheses", project, "--set", "NR").out()).contains("H1 realism");

        Cli refused = Cli.parallax("hypothesis", "delete", project, "--set", "NR", "--name", "H2");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err().strip()).hasLineCount(1).contains("weighs evidence", "P(E|H2)");

        assertThat(Cli.parallax("hypothesis", "add", project, "--set", "Other set", "--name", "A", "--prior", "0.5")
                .exit()).isZero();
        Cli deleted = Cli.parallax("hypothesis", "delete", project, "--set", "Other set", "--name", "A");
        assertThat(deleted.exit()).as(deleted.err()).isZero();
        assertThat(deleted.out()).isEqualTo("Deleted A from set 'Other set'; the set's priors sum to 0.0000\n");
    }

    /**
     * A prior could not be changed from the command line: --prior changes it; a set without a catch-all refuses a sum
     * over 1 in one line, and the ledger follows the new priors.
     */
    @Test
    void aPriorIsChangedAndASumOverOneIsRefused() throws Exception {
        double before = finalPosterior("H1");
        Cli over = Cli.parallax("hypothesis", "edit", project, "--set", "NR", "--name", "H1", "--prior", "0.6");
        assertThat(over.exit()).isEqualTo(1);
        assertThat(over.err().strip()).hasLineCount(1).contains("would sum to 1.1000, more than 1");

        assertThat(Cli.parallax("hypothesis", "edit", project, "--set", "NR", "--name", "H1", "--prior", "0.4").err())
                .isEmpty();
        Cli raised = Cli.parallax("hypothesis", "edit", project, "--set", "NR", "--name", "H2", "--prior", "0.6");
        assertThat(raised.exit()).as(raised.err()).isZero();
        assertThat(raised.out()).endsWith("Prior of H2: 0.6; the set's priors: H1 0.4, H2 0.6 (sum 1.0000)\n");
        assertThat(finalPosterior("H1")).isLessThan(before);
    }
}
