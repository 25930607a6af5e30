package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A finished copy is moved to its new name, and never over a file found there, with or without hard links. */
class NonReplacingMoveTest {
    @TempDir
    Path dir;

    @Test
    void movesToAFreeNameLeavingNoTemporaryName() throws Exception {
        Path temp = Files.writeString(dir.resolve(".copy.parallax.tmp-1"), "the copy");
        Path target = dir.resolve("copy.parallax");

        NonReplacingMove.move(temp, target);

        assertThat(Files.readString(target)).isEqualTo("the copy");
        assertThat(temp).doesNotExist();
    }

    @Test
    void refusesANameTakenAndLeavesBothFiles() throws Exception {
        Path temp = Files.writeString(dir.resolve(".copy.parallax.tmp-1"), "the copy");
        Path target = Files.writeString(dir.resolve("copy.parallax"), "theirs");

        assertThatThrownBy(() -> NonReplacingMove.move(temp, target)).isInstanceOf(FileAlreadyExistsException.class);

        assertThat(Files.readString(target)).isEqualTo("theirs");
        assertThat(Files.readString(temp)).isEqualTo("the copy");
    }

    /** A file system without hard links (FAT and exFAT USB sticks; here the JDK's zip file system) moves instead. */
    @Test
    void aFileSystemWithoutHardLinksMovesAndStillRefusesANameTaken() throws Exception {
        URI zip = URI.create("jar:" + dir.resolve("stick.zip").toUri());
        try (FileSystem stick = FileSystems.newFileSystem(zip, Map.of("create", "true"))) {
            Path folder = Files.createDirectories(stick.getPath("/copies"));
            Path temp = Files.writeString(folder.resolve(".copy.parallax.tmp-1"), "the copy");
            Path target = folder.resolve("copy.parallax");
            Path taken = Files.writeString(folder.resolve("taken.parallax"), "theirs");

            NonReplacingMove.move(temp, target);
            Path second = Files.writeString(folder.resolve(".taken.parallax.tmp-1"), "a second copy");
            assertThatThrownBy(() -> NonReplacingMove.move(second, taken))
                    .isInstanceOf(FileAlreadyExistsException.class);

            assertThat(Files.readString(target)).isEqualTo("the copy");
            assertThat(temp).doesNotExist();
            assertThat(Files.readString(taken)).isEqualTo("theirs");
        }
    }
}
