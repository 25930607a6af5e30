package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A title made from a file name: no tag of the text's own language at its end ("summit declaration ru" was the title
 * of a Russian summit declaration), its letters as the file's author cased them, in lower case too ("Putin meets nato
 * sg robertson readout kremlin" was half a title, a capital on its first letter alone); a tag that is not the text's
 * language stays.
 */
class TitleFromFileNameTest {
    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader();

    private String title(String fileName, String text) throws IOException {
        return reader.read(Files.writeString(dir.resolve(fileName), text)).title();
    }

    @Test
    void theTextsLanguageTagGoesAndTheLettersStayAsTheyWereCased() throws IOException {
        assertThat(title("2008-04-03_summit_declaration_ru.txt", "Декларация саммита в Бухаресте."))
                .isEqualTo("summit declaration");
        assertThat(title("2016-09-05_putin_interview_bloomberg_kremlin_en.txt", "The President answered."))
                .isEqualTo("putin interview bloomberg kremlin");
        assertThat(title("interview-2-RU.md", "Интервью с экспертом.")).isEqualTo("interview-2");
        assertThat(title("interview 2 RU.md", "Интервью с экспертом.")).isEqualTo("interview 2");
        assertThat(title("интервью_эксперта_ru.txt", "Интервью с экспертом.")).isEqualTo("интервью эксперта");
    }

    @Test
    void aNameInLowerCaseIsNotGivenACapitalOnItsFirstWordAlone() throws IOException {
        assertThat(title("2002-05-28_putin_meets_nato_sg_robertson_readout_kremlin_en.txt", "The President met him."))
                .isEqualTo("putin meets nato sg robertson readout kremlin");
        assertThat(title("Putin_meets_NATO_SG_Robertson.txt", "The President met him."))
                .isEqualTo("Putin meets NATO SG Robertson");
    }

    @Test
    void aTagOfAnotherLanguageAndAnAuthorsCapitalsStay() throws IOException {
        assertThat(title("notes_on_the_declaration_ru.txt", "Notes in English on the Russian text."))
                .isEqualTo("notes on the declaration ru");
        assertThat(title("2007_UNGA62_general_debate_en.txt", "The general debate.")).isEqualTo("UNGA62 general debate");
        assertThat(title("ru.txt", "Только метка языка.")).isEqualTo("ru");
        assertThat(title("Kremlin_speech_2007.txt", "A speech.")).isEqualTo("Kremlin speech 2007");
    }
}
