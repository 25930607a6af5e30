package org.parallax.ui.app;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The user's running windows, each listening on a socket of its own in the settings folder (the user's alone), so
 * that a second program started for a project file one of them has open (a double-click in the file manager) hands
 * it to that window, which comes to the front, instead of opening the project a second time beside it. A window with
 * another project keeps it: two projects side by side stay two windows. When no window has the project, a window
 * showing only its start page (no project open, none opening) takes it and opens it, where a second window started.
 */
final class RunningWindows implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(RunningWindows.class.getName());
    /** How long a window has to answer: one that is stuck is passed over and the project opens as before. */
    private static final long ANSWER_SECONDS = 5;
    private static final String OPENED = "opened";
    private static final String NOT_HERE = "not here";
    /**
     * Put before the path when asking a window to take a project it does not have: an absolute path never starts so,
     * and a window of an older version, reading it as a path it does not hold, answers "not here".
     */
    private static final String TAKE = "take ";

    /** What became of a project handed to the running windows. */
    enum HandOver {
        /** No window has it or takes it: the program opens a window of its own. */
        NONE,
        /** A window has it open and came to the front. */
        HAS_IT,
        /** A window that showed only its start page opened it and came to the front. */
        TOOK_IT
    }

    private final Path socket;
    /** Set on the answering thread once the socket is open; null before, and for good once closed first. */
    private volatile ServerSocketChannel server;
    private boolean closed;

    private RunningWindows(Path socket) {
        this.socket = socket;
    }

    /** The folder of the sockets, beside the settings file. */
    static Path folder(Path settingsFile) {
        return settingsFile.getParent().resolve("windows");
    }

    /**
     * Asks each running window in {@code folder} whether it has {@code project} open; the one that has it comes to
     * the front. When none has it, the first window that shows only its start page opens it. NONE when no window has
     * it or takes it, none answered, or the question could not be asked.
     */
    static HandOver handOver(Path folder, Path project) {
        if (!Files.isDirectory(folder) || !Files.isRegularFile(project)) {
            return HandOver.NONE;
        }
        String question;
        try {
            question = project.toRealPath().toString();
        } catch (IOException e) {
            return HandOver.NONE;
        }
        List<Path> sockets = new ArrayList<>();
        try (DirectoryStream<Path> listed = Files.newDirectoryStream(folder, "*.socket")) {
            listed.forEach(sockets::add);
        } catch (IOException e) {
            LOG.log(Level.FINE, "cannot list the running windows in " + folder, e);
            return HandOver.NONE;
        }
        // Every window is asked whether it has the project before any is asked to take it: the project opened a
        // second time in an idle window would be the two windows on one file this is here to prevent.
        for (Path socket : sockets) {
            if (OPENED.equals(ask(socket, question))) {
                return HandOver.HAS_IT;
            }
        }
        for (Path socket : sockets) {
            if (Files.exists(socket) && OPENED.equals(ask(socket, TAKE + question))) {
                return HandOver.TOOK_IT;
            }
        }
        return HandOver.NONE;
    }

    /** The window's answer, or null when it did not answer; a socket nobody listens on is a window gone, removed. */
    private static String ask(Path socket, String question) {
        CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> {
            try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
                write(channel, question);
                return readLine(channel);
            } catch (java.net.ConnectException | java.nio.file.NoSuchFileException e) {
                forget(socket);
                return null;
            } catch (IOException e) {
                return null;
            }
        });
        try {
            return answer.get(ANSWER_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            return null;
        }
    }

    /**
     * Listens in {@code folder} for the question of a program started for a project; {@code holds} says, off the
     * JavaFX thread, whether this window has that project (its real path) open, and brings it to the front if so;
     * {@code takes} whether it shows only its start page, and then opens the project and comes to the front. Returns
     * at once: the folder is made and the socket opened in the background; when that fails the window works as
     * before, answering nobody.
     */
    static RunningWindows listen(Path folder, Predicate<Path> holds, Predicate<Path> takes) {
        return listen(folder, holds, takes, Files::createDirectories);
    }

    /** Makes the sockets' folder when missing (a test's may hang, as a settings folder on a network drive does). */
    @FunctionalInterface
    interface FolderMaker {
        void make(Path folder) throws IOException;
    }

    static RunningWindows listen(Path folder, Predicate<Path> holds, Predicate<Path> takes, FolderMaker makeFolder) {
        RunningWindows windows = new RunningWindows(folder.resolve(ProcessHandle.current().pid() + ".socket"));
        // The folder is made and the socket opened on the answering thread: settings on a network drive that stopped
        // answering hang there, and on the JavaFX thread they froze the first window.
        Thread answering = new Thread(() -> windows.listenAndAnswer(folder, makeFolder, holds, takes),
                "running-windows");
        answering.setDaemon(true);
        answering.start();
        return windows;
    }

    /** Whether the socket is open and answered (it is opened in the background, after {@link #listen} returns). */
    boolean listening() {
        ServerSocketChannel open = server;
        return open != null && open.isOpen();
    }

    private void listenAndAnswer(Path folder, FolderMaker makeFolder, Predicate<Path> holds, Predicate<Path> takes) {
        ServerSocketChannel bound;
        // Bound under another name first, then renamed: a program asking between the bind and the listen that
        // follows it found the socket refusing and removed it as a dead window's.
        Path opening = socket.resolveSibling(socket.getFileName() + ".opening");
        try {
            makeFolder.make(folder);
            Files.deleteIfExists(opening);
            bound = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(Level.WARNING, "cannot listen for projects handed over at " + socket, e);
            return;
        }
        try {
            bound.bind(UnixDomainSocketAddress.of(opening));
            Files.move(opening, socket, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            forget(opening);
            LOG.log(Level.WARNING, "cannot listen for projects handed over at " + socket, e);
            closeQuietly(bound);
            return;
        }
        synchronized (this) {
            if (!closed) {
                server = bound;
            }
        }
        if (server != bound) {
            // The window closed while its socket was being opened.
            closeQuietly(bound);
            forget(socket);
            return;
        }
        answer(bound, holds, takes);
    }

    private void answer(ServerSocketChannel server, Predicate<Path> holds, Predicate<Path> takes) {
        while (server.isOpen()) {
            try (SocketChannel asking = server.accept()) {
                String question = readLine(asking);
                boolean take = question != null && question.startsWith(TAKE);
                String project = take ? question.substring(TAKE.length()) : question;
                boolean opened = project != null && !project.isBlank()
                        && (take ? takes : holds).test(Path.of(project));
                write(asking, opened ? OPENED : NOT_HERE);
            } catch (IOException | RuntimeException e) {
                if (server.isOpen()) {
                    LOG.log(Level.FINE, "a question from another program went unanswered", e);
                }
            }
        }
    }

    private static void write(SocketChannel channel, String line) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    /** One line, at most 64 KiB: a path, or an answer. */
    private static String readLine(SocketChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(65_536);
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer);
            if (read < 0) {
                break;
            }
            byte[] got = buffer.array();
            for (int i = buffer.position() - read; i < buffer.position(); i++) {
                if (got[i] == '\n') {
                    return new String(got, 0, i, StandardCharsets.UTF_8);
                }
            }
        }
        return null;
    }

    private static void forget(Path socket) {
        try {
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            LOG.log(Level.FINE, "cannot remove the socket of a window gone, " + socket, e);
        }
    }

    /** Stops answering and removes the socket, as the window closes. */
    @Override
    public void close() {
        ServerSocketChannel open;
        synchronized (this) {
            closed = true;
            open = server;
        }
        if (open != null) {
            closeQuietly(open);
        }
        forget(socket);
    }

    private void closeQuietly(ServerSocketChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "cannot close " + socket, e);
        }
    }
}
