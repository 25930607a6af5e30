package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar parallax.jar} in a shell without a UTF-8 locale (LANG unset or C, or a locale the system lacks):
 * Java reads file names as ASCII, so a Cyrillic path cannot be opened. A fresh JVM runs Main as {@code java -jar}
 * does, in such a locale: it must say in one line which name it could not read and what to type, never a stack
 * trace or "Malformed input".
 */
class FileNameLocaleTest {
    @Test
    void aCyrillicPathWithoutAUtf8LocaleIsNamedInOneLineWithWhatToType(@TempDir Path dir) throws Exception {
        Path folder = cyrillicFolderWithAProject(dir);
        String project = folder.resolve("проект.parallax").toString();

        Result noLocale = main(dir, Map.of(), "docs", project);
        Result ruMissing = main(dir, Map.of("LANG", "ru_RU.UTF-8-not-on-this-system"), "docs", project);

        for (Result result : List.of(noLocale, ruMissing)) {
            assertThat(result.exit).as(result.out).isNotZero();
            assertThat(result.out.strip().lines()).as(result.out).hasSize(1);
            assertThat(result.out).contains("cannot read the file name \u201c" + project + "\u201d")
                    .contains("LC_ALL=C.UTF-8 java -jar parallax.jar").doesNotContain("Exception");
        }
        assertThat(noLocale.out).contains("no locale is set");
        assertThat(ruMissing.out).contains("LANG=ru_RU.UTF-8-not-on-this-system names a locale this system does not");
    }

    @Test
    void startedInsideACyrillicFolderWithoutALocaleItNamesTheFolderInsteadOfAStackTrace(@TempDir Path dir)
            throws Exception {
        Path folder = cyrillicFolderWithAProject(dir);

        Result result = main(folder, Map.of("LC_ALL", "C", "PWD", folder.toString()), "docs", "/nowhere.parallax");

        assertThat(result.exit).as(result.out).isNotZero();
        assertThat(result.out.strip().lines()).as(result.out).hasSize(1);
        assertThat(result.out).contains("cannot read the name of the folder it was started in, \u201c" + folder
                + "\u201d").contains("LC_ALL=C sets no UTF-8 locale").doesNotContain("Exception");
    }

    @Test
    void withAUtf8LocaleTheSamePathOpens(@TempDir Path dir) throws Exception {
        Path folder = cyrillicFolderWithAProject(dir);

        Result result = main(folder, Map.of("LC_ALL", "C.UTF-8"), "docs", folder.resolve("проект.parallax").toString());

        assertThat(result.exit).as(result.out).isZero();
        assertThat(result.out).contains("North Atlantic Treaty");
    }

    @Test
    void aNameFoundLaterThatTheLocaleCannotHoldGetsTheSameAdvice() {
        String line = ErrorMessages.of(new InvalidPathException("/home/\uFFFD\uFFFD/p.parallax",
                "Malformed input or input contains unmappable characters"));

        assertThat(line).startsWith("cannot read the file name \u201c/home/\uFFFD\uFFFD/p.parallax\u201d: ")
                .doesNotContain("Malformed");
        assertThat(FileNameLocale.advice("ANSI_X3.4-1968", Map.of("LANG", "C"), "the file name \u201cx\u201d"))
                .isEqualTo("cannot read the file name \u201cx\u201d: Java reads file names here as ANSI_X3.4-1968 "
                        + "because LANG=C sets no UTF-8 locale; run it with a UTF-8 locale, e.g. LC_ALL=C.UTF-8 "
                        + "java -jar parallax.jar \u2026 (the installed parallax command sets one itself)");
    }

    @Test
    void theNameAsTypedIsShownWhenItsBytesAreTheOnesJavaReadLossily() {
        assertThat(FileNameLocale.lossy("/tmp/Мы x")).isEqualTo("/tmp/\uFFFD\uFFFD\uFFFD\uFFFD x");
    }

    private static Path cyrillicFolderWithAProject(Path dir) throws Exception {
        assumeTrue("UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")),
                "the test's own JVM needs a UTF-8 locale to make Cyrillic file names");
        Path folder = Files.createDirectories(dir.resolve("Мои проекты"));
        Files.copy(Path.of("samples", "nato-russia.parallax"), folder.resolve("проект.parallax"));
        return folder;
    }

    /** Runs Main in a new JVM with only PATH, the given locale variables and scratch XDG folders set. */
    private static Result main(Path workingFolder, Map<String, String> locale, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.parallax.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingFolder.toFile())
                .redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("LC_") || name.equals("LANG") || name.equals("PWD"));
        environment.putAll(locale);
        Path scratch = Files.createTempDirectory("locale-test");
        environment.put("XDG_CONFIG_HOME", scratch + File.separator + "config");
        environment.put("XDG_STATE_HOME", scratch + File.separator + "state");
        environment.put("XDG_CACHE_HOME", scratch + File.separator + "cache");
        Process java = builder.start();
        String out = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(java.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(java.exitValue(), out);
    }

    private record Result(int exit, String out) {
    }
}
