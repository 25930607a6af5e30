package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.MemoTarget;
import org.parallax.model.ParallaxException;

class BundledSampleTest {
    private static final Path SAMPLE = Path.of("samples", "nato-russia.parallax");

    @TempDir
    Path dir;

    @Test
    void theCopyGoesIntoTheDocumentsFolderWholeAndWritableAndTheShippedFileStaysAsItWas() throws Exception {
        Path shipped = Files.copy(SAMPLE, dir.resolve("installed.parallax"));
        shipped.toFile().setReadOnly();
        Path documents = dir.resolve("Документы с пробелом");

        Path copy = BundledSample.copyInto(shipped, documents);

        assertThat(copy).isEqualTo(documents.resolve("Parallax/nato-russia.parallax"));
        assertThat(Files.mismatch(copy, SAMPLE)).isEqualTo(-1);
        if (Files.getFileStore(copy).supportsFileAttributeView("posix")) {
            assertThat(Files.getPosixFilePermissions(copy)).contains(PosixFilePermission.OWNER_WRITE);
        }
        assertThat(Files.list(copy.getParent())).containsExactly(copy);
        try (Workbench wb = Workbench.open(copy)) {
            assertThat(wb.documents().list()).hasSize(15);
            wb.setActiveCoder("student");
        }
        assertThat(Files.mismatch(shipped, SAMPLE)).isEqualTo(-1);
    }

    /**
     * The first start killed while it copied the sample (the window closed hard, a power cut) left a file
     * {@code nato-russia.parallax123….copying} beside where the copy goes, for good: the next start copied again and
     * nothing removed it.
     */
    @Test
    void aCopyKilledMidwayLeavesNothingOnceTheNextStartHasCopiedTheSample() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("Parallax"));
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path killed = Files.writeString(folder.resolve(".nato-russia.parallax.copying-" + gone.pid()), "cut off");
        Path running = Files.writeString(folder.resolve(".nato-russia.parallax.copying-"
                + ProcessHandle.current().parent().orElseThrow().pid()), "being copied");

        Path copy = BundledSample.copyInto(SAMPLE, dir);

        assertThat(killed).doesNotExist();
        assertThat(Files.list(folder)).containsExactlyInAnyOrder(copy, running);
        assertThat(Files.mismatch(copy, SAMPLE)).isEqualTo(-1);
    }

    @Test
    void anExistingCopyIsTheResearchersWorkAndIsKept() throws Exception {
        Path documents = dir.resolve("docs");
        Path copy = BundledSample.copyInto(SAMPLE, documents);
        Files.writeString(copy, "their own work");
        assertThat(BundledSample.copyInto(SAMPLE, documents)).isEqualTo(copy);
        assertThat(Files.readString(copy)).isEqualTo("their own work");
    }

    @Test
    void aDocumentsFolderThatCannotBeCreatedIsOneClearErrorAndLeavesNothingBehind() throws Exception {
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> BundledSample.copyInto(SAMPLE, blocker))
                .isInstanceOf(ParallaxException.class).hasMessageContaining("cannot copy the sample project");
        assertThat(Files.list(dir)).containsExactly(blocker);
    }

    @Test
    void theInstalledAppNamesItsSampleInASystemPropertyAndASourceCheckoutHasItInSamples() throws Exception {
        assertThat(BundledSample.shipped(Path.of(""))).contains(SAMPLE);
        assertThat(BundledSample.shipped(dir, null)).isEmpty();
        Path installed = Files.copy(SAMPLE, dir.resolve("app sample.parallax"));
        String before = System.getProperty(BundledSample.LOCATION_PROPERTY);
        System.setProperty(BundledSample.LOCATION_PROPERTY, installed.toString());
        try {
            assertThat(BundledSample.shipped(dir.resolve("elsewhere"))).contains(installed);
        } finally {
            if (before == null) {
                System.clearProperty(BundledSample.LOCATION_PROPERTY);
            } else {
                System.setProperty(BundledSample.LOCATION_PROPERTY, before);
            }
        }
    }

    @Test
    void runFromAnyOtherFolderTheSampleInsideTheJarIsCopiedWhole() throws Exception {
        // the build puts the sample on the class path (target/classes, and so parallax.jar)
        assertThat(BundledSample.shipped(dir)).hasValueSatisfying(
                p -> assertThat(uncheckedMismatch(p)).isEqualTo(-1));
        Path jar = org.parallax.io.refi.QdpxFiles.zip(dir.resolve("parallax with spaces.jar"),
                Map.of(BundledSample.IN_JAR.substring(1), Files.readAllBytes(SAMPLE), "other.txt", new byte[] {1}));
        java.net.URL inJar = new java.net.URL("jar:" + jar.toUri() + "!" + BundledSample.IN_JAR);

        Path shipped = BundledSample.shipped(dir.resolve("elsewhere"), inJar).orElseThrow();
        assertThat(BundledSample.shipped(dir.resolve("again"), inJar)).contains(shipped);
        Path copy = BundledSample.copyInto(shipped, dir.resolve("Документы"));

        assertThat(Files.mismatch(copy, SAMPLE)).isEqualTo(-1);
        try (Workbench wb = Workbench.open(copy)) {
            assertThat(wb.documents().list()).hasSize(15);
        }
    }

    @Test
    void withNeitherASampleNorACopyOpeningTheSampleSaysWhyAndACopyAloneIsEnough() throws Exception {
        Path documents = dir.resolve("docs");
        assertThat(BundledSample.unavailable(java.util.Optional.empty(), documents))
                .contains(BundledSample.NOT_INSTALLED);
        assertThatThrownBy(() -> BundledSample.researchersCopy(java.util.Optional.empty(), documents))
                .isInstanceOf(ParallaxException.class).hasMessage(BundledSample.NOT_INSTALLED);
        Path copy = BundledSample.copyInto(SAMPLE, documents);
        assertThat(BundledSample.unavailable(java.util.Optional.empty(), documents)).isEmpty();
        assertThat(BundledSample.researchersCopy(java.util.Optional.empty(), documents)).isEqualTo(copy);
    }

    @Test
    void aPortableCopyUnpackedWhereTheSampleCopyGoesDoesNotTakeTheResearchersProjectsAlongWhenRemoved()
            throws Exception {
        // `tar xzf parallax-…-linux.tar.gz` in a home folder without Documents (or a .zip unpacked in Documents) makes
        // the program folder HOME/Parallax: the copy of the sample and its backups went in beside bin/ and lib/, and
        // removing or replacing that folder to uninstall or update the program deleted them
        Path home = Files.createDirectories(dir.resolve("home"));
        Path program = home.resolve("Parallax");
        Path shipped = Files.copy(SAMPLE, Files.createDirectories(program.resolve("lib/app/samples"))
                .resolve("nato-russia.parallax"));

        Path copy = BundledSample.copyInto(shipped, home);

        assertThat(copy).isEqualTo(home.resolve("Parallax projects/nato-russia.parallax"));
        assertThat(BundledSample.researchersCopy(Optional.of(shipped), home)).isEqualTo(copy);
        Path linkedHome = Files.createSymbolicLink(dir.resolve("linked home"), home);
        assertThat(BundledSample.copyInto(shipped, linkedHome))
                .isEqualTo(linkedHome.resolve("Parallax projects/nato-russia.parallax"));
        assertThat(ProjectFromQdpx.location(dir.resolve("gone/Interviews.qdpx"), home, Optional.of(shipped)))
                .as("a .qdpx whose own folder cannot take the project").isEqualTo(
                        home.resolve("Parallax projects/Interviews.parallax").toAbsolutePath());
        try (var files = Files.walk(program)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        try (Workbench wb = Workbench.open(copy)) {
            assertThat(wb.documents().list()).hasSize(15);
        }
        assertThat(BundledSample.copyInto(SAMPLE, home)).as("installed elsewhere, the researcher's copy again")
                .isEqualTo(copy);
        assertThat(home.resolve("Parallax")).doesNotExist();
    }

    @Test
    void aPortableCopyUnpackedOverThePackagesSampleFolderReopensTheResearchersOneCopy() throws Exception {
        // The package (sample outside the home folder) made HOME/Parallax/nato-russia.parallax and the researcher coded
        // in it; a portable copy unpacked in HOME then made a second, empty copy in "Parallax projects" and opened
        // that, while the first stayed in the recent projects.
        Path home = Files.createDirectories(dir.resolve("home"));
        Path fromThePackage = BundledSample.copyInto(SAMPLE, home);
        assertThat(fromThePackage).isEqualTo(home.resolve("Parallax/nato-russia.parallax"));
        try (Workbench wb = Workbench.open(fromThePackage)) {
            wb.memos().set(MemoTarget.project(), "Started coding the Munich speech.");
        }
        Path shipped = Files.copy(SAMPLE, Files.createDirectories(home.resolve("Parallax/lib/app/samples"))
                .resolve("nato-russia.parallax"));

        assertThat(BundledSample.copyInto(shipped, home)).isEqualTo(fromThePackage);
        assertThat(BundledSample.researchersCopy(Optional.of(shipped), home)).isEqualTo(fromThePackage);
        assertThat(home.resolve("Parallax projects")).doesNotExist();
        assertThat(BundledSample.copyInto(SAMPLE, home)).isEqualTo(fromThePackage);
        try (Workbench wb = Workbench.open(BundledSample.copyInto(shipped, home))) {
            assertThat(wb.memos().memo(MemoTarget.project()).orElseThrow().text()).isEqualTo("Started coding the Munich speech.");
        }
    }

    private static long uncheckedMismatch(Path p) {
        try {
            return Files.mismatch(p, SAMPLE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theDocumentsFolderFollowsTheLocalisedXdgNameElseDocumentsElseHome() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        assertThat(DocumentsFolder.find(home, Map.of())).isEqualTo(home);
        Files.createDirectories(home.resolve("Documents"));
        assertThat(DocumentsFolder.find(home, Map.of())).isEqualTo(home.resolve("Documents"));
        Files.createDirectories(home.resolve(".config"));
        Files.writeString(home.resolve(".config/user-dirs.dirs"),
                "# written by xdg-user-dirs-update\nXDG_DESKTOP_DIR=\"$HOME/Рабочий стол\"\n"
                        + "XDG_DOCUMENTS_DIR=\"$HOME/Документы\"\n");
        assertThat(DocumentsFolder.find(home, Map.of())).isEqualTo(home.resolve("Документы"));
        Files.writeString(home.resolve(".config/user-dirs.dirs"), "XDG_DOCUMENTS_DIR=\"$HOME/\"\n");
        assertThat(DocumentsFolder.find(home, Map.of())).isEqualTo(home.resolve("Documents"));
    }
}
