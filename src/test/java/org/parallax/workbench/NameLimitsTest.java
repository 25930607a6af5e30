package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.model.Document;
import org.parallax.model.DocumentMeta;
import org.parallax.model.ParallaxException;
import org.parallax.model.TextLimits;

/** The window's forms reach the project through these calls; each refuses an over-long name with the field named. */
class NameLimitsTest {
    private static final String LONG = "x".repeat(TextLimits.NAME + 1);

    @TempDir
    Path dir;

    @Test
    void codebookFormsRefuseLongNamesAndStoreNothing() {
        try (Workbench wb = Workbench.create(dir.resolve("p.parallax"), null)) {
            var frame = wb.codebook().addFrame("Realism", null, null);
            Code code = wb.codebook().addCode("Threat", frame.id(), null, null, null);

            assertThatThrownBy(() -> wb.codebook().addFrame(LONG, null, null))
                    .isInstanceOf(ParallaxException.class).hasMessageContaining("frame name");
            assertThatThrownBy(() -> wb.codebook().addCode(LONG, frame.id(), null, null, null))
                    .hasMessageContaining("code name").hasMessageContaining("201 characters");
            assertThatThrownBy(() -> wb.codebook().updateCode(new Code(code.id(), null, frame.id(), null, LONG,
                    code.color(), null, 0, code.position()))).hasMessageContaining("code name");
            assertThatThrownBy(() -> wb.codebook().addScenario(LONG, null)).hasMessageContaining("scenario name");
            assertThatThrownBy(() -> wb.setActiveCoder(LONG)).hasMessageContaining("coder name");

            assertThat(wb.codebook().current().codes()).extracting(Code::name).containsExactly("Threat");
            assertThat(wb.codebook().current().frames()).hasSize(1);
            assertThat(wb.codebook().current().scenarios()).isEmpty();
        }
    }

    @Test
    void documentDetailsFormRefusesALongTitleAttributeNameOrValue() throws Exception {
        try (Workbench wb = Workbench.create(dir.resolve("d.parallax"), null)) {
            Path text = Files.writeString(dir.resolve("speech.txt"), "A speech.\n");
            wb.documents().importFiles(new ImportRequest(List.of(text), null, Map.of()), TaskProgress.NONE);
            Document doc = wb.documents().list().get(0);
            DocumentMeta meta = doc.meta();

            assertThatThrownBy(() -> wb.documents().updateMeta(doc.id(), meta.withTitle("t".repeat(2_001))))
                    .hasMessageContaining("document title");
            assertThatThrownBy(() -> wb.documents().updateMeta(doc.id(), new DocumentMeta(meta.title(), null, null,
                    null, null, null, Map.of(LONG, "v")))).hasMessageContaining("attribute name");
            assertThatThrownBy(() -> wb.documents().updateMeta(doc.id(), new DocumentMeta(meta.title(), null, null,
                    null, null, null, Map.of("speaker", "v".repeat(2_001)))))
                    .hasMessageContaining("value of attribute 'speaker'");

            assertThat(wb.documents().require(doc.id()).meta()).isEqualTo(meta);
        }
    }
}
