package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files other programs write, given to the import as documents: the text NVivo, MAXQDA and ATLAS.ti export (UTF-8
 * with a byte order mark and Windows line ends, or UTF-16 with its mark), a text in a Windows or Russian code page
 * that declares none, and the sheets Taguette and QualCoder export, codebooks and coded passages. A text comes in as
 * its characters, no mark among them, so that an offset counts the stored text's UTF-16 units; a sheet is refused in
 * one line saying what it is and where it goes, where it said only "unsupported file type '.csv'".
 */
class PeerExportsImportTest {
    private static final String INTERVIEW = "Interviewer: Where did you grow up?\nRespondent: In Tver 😀, then Moscow."
            + " “It was cold,” she said.\nИнтервьюер: Где вы выросли?\nРеспондент: В Твери, потом в Москве.\n";

    private final DocumentReader reader = new DocumentReader();

    @TempDir
    Path dir;

    @Test
    void textsExportedWithAByteOrderMarkAndWindowsLineEndsComeInAsTheirCharactersAlone() throws IOException {
        String crlf = INTERVIEW.replace("\n", "\r\n");
        Path utf8 = write("nvivo export.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                crlf.getBytes(StandardCharsets.UTF_8)));
        Path utf16le = write("maxqda export.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                crlf.getBytes(StandardCharsets.UTF_16LE)));
        Path utf16be = write("atlas export.txt", concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                crlf.getBytes(StandardCharsets.UTF_16BE)));

        for (Path file : java.util.List.of(utf8, utf16le, utf16be)) {
            String text = reader.read(file).text();
            assertThat(text).as(file.getFileName().toString()).isEqualTo(INTERVIEW);
            // The emoji is two UTF-16 units: "Moscow" stands where the text without a mark puts it.
            assertThat(text.indexOf("Moscow")).isEqualTo(INTERVIEW.indexOf("Moscow")).isEqualTo(65);
        }
    }

    @Test
    void textsInWindowsAndRussianCodePagesWithoutADeclarationAreReadInTheirCodePage() throws IOException {
        String western = "Respondent: “It was cold,” she said — café au lait, naïve, façade.\n";
        String russian = "Интервьюер: Где вы выросли?\nРеспондент: В Твери, потом в Москве. Было холодно.\n";
        Path cp1252 = write("western.txt", western.getBytes(Charset.forName("windows-1252")));
        Path koi8 = write("koi8.txt", russian.getBytes(Charset.forName("KOI8-R")));
        Path cp1251 = write("cp1251.txt", russian.getBytes(Charset.forName("windows-1251")));

        assertThat(reader.read(cp1252).text()).isEqualTo(western);
        assertThat(reader.read(koi8).text()).isEqualTo(russian);
        assertThat(reader.read(cp1251).text()).isEqualTo(russian);
    }

    @Test
    void aCodebookSheetGivenAsADocumentSaysToImportItAsACodebook() throws IOException {
        Path taguette = write("codebook.csv", ("tag,parent,description,number of highlights\r\n"
                + "security,,Talk of threats,3\r\n").getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> reader.read(taguette)).isInstanceOf(ImportException.class).hasMessage(
                "codebook.csv: a codebook sheet (tag, parent, description, number of highlights), not a document: "
                        + "bring its codes in with parallax codebook import PROJECT codebook.csv");
    }

    @Test
    void aSheetOfCodedPassagesGivenAsADocumentSaysHowCodingComesIn() throws IOException {
        Path qualcoder = write("coding report.csv", ("\uFEFF\"File\",\"Coder\",\"Code\",\"Coded text\"\r\n"
                + "interview.txt,default,security,\"In Tver, then Moscow.\"\r\n").getBytes(StandardCharsets.UTF_8));
        Path semicolons = write("segments.csv", "Dokument;Code;Segment\r\nInterview;Sicherheit;In Tver\r\n"
                .getBytes(Charset.forName("windows-1252")));

        assertThatThrownBy(() -> reader.read(qualcoder)).isInstanceOf(ImportException.class).hasMessage(
                "coding report.csv: a sheet of coded passages (File, Coder, Code, Coded text), not a document: "
                        + "Parallax takes another program's coding from its REFI-QDA project export (.qdpx; in "
                        + "QualCoder Project → Export → REFI-QDA Project export) with its documents, or from "
                        + "Taguette's highlights sheet (id, document, tag, content)");
        assertThatThrownBy(() -> reader.read(semicolons)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("segments.csv: a sheet of coded passages (Dokument, Code, Segment), not a "
                        + "document");
    }

    @Test
    void anyOtherSheetIsRefusedAsASheetInOneLine() throws IOException {
        Path figures = write("figures.tsv", "year\tcount\n2008\t4\n".getBytes(StandardCharsets.UTF_8));
        Path empty = write("blank.csv", "\n\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> reader.read(figures)).isInstanceOf(ImportException.class).hasMessage(
                "figures.tsv: a sheet (year, count), not a document (supported: " + DocumentReader.SUPPORTED
                        + "); a sheet of document details is given with parallax import PROJECT FILES --metadata "
                        + "figures.tsv");
        assertThatThrownBy(() -> reader.read(empty)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("blank.csv: a sheet (no columns), not a document");
    }

    /**
     * A sheet of coded passages whose header is in none of the English words (an export from a program set to
     * Spanish or Russian) was told to go in as a sheet of document details; its rows say what it is: quotations
     * beside names that repeat. Document details name one document a row, even beside a column of summaries.
     */
    @Test
    void aSheetOfCodedPassagesWithAHeaderInAnotherLanguageIsToldByItsRows() throws IOException {
        Path spanish = write("segmentos.csv", ("Documento;Código;Cita;Comentario\r\n"
                + "Entrevista 1;seguridad;\"La ampliación de la alianza fue vista como una amenaza directa\";\r\n"
                + "Entrevista 1;cooperación;Ambas partes hablaron de un diálogo constante sobre el tratado;\r\n"
                + "Entrevista 2;seguridad;El ministro dijo que la frontera nunca había estado tan tensa;nota\r\n"
                + "Entrevista 2;seguridad;Nadie en la sala esperaba una respuesta tan dura del embajador;\r\n")
                .getBytes(StandardCharsets.UTF_8));
        Path russian = write("фрагменты.tsv", ("Документ\tКод\tФрагмент\n"
                + "Интервью 1\tугроза\tРасширение альянса на восток воспринималось как прямая угроза\n"
                + "Интервью 2\tугроза\tМинистр сказал, что граница никогда не была так напряжена\n"
                + "Интервью 2\tдиалог\tОбе стороны говорили о постоянном диалоге по договору\n")
                .getBytes(StandardCharsets.UTF_8));
        Path details = write("documentos.csv", ("Documento;Tipo;Resumen\r\n"
                + "Entrevista 1;entrevista;Un diplomático habla de la cumbre y de lo que vino después\r\n"
                + "Entrevista 2;entrevista;El ministro describe la frontera y las conversaciones del tratado\r\n"
                + "Discurso de Múnich;discurso;El presidente critica la expansión de la alianza hacia el este\r\n")
                .getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> reader.read(spanish)).isInstanceOf(ImportException.class).hasMessageStartingWith(
                "segmentos.csv: a sheet of coded passages (Documento, Código, Cita, Comentario), not a document: "
                        + "Parallax takes another program's coding from its REFI-QDA project export (.qdpx");
        assertThatThrownBy(() -> reader.read(russian)).isInstanceOf(ImportException.class).hasMessageStartingWith(
                "фрагменты.tsv: a sheet of coded passages (Документ, Код, Фрагмент), not a document");
        assertThatThrownBy(() -> reader.read(details)).isInstanceOf(ImportException.class).hasMessage(
                "documentos.csv: a sheet (Documento, Tipo, Resumen), not a document (supported: "
                        + DocumentReader.SUPPORTED + "); a sheet of document details is given with parallax import "
                        + "PROJECT FILES --metadata documentos.csv");
    }

    /**
     * A sheet of two coded passages with a German header was sent to {@code --metadata}: the rows were not weighed
     * below three. Two rows tell it when its names repeat (one interview, one code); two documents' details name
     * two documents, which never repeat, and stay a sheet of details.
     */
    @Test
    void aTwoPassageSheetWithAHeaderInAnotherLanguageIsToldByItsRows() throws IOException {
        Path german = write("kodierungen.csv", ("Dokument;Kode;Textstelle\r\n"
                + "Interview 3;Vertrauen;Wir haben der anderen Seite damals einfach nicht mehr geglaubt\r\n"
                + "Interview 3;Vertrauen;Nach dem Gipfel sprach niemand mehr von einer echten Partnerschaft\r\n")
                .getBytes(StandardCharsets.UTF_8));
        Path details = write("dokumente.csv", ("Dokument;Art;Zusammenfassung\r\n"
                + "Interview 3;Interview;Ein Diplomat spricht über den Gipfel und die Jahre danach\r\n"
                + "Rede in München;Rede;Der Präsident kritisiert die Erweiterung des Bündnisses nach Osten\r\n")
                .getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> reader.read(german)).isInstanceOf(ImportException.class).hasMessageStartingWith(
                "kodierungen.csv: a sheet of coded passages (Dokument, Kode, Textstelle), not a document");
        assertThatThrownBy(() -> reader.read(details)).isInstanceOf(ImportException.class).hasMessageStartingWith(
                "dokumente.csv: a sheet (Dokument, Art, Zusammenfassung), not a document (supported: ");
    }

    /** As Taguette's export_highlights.html writes them; a page that only speaks of such highlights is a page. */
    @Test
    void taguettesHighlightsExportedAsAPageAreRefusedSayingHowTheirCodingComesIn() throws IOException {
        Path highlights = write("highlights.html", ("<!DOCTYPE html>\n<html>\n  <head>\n    <meta charset=\"UTF-8\">"
                + "\n    <title>Taguette highlights: security</title>\n  </head>\n  <body>\n    <h1>Taguette "
                + "highlights: security</h1>\n    <p>In Tver, then Moscow.</p>\n    <p>\n      <strong>Document:"
                + "</strong> interview\n      <strong>Tags:</strong>\n        security\n    </p>\n  </body>\n</html>\n")
                .getBytes(StandardCharsets.UTF_8));
        Path about = write("about.html", ("<html><head><title>How to read Taguette highlights</title></head><body><p>"
                + "Export them as a sheet.</p></body></html>").getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> reader.read(highlights)).isInstanceOf(ImportException.class).hasMessage(
                "highlights.html: Taguette's highlights exported as a web page, not a document: export them from "
                        + "Taguette as a sheet (.csv or .xlsx) and import that, after their documents, to bring in "
                        + "their tags as coding");
        assertThat(reader.read(about).text()).isEqualTo("Export them as a sheet.");
    }

    /**
     * Taguette writes the page in its interface's language: the title, heading and labels below come from its German,
     * French, Spanish and Brazilian Portuguese translations (po/main_de_DE.po, po/main_fr_FR.po, po/main_es_ES.po,
     * po/main_pt_BR.po); such a page came in as one document of quotations. Each keeps the name Taguette in its title.
     */
    @Test
    void taguettesHighlightsExportedInAnotherLanguageAreRefusedToo() throws IOException {
        Path german = write("markierungen.html", taguettePage("Taguette-Highlights: Sicherheit", "Dokument:", "Tags:"));
        Path french = write("marques.html", taguettePage("Taguette : marques : sécurité", "Document :", "Tags :"));
        Path spanish = write("resaltados.html", taguettePage("Taguette resaltados : seguridad", "Documento:",
                "Etiquetas:"));
        Path portuguese = write("destaques.html", taguettePage("Destaques Taguette: segurança", "Documento:",
                "Etiquetas:"));
        Path review = write("review.html", ("<html><head><title>Taguette</title></head><body><h1>Taguette</h1>"
                + "<p><strong>Taguette</strong> is a free tool.</p><p>Export: <strong>CSV</strong>.</p></body></html>")
                .getBytes(StandardCharsets.UTF_8));

        for (Path page : List.of(german, french, spanish, portuguese)) {
            assertThatThrownBy(() -> reader.read(page)).isInstanceOf(ImportException.class).hasMessage(
                    page.getFileName() + ": Taguette's highlights exported as a web page, not a document: export "
                            + "them from Taguette as a sheet (.csv or .xlsx) and import that, after their documents, "
                            + "to bring in their tags as coding");
        }
        assertThat(reader.read(review).text()).contains("Taguette is a free tool.");
    }

    /** A page as Taguette's templates/export_highlights.html writes one highlight, in the words given. */
    private static byte[] taguettePage(String title, String documentLabel, String tagsLabel) {
        return ("<!DOCTYPE html>\n<html>\n  <head>\n    <meta charset=\"UTF-8\">\n    <title>" + title + "</title>\n"
                + "  </head>\n  <body>\n    <h1>" + title + "</h1>\n    <p>In Tver, then Moscow.</p>\n    <p>\n      "
                + "<strong>" + documentLabel + "</strong> interview\n      <strong>" + tagsLabel + "</strong>\n"
                + "        security\n    </p>\n  </body>\n</html>\n").getBytes(StandardCharsets.UTF_8);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
