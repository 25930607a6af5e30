package org.parallax.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version and the commit this copy of Parallax was built from, as Maven wrote them into
 * build.properties; shown by {@code parallax --version} and Help → About.
 */
public record BuildInfo(String version, String commit) {
    static final String UNKNOWN = "unknown";
    private static final String RESOURCE = "build.properties";

    /** The build of the running program; "unknown" for what the build did not record (e.g. no git). */
    public static BuildInfo current() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            System.getLogger(BuildInfo.class.getName()).log(System.Logger.Level.WARNING,
                    "Cannot read " + RESOURCE, e);
        }
        return new BuildInfo(filled(properties.getProperty("version")), filled(properties.getProperty("commit")));
    }

    /** One line for people: "Parallax 0.1.0 (commit 1a2b3c4d5e6f)". */
    public String describe() {
        return "Parallax " + version + " (commit " + commit + ")";
    }

    /** A value Maven did not filter still reads "${...}"; that, like a missing one, is unknown. */
    private static String filled(String value) {
        return value == null || value.isBlank() || value.contains("${") ? UNKNOWN : value.trim();
    }
}
