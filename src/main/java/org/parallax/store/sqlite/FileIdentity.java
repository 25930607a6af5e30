package org.parallax.store.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * Which file is at a path right now: its file key (device and inode on Unix), else its creation time.
 * A sync client (Dropbox, OneDrive) that deletes or replaces the project's {@code -wal} or main file while
 * it is open changes this identity, while Parallax's open handles still point at the old file.
 */
record FileIdentity(Object key) {
    static final FileIdentity ABSENT = new FileIdentity(null);

    static FileIdentity of(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            Object key = attributes.fileKey();
            return new FileIdentity(key != null ? key : attributes.creationTime());
        } catch (IOException e) {
            return ABSENT;
        }
    }

    boolean absent() {
        return key == null;
    }

    boolean sameAs(FileIdentity other) {
        return Objects.equals(key, other.key);
    }
}
