package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chinese and Korean texts saved by Notepad or Excel in their Windows code pages: a Big5 interview was stored as
 * Windows-1252 nonsense without a word, and GBK, GB18030 and EUC-KR texts were refused as "does not look like text",
 * naming no encoding. Each is read as what it is, or refused naming the encoding and how to convert it.
 */
class ChineseAndKoreanEncodingTest {
    private static final String TRADITIONAL = "北大西洋公約組織與俄羅斯於二零零二年五月在羅馬簽署宣言，成立北約－俄羅斯理事會。\n"
            + "雙方同意在反恐、危機管理、軍備控制與不擴散等領域加強合作。外交部長表示：「對話的大門仍然敞開。」\n";
    private static final String SIMPLIFIED = "北大西洋公约组织与俄罗斯于二零零二年五月在罗马签署宣言，成立北约－俄罗斯理事会。\n"
            + "双方同意在反恐、危机管理、军备控制与不扩散等领域加强合作。外交部长表示：“对话的大门仍然敞开。”\n";
    private static final String KOREAN = "북대서양조약기구와 러시아는 2002년 5월 로마에서 선언에 서명하고 나토-러시아 이사회를 "
            + "설립했다.\n양측은 테러 대응, 위기 관리, 군비 통제 및 비확산 분야에서 협력을 강화하기로 합의했다. 외교부 장관은 "
            + "\"대화의 문은 여전히 열려 있다\"고 말했다.\n";

    private final DocumentReader reader = new DocumentReader();

    @TempDir
    Path dir;

    @Test
    void readsTraditionalChineseInBig5() throws IOException {
        for (String charset : List.of("Big5", "x-windows-950")) {
            ImportedText imported = reader.read(write("訪談.txt", TRADITIONAL, charset));

            assertThat(imported.text()).as(charset).isEqualTo(TRADITIONAL);
            assertThat(imported.warnings()).as(charset).isEmpty();
        }
    }

    @Test
    void readsSimplifiedChineseInGb2312GbkAndGb18030() throws IOException {
        for (String charset : List.of("GB2312", "GBK", "GB18030")) {
            ImportedText imported = reader.read(write("访谈.txt", SIMPLIFIED, charset));

            assertThat(imported.text()).as(charset).isEqualTo(SIMPLIFIED);
            assertThat(imported.warnings()).as(charset).isEmpty();
        }
    }

    /**
     * GB18030 writes characters beyond the 16-bit range in four bytes ("𠮷", U+20BB7, in the name of 𠮷野家): the
     * stored text holds them as the two halves of one character, so a passage's offsets (UTF-16 units) never fall
     * between them.
     */
    @Test
    void readsCharactersBeyondSixteenBitsInGb18030WholeSoOffsetsHold() throws IOException {
        String text = SIMPLIFIED + "记者在𠮷野家餐厅采访了两位外交官。\n";

        String stored = reader.read(write("采访.txt", text, "GB18030")).text();

        assertThat(stored).isEqualTo(text);
        int start = stored.indexOf("𠮷野家");
        assertThat(stored.substring(start, start + 4)).isEqualTo("𠮷野家");
        assertThat(Character.isHighSurrogate(stored.charAt(start))).isTrue();
        assertThat(stored.codePoints().filter(c -> c == 0x20BB7).count()).isEqualTo(1);
    }

    @Test
    void readsKoreanInEucKrAndWindows949() throws IOException {
        for (String charset : List.of("EUC-KR", "x-windows-949")) {
            ImportedText imported = reader.read(write("인터뷰.txt", KOREAN, charset));

            assertThat(imported.text()).as(charset).isEqualTo(KOREAN);
            assertThat(imported.warnings()).as(charset).isEmpty();
        }
    }

    /** A Russian line in KOI8-R of even words only is also common Chinese in GBK; it stays Russian. */
    @Test
    void russianAndWesternTextsInCodePagesAreReadAsBefore() throws IOException {
        String russian = "мама мыла раму, папа спал\n";
        String western = "Ärger über die Straße, naïve Wünsche\n";

        assertThat(reader.read(write("ru.txt", russian, "KOI8-R")).text()).isEqualTo(russian);
        assertThat(reader.read(write("ru1251.txt", russian, "windows-1251")).text()).isEqualTo(russian);
        assertThat(reader.read(write("de.txt", western, "windows-1252")).text()).isEqualTo(western);
    }

    /** Two characters common in Big5, in GBK and in EUC-KR cannot be told apart: refused, saying how to convert. */
    @Test
    void aChineseTextTooShortToTellItsEncodingIsRefusedNamingItAndHowToConvert() throws IOException {
        Path file = write("note 1.txt", "成立", "GBK");

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("note 1.txt: looks like Chinese in Big5, Chinese in GB18030 (GBK, GB2312) or "
                        + "Korean in EUC-KR, which cannot be told apart for sure; ")
                .hasMessageContaining("convert it to UTF-8 and import that: iconv -f ")
                .hasMessageEndingWith(" -t UTF-8 'note 1.txt' > 'note 1-utf8.txt' (or save it as UTF-8 in an editor)");
    }

    private Path write(String name, String text, String charset) throws IOException {
        return Files.write(dir.resolve(name), text.getBytes(Charset.forName(charset)));
    }
}
