package org.parallax.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.parallax.model.CodebookDefinition;
import org.parallax.model.ParallaxException;

/** The codebooks shipped with Parallax, as JSON resources next to this class. */
public final class CodebookTemplates {
    private static final List<String> NAMES = List.of("table1");

    private CodebookTemplates() {
    }

    /** Names accepted by {@link #named(String)}. */
    public static List<String> names() {
        return NAMES;
    }

    /** The built-in template called {@code name}, e.g. "table1" (the study's Table 1 codebook). */
    public static CodebookDefinition named(String name) {
        if (!NAMES.contains(name)) {
            throw new ParallaxException("There is no built-in codebook template '" + name + "'; available: "
                    + String.join(", ", NAMES));
        }
        String resource = "templates/" + name + ".json";
        try (InputStream in = CodebookTemplates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Template resource " + resource + " is missing from the build");
            }
            return CodebookJson.read(in, "template '" + name + "'");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read template resource " + resource, e);
        }
    }
}
