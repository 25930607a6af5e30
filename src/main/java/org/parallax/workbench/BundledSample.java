package org.parallax.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.parallax.model.KilledWriters;
import org.parallax.model.ParallaxException;
import org.parallax.store.KilledWritersTemps;

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
    /** The copy the build puts inside parallax.jar, so the jar run from any folder has its sample. */
    static final String IN_JAR = "/org/parallax/samples/" + FILE_NAME;
    /** Why "Open the sample" cannot work: no shipped sample anywhere and no copy of the researcher's own. */
    public static final String NOT_INSTALLED = "The sample project is not part of this copy of Parallax (neither "
            + "beside nor inside it), and there is no earlier copy in the documents folder.";

    /**
     * Why the sample the launchers name is opened read-only even where its folder can be written (a portable copy
     * unpacked in the user's own folder): coding saved there, with its backups, went with the program folder when it
     * was deleted or replaced by a newer version.
     */
    public static final String NEVER_CHANGED = "it is the sample that comes with Parallax, which is never changed; "
            + "File → Open the sample opens your own copy of it in your documents folder";

    private BundledSample() {
    }

    /** Whether {@code file} is the sample the installed program's launchers name ({@link #LOCATION_PROPERTY}). */
    static boolean isTheLaunchersSample(Path file) {
        String configured = System.getProperty(LOCATION_PROPERTY);
        return configured != null && !configured.isBlank() && Files.isRegularFile(Path.of(configured))
                && isShipped(file, Optional.of(Path.of(configured)));
    }

    /**
     * The shipped sample: where the launcher says it is, else samples/ of a source checkout, else the copy inside
     * parallax.jar, else none.
     */
    public static Optional<Path> shipped(Path workingDirectory) {
        return shipped(workingDirectory, BundledSample.class.getResource(IN_JAR));
    }

    static Optional<Path> shipped(Path workingDirectory, URL inJar) {
        String configured = System.getProperty(LOCATION_PROPERTY);
        Path sample = configured == null || configured.isBlank() ? workingDirectory.resolve(IN_SOURCE_TREE)
                : Path.of(configured);
        return Files.isRegularFile(sample) ? Optional.of(sample) : inside(inJar);
    }

    /** The jar's sample unpacked to a temporary file, by resource URL: unpacked once per run. */
    private static final Map<String, Path> UNPACKED = new HashMap<>();

    /**
     * The resource as a path a copy can read: a file of target/classes as it is, an entry of the jar unpacked to a
     * temporary file (a zip file system kept open on the jar would stand in the way of Help, which opens one too).
     */
    private static synchronized Optional<Path> inside(URL resource) {
        if (resource == null) {
            return Optional.empty();
        }
        try {
            if ("file".equals(resource.getProtocol())) {
                Path path = Path.of(resource.toURI());
                return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
            }
            Path unpacked = UNPACKED.get(resource.toString());
            if (unpacked == null || !Files.isRegularFile(unpacked)) {
                Path folder = KilledWriters.newFolder("parallax-sample-");
                folder.toFile().deleteOnExit();
                unpacked = folder.resolve(FILE_NAME);
                unpacked.toFile().deleteOnExit();
                try (InputStream in = resource.openStream()) {
                    Files.copy(in, unpacked, StandardCopyOption.REPLACE_EXISTING);
                }
                UNPACKED.put(resource.toString(), unpacked);
            }
            return Optional.of(unpacked);
        } catch (URISyntaxException | IOException | RuntimeException e) {
            System.getLogger(BundledSample.class.getName()).log(System.Logger.Level.WARNING,
                    "Cannot read the sample inside " + resource, e);
            return Optional.empty();
        }
    }

    /**
     * Where the researcher's copy of {@code shipped} lives in {@code documentsFolder}, whether or not it exists yet
     * ({@link ProjectsFolder}).
     */
    public static Path copyLocation(Path documentsFolder, Optional<Path> shipped) {
        return ProjectsFolder.in(documentsFolder, shipped).resolve(FILE_NAME);
    }

    /**
     * Why "Open the sample" cannot open anything — no shipped sample and no researcher's copy — or empty when it
     * can (a copy made earlier opens even where this installation has no sample of its own).
     */
    public static Optional<String> unavailable(Optional<Path> shipped, Path documentsFolder) {
        return shipped.isPresent() || earlierCopy(documentsFolder, shipped).isPresent() ? Optional.empty()
                : Optional.of(NOT_INSTALLED);
    }

    /** The researcher's copy: made from {@code shipped} when there is none yet; an error when neither exists. */
    public static Path researchersCopy(Optional<Path> shipped, Path documentsFolder) {
        if (shipped.isPresent()) {
            return copyInto(shipped.get(), documentsFolder); // the copy already there, else a new one
        }
        return earlierCopy(documentsFolder, shipped).orElseThrow(() -> new ParallaxException(NOT_INSTALLED));
    }

    /**
     * The copy the researcher already has, in either folder a Parallax of theirs puts it ({@link ProjectsFolder}):
     * first where this installation would make it, then {@code Parallax/}, then {@code Parallax projects/}. One
     * sample per researcher: the installed package made its copy in {@code Parallax/}, a portable copy unpacked
     * there later made a second, empty one in {@code Parallax projects/}, while the first, with the coding done in
     * it, stayed in the recent projects (and the reverse, the package after a portable copy was removed). The
     * shipped file itself is never a copy.
     */
    static Optional<Path> earlierCopy(Path documentsFolder, Optional<Path> shipped) {
        List<Path> places = List.of(copyLocation(documentsFolder, shipped),
                documentsFolder.resolve(ProjectsFolder.USUAL).resolve(FILE_NAME),
                documentsFolder.resolve(ProjectsFolder.BESIDE_THE_PROGRAM).resolve(FILE_NAME));
        return places.stream().filter(Files::isRegularFile).filter(copy -> !isShipped(copy, shipped)).findFirst();
    }

    private static boolean isShipped(Path file, Optional<Path> shipped) {
        try {
            return shipped.isPresent() && Files.isSameFile(file, shipped.get());
        } catch (IOException e) {
            return false; // gone between the two looks: not the shipped file we hold
        }
    }

    /**
     * The researcher's copy, {@code FOLDER/Parallax/nato-russia.parallax} ({@link ProjectsFolder}): made from
     * {@code shipped} when there is none yet in either folder ({@link #earlierCopy}), kept as it is when there is (it
     * may hold their own coding). The copy appears whole or not at all.
     */
    public static Path copyInto(Path shipped, Path documentsFolder) {
        Optional<Path> earlier = earlierCopy(documentsFolder, Optional.of(shipped));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Path copy = copyLocation(documentsFolder, Optional.of(shipped));
        Path folder = copy.getParent();
        Path temp = null;
        try {
            Files.createDirectories(folder);
            // a copy killed midway (the first start ended hard) leaves its temporary file: the next one removes it
            KilledWritersTemps.removeIn(folder, Pattern.quote(FILE_NAME) + "\\.copying");
            temp = KilledWritersTemps.beside(copy, ".copying");
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
