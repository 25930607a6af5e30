package org.parallax.testutil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A user without an administrator's rights, to run the command line as: the tests run as root, who may write into
 * any folder whatever its permissions say, so only another user meets a read-only folder as a researcher does.
 * Made once with {@code useradd}; absent when the tests do not run as root (they then skip).
 */
public final class UnprivilegedUser {
    private static final String NAME = "parallax-test";

    private UnprivilegedUser() {
    }

    /** The user's name, once it exists; empty when this process cannot make or become another user. */
    public static Optional<String> name() throws Exception {
        if (!"root".equals(System.getProperty("user.name")) || !Files.isExecutable(Path.of("/usr/sbin/runuser"))) {
            return Optional.empty();
        }
        if (run(List.of("id", "-u", NAME)) != 0 && run(List.of("useradd", "-M", "-r", "-s", "/usr/sbin/nologin",
                NAME)) != 0 && run(List.of("id", "-u", NAME)) != 0) {
            return Optional.empty();
        }
        return Optional.of(NAME);
    }

    /**
     * Runs the command line ({@code parallax ARGS}) as the user in a child JVM, with its home under {@code dir},
     * which becomes readable to it; the class path is copied there, for the build's own lies under root's home.
     */
    public static Cli parallax(Path dir, Object... args) throws Exception {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path classes = Files.createDirectories(dir.resolve("classpath"));
        List<String> path = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path original = Path.of(entry).toAbsolutePath();
            if (readableByAll(original)) {
                path.add(original.toString());
                continue;
            }
            Path copy = classes.resolve(path.size() + "-" + original.getFileName());
            copyTree(original, copy);
            path.add(copy.toString());
        }
        Path home = Files.createDirectories(dir.resolve("home"));
        run(List.of("chown", "-R", NAME, home.toString()));
        // a temporary folder of the test's own, shared by all as the system's is (a test may put another user's there)
        Path tmp = Files.createDirectories(temporaryFolder(dir));
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxrwxrwx"));
        List<String> command = new ArrayList<>(List.of("runuser", "-u", NAME, "--", "env", "HOME=" + home,
                "XDG_CONFIG_HOME=" + home.resolve("config"), "XDG_STATE_HOME=" + home.resolve("state"),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-Djava.io.tmpdir=" + tmp, "-cp",
                String.join(java.io.File.pathSeparator, path), "org.parallax.Main"));
        for (Object arg : args) {
            command.add(String.valueOf(arg));
        }
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process child = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        ChildProcesses.awaitExit(child, 180);
        return new Cli(child.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** The temporary folder the command line run by {@link #parallax} in {@code dir} uses. */
    public static Path temporaryFolder(Path dir) {
        return dir.resolve("tmp");
    }

    /** Whether every folder on the way lets others through and the entry itself lets them read it. */
    private static boolean readableByAll(Path entry) throws IOException {
        for (Path p = entry.getParent(); p != null; p = p.getParent()) {
            if (!Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                return false;
            }
        }
        return Files.getPosixFilePermissions(entry).contains(PosixFilePermission.OTHERS_READ);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        try (var files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** The command's exit code; -1 when the command is not on this machine (no {@code useradd}: the test skips). */
    private static int run(List<String> command) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException notThere) {
            return -1;
        }
        ChildProcesses.awaitExit(p, 60);
        return p.exitValue();
    }
}
