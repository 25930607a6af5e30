package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;

/**
 * Documents in scripts other than Latin and Cyrillic: each was guessed English ("en" in every list and export, and
 * English stemming in the index). The guess now names the script's language, Arabic is searched with Lucene's Arabic
 * analysis (a word found with or without its article and vowel marks), and a language with no stemmer here keeps its
 * words as written.
 */
class ScriptLanguageCliTest {
    private static final String ARABIC = "وقّع الوزراء المعاهدة في الاجتماع. قال الوزير إن الاتفاقية مهمة للسلام.";
    private static final String HEBREW = "הממשלה חתמה על ההסכם. השר אמר שההסכם חשוב לשלום.";
    private static final String PERSIAN = "وزیر گفت که این پیمان برای صلح مهم است و همه کشورها آن را امضا کردند.";
    private static final String GREEK = "Η κυβέρνηση υπέγραψε τη συνθήκη για την ειρήνη στην Ευρώπη.";
    private static final String ENGLISH = "The ministers signed the treaties at the meeting.";

    @TempDir
    Path dir;

    @Test
    void eachScriptsDocumentsAreGuessedInTheirOwnLanguage() throws Exception {
        Path project = projectWithEveryScript();

        List<String> rows = Cli.parallax("docs", project, "--format", "csv").out().lines().skip(1).toList();

        assertThat(rows).extracting(row -> Arrays.asList(row.split(",")).get(1) + " "
                + Arrays.asList(row.split(",")).get(5)).containsExactlyInAnyOrder(
                "arabic ar", "hebrew he", "persian fa", "greek el", "english en");
    }

    @Test
    void arabicWordsAreFoundWithOrWithoutTheirArticleAndVowelMarks() throws Exception {
        Path project = projectWithEveryScript();

        assertThat(hits(project, "المعاهدة")).as("the word as written").isEqualTo(1);
        assertThat(hits(project, "معاهدة")).as("without the article").isEqualTo(1);
        assertThat(hits(project, "وقع")).as("without the shadda of وقّع").isEqualTo(1);
        assertThat(hits(project, "سلام")).as("للسلام, 'for peace'").isEqualTo(1);
    }

    @Test
    void wordsOfLanguagesWithoutAStemmerAreFoundAsWrittenAndEnglishIsStemmedAsBefore() throws Exception {
        Path project = projectWithEveryScript();

        assertThat(hits(project, "ההסכם")).isEqualTo(1);
        assertThat(hits(project, "לשלום")).isEqualTo(1);
        assertThat(hits(project, "پیمان")).isEqualTo(1);
        assertThat(hits(project, "συνθήκη")).isEqualTo(1);
        assertThat(hits(project, "treaty")).as("treaties, stemmed").isEqualTo(1);
        assertThat(hits(project, "\"signed the treaties\"")).isEqualTo(1);
    }

    private Path projectWithEveryScript() throws Exception {
        Path project = dir.resolve("p.parallax");
        assertThat(Cli.parallax("new", project).exit()).isZero();
        Cli imported = Cli.parallax("import", project, text("arabic", ARABIC), text("hebrew", HEBREW),
                text("persian", PERSIAN), text("greek", GREEK), text("english", ENGLISH));
        assertThat(imported.exit()).as(imported.err()).isZero();
        return project;
    }

    private int hits(Path project, String query) {
        Cli search = Cli.parallax("search", project, query);
        assertThat(search.exit()).as(search.err()).isZero();
        String last = search.out().strip().lines().reduce((a, b) -> b).orElse("");
        assertThat(last).as(search.out()).matches("\\d+ hits? in \\d+ documents?");
        return Integer.parseInt(last.split(" ")[0]);
    }

    private Path text(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name + ".txt"), content);
    }
}
