package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parallax.io.refi.QdpxFiles.utf8;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.refi.QdpxFiles;
import org.parallax.model.ParallaxException;
import org.parallax.testutil.TestProjects;

/** Found by fuzzing: what a REFI-QDA import tells the researcher names the file and keeps to one line each. */
class ExchangeImportMessagesTest {
    private static final String SOURCE = "aaaaaaaa-0000-0000-0000-000000000001";

    @TempDir
    Path dir;

    @Test
    void problemQuotingAnIdWithALineBreakStaysOneLine() {
        String qde = QdpxFiles.projectWithSource(SOURCE, "internal://" + SOURCE + ".txt", "")
                .replace("guid=\"11111111-1111-1111-1111-111111111111\"", "guid=\"first&#10;second\"");
        Path file = QdpxFiles.zip(dir.resolve("broken-id.qdpx"), Map.of("project.qde", utf8(qde),
                "sources/" + SOURCE + ".txt", utf8("A text about the Founding Act.")));
        try (Workbench wb = TestProjects.table1(dir)) {
            ExchangeReport report = wb.exchange().importQdpx(file);
            assertThat(report.problems()).anySatisfy(p -> assertThat(p).contains("first second"))
                    .allSatisfy(p -> assertThat(p).doesNotContain("\n").doesNotContain("\r"));
        }
    }

    @Test
    void clashWithAScenarioNamesTheFileAndLeavesTheCodebookAlone() throws Exception {
        Path file = Files.writeString(dir.resolve("clash.qdc"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="hand-made"><Codes>
                  <Code guid="33333333-3333-3333-3333-333333333333" name="Rogue frame" isCodable="false">
                    <Code guid="44444444-4444-4444-4444-444444444444" name="Institutionalized dialogue"
                          isCodable="true"/>
                  </Code>
                </Codes></CodeBook>
                """);
        try (Workbench wb = TestProjects.table1(dir)) {
            int codes = wb.codebook().current().codes().size();
            assertThatThrownBy(() -> wb.exchange().importQdc(file)).isInstanceOf(ParallaxException.class)
                    .hasMessage("clash.qdc: Code 'Institutionalized dialogue' clashes with a scenario of the same "
                            + "name");
            assertThat(wb.codebook().current().codes()).hasSize(codes);
        }
    }
}
