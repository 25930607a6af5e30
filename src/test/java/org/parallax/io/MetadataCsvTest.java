package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.DocumentMeta;
import org.parallax.model.DocumentType;
import org.parallax.model.ParallaxException;

class MetadataCsvTest {
    @TempDir
    Path dir;

    @Test
    void readsKnownColumnsInAnyOrderAndExtraColumnsAsAttributes() throws IOException {
        Path csv = Files.writeString(dir.resolve("metadata.csv"), """
                Scenario,FILE,Title,date,type,actor,language,speaker,Venue
                Institutionalized dialogue,%s,"Putin meets de Hoop Scheffer, NATO",2005-06-24,minutes,Russia,en,,Kremlin
                ,%s,"Концепция внешней политики",,OTHER,Russia,ru,"Security Council, RF",
                """.formatted(CorpusFiles.KREMLIN_READOUT, CorpusFiles.RUSSIAN));

        Map<String, DocumentMeta> meta = MetadataCsv.read(csv);

        assertThat(meta).containsOnlyKeys(CorpusFiles.KREMLIN_READOUT, CorpusFiles.RUSSIAN);
        assertThat(meta.get(CorpusFiles.KREMLIN_READOUT)).isEqualTo(new DocumentMeta(
                "Putin meets de Hoop Scheffer, NATO", LocalDate.of(2005, 6, 24), DocumentType.MINUTES, "Russia",
                "en", "Institutionalized dialogue", Map.of("Venue", "Kremlin")));
        assertThat(meta.get(CorpusFiles.RUSSIAN)).isEqualTo(new DocumentMeta(
                "Концепция внешней политики", null, DocumentType.OTHER, "Russia", "ru", null,
                Map.of("speaker", "Security Council, RF")));
    }

    @Test
    void titlesScenariosAndColumnNamesComeOutCleanedAsEveryNameIs() throws IOException {
        Path csv = Files.writeString(dir.resolve("metadata.csv"), "file,title,scenario,Region\u200B \n"
                + "a.txt,\"report\u202Efdp  notes\",Summit\u00AD,Baltic\n");

        DocumentMeta meta = MetadataCsv.read(csv).get("a.txt");

        assertThat(meta.title()).isEqualTo("reportfdp notes");
        assertThat(meta.scenario()).isEqualTo("Summit");
        assertThat(meta.attributes()).containsExactly(Map.entry("Region", "Baltic"));
    }

    @Test
    void excelStyleSemicolonWindows1251FileWithCrlfIsRead() throws IOException {
        String content = "file;title;date\r\nconcept.txt;Концепция, выдержка;2008-07-12\r\n";
        Path csv = Files.write(dir.resolve("excel.csv"), content.getBytes(TextFileDecoder.WINDOWS_1251));

        DocumentMeta meta = MetadataCsv.read(csv).get("concept.txt");

        assertThat(meta.title()).isEqualTo("Концепция, выдержка");
        assertThat(meta.date()).isEqualTo(LocalDate.of(2008, 7, 12));
    }

    @Test
    void badDateNamesFileLineAndValue() throws IOException {
        Path csv = Files.writeString(dir.resolve("metadata.csv"), """
                file,date
                a.txt,1997-05-27
                "b
                with newline.txt",2002-05-28
                c.txt,28.05.2002
                """);

        assertThatThrownBy(() -> MetadataCsv.read(csv)).isInstanceOf(ParallaxException.class)
                .hasMessage("metadata.csv line 5: bad date '28.05.2002' (expected YYYY-MM-DD, e.g. 2002-05-28)");
    }

    @Test
    void badTypeNamesFileLineAndValue() throws IOException {
        Path csv = Files.writeString(dir.resolve("meta.csv"), "file,type\na.txt,speech\nb.txt,communique\n");

        assertThatThrownBy(() -> MetadataCsv.read(csv)).isInstanceOf(ParallaxException.class)
                .hasMessage("meta.csv line 3: bad type 'communique' (expected treaty, declaration, speech, minutes, "
                        + "interview or other)");
    }

    @Test
    void headerWithoutFileColumnIsRejected() throws IOException {
        Path csv = Files.writeString(dir.resolve("meta.csv"), "title,date\nMunich speech,2007-02-10\n");

        assertThatThrownBy(() -> MetadataCsv.read(csv)).isInstanceOf(ParallaxException.class)
                .hasMessage("meta.csv line 1: the header has no 'file' column (found: title, date)");
    }

    @Test
    void emptySheetIsRejected() throws IOException {
        Path csv = Files.writeString(dir.resolve("empty.csv"), "");

        assertThatThrownBy(() -> MetadataCsv.read(csv)).isInstanceOf(ParallaxException.class)
                .hasMessage("empty.csv line 1: no header row (expected columns such as "
                        + "file,title,date,type,actor,language,scenario)");
    }

    @Test
    void fileListedTwiceIsRejected() throws IOException {
        Path csv = Files.writeString(dir.resolve("meta.csv"), "file,title\na.txt,One\na.txt,Two\n");

        assertThatThrownBy(() -> MetadataCsv.read(csv)).isInstanceOf(ParallaxException.class)
                .hasMessage("meta.csv line 3: file 'a.txt' is listed twice");
    }
}
