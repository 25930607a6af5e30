package org.parallax.io.refi;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Archives damaged in ways the fuzzer found: each fails with a message that says what is wrong. */
class DamagedArchiveTest {
    @TempDir
    Path dir;

    @Test
    void archiveWithDamagedEndRecordIsReportedWithAReasonNotNull() throws Exception {
        Path file = QdpxFiles.zip(dir.resolve("damaged-end.qdpx"), Map.of("project.qde",
                QdpxFiles.utf8("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"/>")));
        byte[] bytes = Files.readAllBytes(file);
        // The last byte is the high byte of the archive comment's length: now 256 bytes that are not there.
        bytes[bytes.length - 1] ^= 1;
        Files.write(file, bytes);
        assertThatThrownBy(() -> new QdpxReader().read(file)).isInstanceOf(RefiException.class)
                .hasMessageStartingWith("damaged-end.qdpx: not a readable zip archive (")
                .hasMessageEndingWith("(the file ends before the archive does; truncated?)");
    }
}
