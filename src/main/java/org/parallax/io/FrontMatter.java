package org.parallax.io;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.parallax.model.Offsets;
import org.parallax.model.TextLimits;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A YAML front-matter block ({@code ---} … {@code ---} or {@code ...} at the very top of a Markdown
 * file) split from the body: its top-level keys become strings (lists joined with ", ", nested maps
 * flattened to {@code parent.child}). A block that is not valid YAML is {@code kept} verbatim, to stay
 * in front of the text, with a warning.
 */
record FrontMatter(Map<String, String> values, String kept, String body, List<String> warnings) {
    /** Front matter is a few lines of metadata; a longer block is not taken for it. */
    static final int MAX_CHARS = 64 * 1024;
    static final int MAX_KEYS = 100;
    static final int MAX_VALUE_CHARS = TextLimits.VALUE;

    FrontMatter {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        warnings = List.copyOf(warnings);
    }

    /** Splits {@code text} (line ends already LF) into front matter and body; none if it has no block. */
    static FrontMatter split(Path file, String text) {
        if (!text.startsWith("---\n")) {
            return new FrontMatter(Map.of(), "", text, List.of());
        }
        int end = closingLine(text);
        if (end < 0) {
            return new FrontMatter(Map.of(), "", text, List.of());
        }
        String yaml = text.substring(4, end);
        int bodyStart = text.indexOf('\n', end);
        String body = bodyStart < 0 ? "" : text.substring(bodyStart + 1);
        String block = text.substring(0, text.length() - body.length());
        try {
            Object loaded = yaml().load(yaml);
            if (!(loaded instanceof Map<?, ?> map)) {
                return new FrontMatter(Map.of(), block, body, List.of(name(file) + ": the block between the '---' lines at "
                        + "the top is not a list of 'key: value' lines; kept as text"));
            }
            Map<String, String> values = new LinkedHashMap<>();
            flatten("", map, values);
            return new FrontMatter(values, "", body, List.of());
        } catch (YAMLException e) {
            return new FrontMatter(Map.of(), block, body, List.of(name(file) + ": the front matter at the top is not valid "
                    + "YAML (" + Causes.brief(e).replaceAll("\\s+", " ") + "); kept as text"));
        }
    }

    String value(String key) {
        String value = values.get(key);
        return value == null || value.isBlank() ? null : value;
    }

    /** Every key but those named. */
    Map<String, String> without(String... keys) {
        Map<String, String> rest = new LinkedHashMap<>(values);
        for (String key : keys) {
            rest.remove(key);
        }
        return rest;
    }

    private static int closingLine(String text) {
        int limit = Math.min(text.length(), MAX_CHARS);
        for (int at = text.indexOf('\n') + 1; at > 0 && at < limit; at = text.indexOf('\n', at) + 1) {
            if (text.startsWith("---", at) || text.startsWith("...", at)) {
                int lineEnd = text.indexOf('\n', at);
                if (text.substring(at + 3, lineEnd < 0 ? text.length() : lineEnd).isBlank()) {
                    return at;
                }
            }
        }
        return -1;
    }

    private static void flatten(String prefix, Map<?, ?> map, Map<String, String> values) {
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (values.size() >= MAX_KEYS) {
                return;
            }
            String key = prefix + String.valueOf(entry.getKey()).strip();
            Object value = entry.getValue();
            if (value instanceof Map<?, ?> nested) {
                flatten(key + ".", nested, values);
            } else if (value instanceof List<?> list) {
                values.put(key, cut(list.stream().map(String::valueOf).collect(Collectors.joining(", "))));
            } else if (value != null) {
                values.put(key, cut(String.valueOf(value).strip()));
            }
        }
    }

    private static String cut(String value) {
        String oneLine = value.replaceAll("\\s*\\R\\s*", " ");
        if (oneLine.length() <= MAX_VALUE_CHARS) {
            return oneLine;
        }
        return oneLine.substring(0, Offsets.splitsCodePoint(oneLine, MAX_VALUE_CHARS) ? MAX_VALUE_CHARS - 1
                : MAX_VALUE_CHARS);
    }

    /**
     * Safe loading (no Java types), few aliases (no billion laughs), and no implicit typing, so that
     * dates and times stay exactly as written ({@code 2022-06-29 10:06:20-04:00} keeps its offset).
     */
    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(MAX_CHARS);
        options.setAllowDuplicateKeys(true);
        DumperOptions dumper = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, new StringsOnly());
    }

    private static String name(Path file) {
        Path name = file.getFileName();
        return String.valueOf(name == null ? file : name);
    }

    /** A resolver without implicit types: every plain scalar is a string. */
    private static final class StringsOnly extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            // Deliberately none.
        }
    }
}
