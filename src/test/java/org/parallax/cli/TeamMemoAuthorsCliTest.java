package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parallax.io.refi.QdpxFiles;
import org.parallax.testutil.Cli;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TeamMembers;
import org.parallax.testutil.TeamSample;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A memo one lead wrote and a second lead rewrote: it was shown, listed, reported and exported as the first one's
 * alone, so the second lead's text read as the first's. Each now names both: the author and who edited it last.
 */
@NeedsTestServer
class TeamMemoAuthorsCliTest {
    @RegisterExtension
    final TeamSample team = new TeamSample();

    @Test
    void aProjectMemoRewrittenByASecondLeadNamesBothInTheSaveLineTheListingAndTheReport() throws Exception {
        String lead = team.publish("h1_memo_authors");
        String al = team.member(lead, "al", "lead");
        String bo = team.member(lead, "bo", "lead");
        Cli.ok("memo", al, "--project", "--text", "Al's version");

        Cli rewrite = Cli.parallax("memo", bo, "--project", "--text", "Bo's version");
        Path report = team.dir().resolve("memos.html");
        Cli.ok("report", lead, report, "--memos");

        assertThat(rewrite.out()).as(rewrite.err())
                .contains("characters, by " + login(al) + ", last edited by " + login(bo) + ",");
        CSVRecord journal = memo(Cli.parallax("memos", lead, "--format", "csv", "--kind", "project").out());
        assertThat(journal.get("text")).isEqualTo("Bo's version");
        assertThat(journal.get("author")).isEqualTo(login(al));
        assertThat(journal.get("last_edited_by")).isEqualTo(login(bo));
        assertThat(Cli.parallax("memos", lead).out()).contains("last edited by")
                .containsPattern(login(al) + " +" + login(bo) + " ");
        assertThat(Files.readString(report)).contains("Project — " + login(al) + ", last edited by " + login(bo));
    }

    @Test
    void aMemoWrittenAndEditedByOneLeadNamesThemOnce() throws Exception {
        String lead = team.publish("h1_memo_one_author");
        String al = team.member(lead, "al", "lead");
        Cli.ok("memo", al, "--project", "--text", "Al's version");

        Cli again = Cli.parallax("memo", al, "--project", "--text", "Al's second version");

        assertThat(again.out()).contains("characters, by " + login(al) + ", modified").doesNotContain("last edited");
        CSVRecord journal = memo(Cli.parallax("memos", lead, "--format", "csv", "--kind", "project").out());
        assertThat(journal.get("last_edited_by")).isEqualTo(login(al));
    }

    @Test
    void aCodeMemoRewrittenByASecondLeadGoesToRefiQdaWithItsAuthorAndItsLastEditor() throws Exception {
        String lead = team.publish("h1_memo_refi");
        String al = team.member(lead, "al", "lead");
        String bo = team.member(lead, "bo", "lead");
        Cli.ok("memo", al, "--code", "Balance of power", "--text", "Al's reading of the code");
        Cli.ok("memo", bo, "--code", "Balance of power", "--text", "Bo's reading of the code");
        Path qdpx = team.dir().resolve("team.qdpx");

        Cli.ok("export", "qdpx", lead, qdpx);

        org.w3c.dom.Document qde = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(QdpxFiles.entries(qdpx).get("project.qde")));
        Map<String, String> userNames = new HashMap<>();
        NodeList users = qde.getElementsByTagName("User");
        for (int i = 0; i < users.getLength(); i++) {
            Element user = (Element) users.item(i);
            userNames.put(user.getAttribute("guid"), user.getAttribute("name"));
        }
        Element note = note(qde, "Bo's reading of the code");
        assertThat(note.getAttribute("name")).isEqualTo("Memo on Balance of power");
        assertThat(userNames.get(note.getAttribute("creatingUser"))).isEqualTo(login(al));
        assertThat(userNames.get(note.getAttribute("modifyingUser"))).isEqualTo(login(bo));
        assertThat(note.getAttribute("modifiedDateTime")).isNotEmpty();
    }

    /** The one note holding {@code text} (the sample's passages have memos on the same code). */
    private static Element note(org.w3c.dom.Document qde, String text) {
        NodeList notes = qde.getElementsByTagName("Note");
        for (int i = 0; i < notes.getLength(); i++) {
            if (notes.item(i).getTextContent().strip().equals(text)) {
                return (Element) notes.item(i);
            }
        }
        throw new AssertionError("no note holds " + text);
    }

    private static CSVRecord memo(String csv) throws Exception {
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv)).getRecords();
        assertThat(records).hasSize(1);
        return records.get(0);
    }

    private static String login(String url) {
        return TeamMembers.login(url);
    }
}
