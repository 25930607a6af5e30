package org.parallax.workbench;

import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;

/**
 * The log file the window and every command append to at once, each record written whole as it comes. The JDK's
 * FileHandler locks its file, so a command run while the window was open logged into {@code parallax.log.1}, while
 * every message ("details are in …", Help → About) names {@code parallax.log}. A file over {@value #LIMIT} bytes when
 * a process opens it starts afresh, its older records kept as {@code parallax.log.old}. No record holds a name an open
 * project hides ({@link LogNames}).
 */
public final class SharedLogFile extends StreamHandler {
    static final long LIMIT = 2_000_000;

    private SharedLogFile(java.io.OutputStream out) throws UnsupportedEncodingException {
        super(out, new SimpleFormatter() {
            @Override
            public String format(LogRecord record) {
                // Message and trace alike: an exception's message may quote a file's name (LogNames).
                return LogNames.hidden(super.format(record));
            }
        });
        setEncoding("UTF-8");
    }

    /** Opens {@code file} for appending, making its folder; throws when it cannot be written. */
    public static SharedLogFile open(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        if (Files.isRegularFile(file) && Files.size(file) > LIMIT) {
            Files.move(file, file.resolveSibling(file.getFileName() + ".old"), StandardCopyOption.REPLACE_EXISTING);
        }
        return new SharedLogFile(Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND));
    }

    /** Writes the record out at once: nothing waits in a buffer while another process appends its own. */
    @Override
    public synchronized void publish(LogRecord record) {
        super.publish(record);
        flush();
    }
}
