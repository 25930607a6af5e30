package org.parallax.workbench;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.parallax.model.ParallaxException;

/**
 * The sample project that ships with Parallax, and the researcher's own copy of it. The shipped file is
 * never opened: an installed program's folder is read-only for its users, and coding the sample must not
 * change what the next user gets.
 */
public final class BundledSample {
    /** Set by the installed app's launchers to the sample inside the app image. */
    static final String LOCATION_PROPERTY = "parallax.sample";
    static final String FILE_NAME = "nato-russia.parallax";
    private static final Path IN_SOURCE_TREE = Path.of("samples", FILE_NAME);

    private BundledSample() {
    }

    /** The shipped sample: where the launcher says it is, else samples/ of a source checkout, else none. */
    public static Optional<Path> shipped(Path workingDirectory) {
        String configured = System.getProperty(LOCATION_PROPERTY);
        Path sample = configured == null || configured.isBlank() ? workingDirectory.resolve(IN_SOURCE_TREE)
                : Path.of(configured);
        return Files.isRegularFile(sample) ? Optional.of(sample) : Optional.empty();
    }

    /**
     * The researcher's copy, {@code FOLDER/Parallax/nato-russia.parallax}: made from {@code shipped} when there is
     * none yet, kept as it is when there is (it may hold their own coding). The copy appears whole or not at all.
     */
    public static Path copyInto(Path shipped, Path documentsFolder) {
        Path folder = documentsFolder.resolve("Parallax");
        Path copy = folder.resolve(FILE_NAME);
        if (Files.isRegularFile(copy)) {
            return copy;
        }
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, FILE_NAME, ".copying");
            Files.copy(shipped, temp, StandardCopyOption.REPLACE_EXISTING);
            // the shipped file is read-only once installed; the researcher's copy must be writable
            temp.toFile().setWritable(true, true);
            moveIntoPlace(temp, copy);
            return copy;
        } catch (FileAlreadyExistsException raced) {
            return copy;
        } catch (IOException e) {
            throw new ParallaxException(copy + ": cannot copy the sample project here (" + e.getMessage() + ")", e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                System.getLogger(BundledSample.class.getName()).log(System.Logger.Level.WARNING,
                        "Cannot delete " + temp, e);
            }
        }
    }
}
