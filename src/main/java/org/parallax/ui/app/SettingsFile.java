package org.parallax.ui.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.model.ParallaxException;
import org.parallax.workbench.OutputFiles;

/**
 * Settings as JSON in one file, written to a temporary file first and moved into place.
 *
 * <p>Read and written with Jackson's streaming parser and generator, not its object mapper: the window reads this
 * file on the JavaFX thread before it can show, and setting up the mapper (type introspection of the record,
 * some 300 classes) cost about 170 ms of CPU there, the streaming parser about 25 ms (docs/performance.md,
 * session 6). The format is the mapper's: one object, the record's field names, unknown fields ignored.
 */
public final class SettingsFile {
    private static final System.Logger LOG = System.getLogger(SettingsFile.class.getName());
    private static final JsonFactory JSON = new JsonFactory();

    private final Path file;
    private final Path legacy;

    public SettingsFile(Path file) {
        this(file, null);
    }

    /** Settings in {@code file}; while it does not exist yet, they are read from {@code legacy} (an older place). */
    public SettingsFile(Path file, Path legacy) {
        this.file = file;
        this.legacy = legacy;
    }

    public Path file() {
        return file;
    }

    /** The stored settings, or defaults when there are none or they cannot be read (logged, never fatal). */
    public Settings load() {
        Path source = !Files.isRegularFile(file) && legacy != null && Files.isRegularFile(legacy) ? legacy : file;
        if (!Files.isRegularFile(source)) {
            return Settings.defaults();
        }
        try (JsonParser in = JSON.createParser(source.toFile())) {
            return read(in);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Ignoring unreadable settings " + source, e);
            return Settings.defaults();
        }
    }

    /**
     * Saves atomically (temp file and move) so a crash mid-write never leaves half a file; failures are
     * logged only. It writes to disk, so the window calls it as a background task.
     */
    public void save(Settings settings) {
        try {
            Files.createDirectories(file.getParent());
            OutputFiles.write(file, "settings", out -> {
                try (JsonGenerator json = JSON.createGenerator(out).useDefaultPrettyPrinter()) {
                    write(settings, json);
                }
            });
        } catch (IOException | ParallaxException e) {
            LOG.log(Level.WARNING, "Could not save settings to " + file, e);
        }
    }

    /**
     * Saves {@code next} over what another window saved meanwhile ({@link Settings#keepingRecentOf}): reads, merges
     * and writes the file while holding the operating system's lock on {@code .settings.json.lock} beside it (and, for
     * windows of this program, a lock of its own), so that another program cannot write between the read and the
     * write. Without it, of two windows saving at once the later write dropped what the earlier had just written (a
     * recent project, a reading place). When the lock file cannot be made (a folder that may not be written, a full
     * disk), the save goes on without it, as it would fail or succeed the same way.
     */
    public void saveOver(Settings next) {
        synchronized (SettingsFile.class) {
            FileChannel locked = lockBeside();
            try {
                save(next.keepingRecentOf(load()));
            } finally {
                letGo(locked);
            }
        }
    }

    /** The lock file's channel, locked; null when the lock cannot be had (logged): the save goes on without it. */
    private FileChannel lockBeside() {
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            channel.lock();
            return channel;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Saving settings without the lock on " + lockFile() + ": " + e);
            letGo(channel);
            return null;
        }
    }

    /** Closes {@code channel}, which lets go of its lock. */
    private void letGo(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not close " + lockFile(), e);
        }
    }

    /** The file whose lock keeps two programs from saving the settings at once; it stays, empty. */
    private Path lockFile() {
        return file.resolveSibling("." + file.getFileName() + ".lock");
    }

    private static Settings read(JsonParser in) throws IOException {
        expect(in.nextToken(), JsonToken.START_OBJECT, in);
        Settings.Builder read = new Settings.Builder();
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String name = in.currentName();
            JsonToken value = in.nextToken();
            if (value == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (name) {
                case "lastProject" -> read.lastProject(in.getValueAsString());
                case "recentProjects" -> read.recentProjects(strings(in));
                case "width" -> read.width(number(in));
                case "height" -> read.height(number(in));
                case "dividers" -> read.dividers(numbers(in));
                case "snapToWords" -> read.snapToWords(in.getBooleanValue());
                case "lastDocuments" -> read.lastDocuments(longs(in));
                case "lastFolder" -> read.lastFolder(in.getValueAsString());
                case "exportFolders" -> read.exportFolders(texts(in));
                case "columns" -> read.columns(booleans(in));
                case "readingPlaces" -> read.readingPlaces(longs(in));
                case "placesByText" -> read.placesByText(longs(in));
                case "pseudonymiseExports" -> read.pseudonymiseExports(in.getBooleanValue());
                default -> in.skipChildren();
            }
        }
        expect(in.currentToken(), JsonToken.END_OBJECT, in);
        return read.build();
    }

    private static void write(Settings s, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("lastProject", s.lastProject());
        out.writeArrayFieldStart("recentProjects");
        for (String project : s.recentProjects()) {
            out.writeString(project);
        }
        out.writeEndArray();
        out.writeNumberField("width", s.width());
        out.writeNumberField("height", s.height());
        out.writeArrayFieldStart("dividers");
        for (double divider : s.dividers()) {
            out.writeNumber(divider);
        }
        out.writeEndArray();
        out.writeBooleanField("snapToWords", s.snapToWords());
        out.writeBooleanField("pseudonymiseExports", s.pseudonymiseExports());
        writeLongs(out, "lastDocuments", s.lastDocuments());
        writeLongs(out, "readingPlaces", s.readingPlaces());
        writeLongs(out, "placesByText", s.placesByText());
        out.writeStringField("lastFolder", s.lastFolder());
        out.writeObjectFieldStart("exportFolders");
        for (Map.Entry<String, String> folder : s.exportFolders().entrySet()) {
            out.writeStringField(folder.getKey(), folder.getValue());
        }
        out.writeEndObject();
        out.writeObjectFieldStart("columns");
        for (Map.Entry<String, Boolean> column : s.columns().entrySet()) {
            out.writeBooleanField(column.getKey(), column.getValue());
        }
        out.writeEndObject();
        out.writeEndObject();
    }

    private static void writeLongs(JsonGenerator out, String name, Map<String, Long> values) throws IOException {
        out.writeObjectFieldStart(name);
        for (Map.Entry<String, Long> value : values.entrySet()) {
            out.writeNumberField(value.getKey(), value.getValue());
        }
        out.writeEndObject();
    }

    private static List<String> strings(JsonParser in) throws IOException {
        expect(in.currentToken(), JsonToken.START_ARRAY, in);
        List<String> out = new ArrayList<>();
        while (in.nextToken() != JsonToken.END_ARRAY) {
            expect(in.currentToken(), JsonToken.VALUE_STRING, in);
            out.add(in.getText());
        }
        return out;
    }

    private static List<Double> numbers(JsonParser in) throws IOException {
        expect(in.currentToken(), JsonToken.START_ARRAY, in);
        List<Double> out = new ArrayList<>();
        while (in.nextToken() != JsonToken.END_ARRAY) {
            out.add(number(in));
        }
        return out;
    }

    private static Map<String, String> texts(JsonParser in) throws IOException {
        return values(in, JsonToken.VALUE_STRING, JsonParser::getText);
    }

    private static Map<String, Long> longs(JsonParser in) throws IOException {
        return values(in, JsonToken.VALUE_NUMBER_INT, JsonParser::getLongValue);
    }

    /** An object's values by name, each of {@code kind} and read by {@code value}; a null value is left out. */
    private static <V> Map<String, V> values(JsonParser in, JsonToken kind, Value<V> value) throws IOException {
        expect(in.currentToken(), JsonToken.START_OBJECT, in);
        Map<String, V> out = new LinkedHashMap<>();
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String key = in.currentName();
            JsonToken token = in.nextToken();
            if (token != JsonToken.VALUE_NULL) {
                expect(token, kind, in);
                out.put(key, value.read(in));
            }
        }
        return out;
    }

    /** Reads the value the parser is at. */
    @FunctionalInterface
    private interface Value<V> {
        V read(JsonParser in) throws IOException;
    }

    private static Map<String, Boolean> booleans(JsonParser in) throws IOException {
        expect(in.currentToken(), JsonToken.START_OBJECT, in);
        Map<String, Boolean> out = new LinkedHashMap<>();
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String key = in.currentName();
            JsonToken value = in.nextToken();
            if (value == JsonToken.VALUE_TRUE || value == JsonToken.VALUE_FALSE) {
                out.put(key, value == JsonToken.VALUE_TRUE);
            } else {
                in.skipChildren();
            }
        }
        return out;
    }

    private static double number(JsonParser in) throws IOException {
        if (!in.currentToken().isNumeric()) {
            throw new IOException("a number expected at " + in.currentLocation());
        }
        return in.getDoubleValue();
    }

    private static void expect(JsonToken actual, JsonToken expected, JsonParser in) throws IOException {
        if (actual != expected) {
            throw new IOException(expected + " expected, found " + actual + " at " + in.currentLocation());
        }
    }
}
