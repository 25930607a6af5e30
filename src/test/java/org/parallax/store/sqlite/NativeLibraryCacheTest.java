package org.parallax.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Which of sqlite-jdbc's library folders the cache takes, and where it leaves the choice to sqlite-jdbc. */
class NativeLibraryCacheTest {
    @Test
    void theShippedDesktopPlatformsMapToSqliteJdbcsFolders() {
        assertThat(NativeLibraryCache.platform("Windows 11", "amd64")).isEqualTo("Windows/x86_64");
        assertThat(NativeLibraryCache.platform("Mac OS X", "aarch64")).isEqualTo("Mac/aarch64");
        assertThat(NativeLibraryCache.platform("Mac OS X", "x86_64")).isEqualTo("Mac/x86_64");
        if (!Files.exists(Path.of("/lib/ld-musl-x86_64.so.1"))) {
            assertThat(NativeLibraryCache.platform("Linux", "amd64")).isEqualTo("Linux/x86_64");
        }
    }

    @Test
    void otherProcessorsAndSystemsAreLeftToSqliteJdbcsOwnProbe() {
        assertThat(NativeLibraryCache.platform("Linux", "arm")).isNull();
        assertThat(NativeLibraryCache.platform("Linux", "ppc64le")).isNull();
        assertThat(NativeLibraryCache.platform("FreeBSD", "amd64")).isNull();
        assertThat(NativeLibraryCache.platform("AIX", "aarch64")).isNull();
    }

    @Test
    void theLinuxFolderItNamesHoldsTheLibrarySqliteJdbcShips() {
        String platform = NativeLibraryCache.platform("Linux", "amd64");
        if (platform != null) {
            assertThat(NativeLibraryCache.class.getResource("/org/sqlite/native/" + platform + "/libsqlitejdbc.so"))
                    .isNotNull();
        }
    }
}
