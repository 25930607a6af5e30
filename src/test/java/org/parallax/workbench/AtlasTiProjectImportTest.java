package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.io.refi.QdpxFiles.utf8;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.refi.QdpxFiles;
import org.parallax.model.Coder;

/**
 * A project in the shape ATLAS.ti 23 exports (as the ATLAS.ti files in ../shared/refi/samples have it, rebuilt here):
 * besides its researcher, ATLAS.ti lists itself as a user named "ATLAS.ti" that made nothing in the file.
 */
class AtlasTiProjectImportTest {
    private static final String PERSON = "088b08ac-d5cd-4adb-8b71-b4f3459c177f";
    private static final String PROGRAM = "c32a2bd5-537f-4838-8b17-df9efbafdf4b";
    private static final String SOURCE = "5e1f0c6a-2b7d-4c3e-9a8b-1c2d3e4f5a6b";

    @TempDir
    Path dir;

    @Test
    void theProgramListedAsAUserIsNoCoder() {
        String qde = """
                <?xml version="1.0" encoding="utf-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" origin="ATLAS.ti for Windows 23.2.3.27778" name="target"
                    creatingUserGUID="%1$s" creationDateTime="2023-08-16T15:49:36Z">
                  <Users>
                    <User guid="%1$s" name="Ana Lima" />
                    <User guid="%2$s" name="ATLAS.ti" />
                  </Users>
                  <CodeBook><Codes>
                    <Code guid="a182cd3a-d83c-4d8c-bc80-26d9103ec6d6" name="Commits" isCodable="true" />
                  </Codes></CodeBook>
                  <Sources>
                    <TextSource guid="%3$s" name="log" plainTextPath="internal://%3$s.txt">
                      <PlainTextSelection guid="9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a" startPosition="0" endPosition="6"
                          creatingUser="%1$s">
                        <Coding guid="1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d" creatingUser="%1$s">
                          <CodeRef targetGUID="a182cd3a-d83c-4d8c-bc80-26d9103ec6d6" />
                        </Coding>
                      </PlainTextSelection>
                    </TextSource>
                  </Sources>
                </Project>
                """.formatted(PERSON, PROGRAM, SOURCE);
        Path file = QdpxFiles.zip(dir.resolve("atlas.qdpx"), Map.of("project.qde", utf8(qde),
                "sources/" + SOURCE + ".txt", utf8("Commit 19e4dce fixed the export.")));
        try (Workbench wb = Workbench.create(dir.resolve("p.parallax"), null)) {
            ExchangeReport report = wb.exchange().importQdpx(file);

            assertThat(wb.coders()).extracting(Coder::name).contains("Ana Lima").doesNotContain("ATLAS.ti");
            assertThat(report.segmentsAdded()).isEqualTo(1);
            assertThat(report.problems()).contains("User 'ATLAS.ti' is the program that wrote the file and made "
                    + "nothing in it; not made a coder");
        }
    }
}
