package org.parallax.testutil;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The records one logger (and the loggers below it) writes while this is open, for a test that reads what Parallax
 * logs. Closing it stops listening; the logger is held so that its handler is not lost to a collected logger.
 */
public final class HeardLog implements AutoCloseable {
    private final Logger logger;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private HeardLog(String name) {
        logger = Logger.getLogger(name);
        logger.addHandler(handler);
    }

    /** Starts listening to the logger named {@code name}. */
    public static HeardLog of(String name) {
        return new HeardLog(name);
    }

    /** Every record heard so far, in order. */
    public List<LogRecord> records() {
        return List.copyOf(records);
    }

    /** The records of level WARNING or above heard so far. */
    public List<LogRecord> failures() {
        return records.stream().filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue()).toList();
    }

    /** Each record's message with its parameters filled in, as a log file would show it. */
    public List<String> messages() {
        SimpleFormatter formatter = new SimpleFormatter();
        return records.stream().map(formatter::formatMessage).toList();
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
    }
}
