package org.parallax.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The documentation shipped inside the application: the README and the pages of docs/, copied into the jar
 * under {@value #FOLDER} at build time, so Help works in an installed app without the source tree.
 */
public final class HelpPages {
    static final String FOLDER = "/org/parallax/docs/";

    /**
     * Reading order of the pages that have one: getting started with the installed program (the README's first
     * commands are a developer's, `java -jar target/parallax.jar`, which a researcher with the package cannot run), the
     * overview, the window, then the reference pages.
     */
    private static final List<String> ORDER = List.of("getting-started.md", "README.md", "install.md", "ui.md",
            "import.md", "search.md",
            "analysis.md", "agreement.md", "lenses.md", "codebook-format.md", "export.md", "reports.md", "refi-qda.md",
            "offsets.md");
    private static List<String> pages;

    private HelpPages() {
    }

    /**
     * Every bundled page, by file name: those of {@link #ORDER} first, then any other in alphabetical order,
     * so a page added to docs/ appears without a change here.
     */
    public static synchronized List<String> pages() {
        if (pages == null) {
            List<String> found = new ArrayList<>(list());
            found.sort(Comparator.comparingInt((String p) -> ORDER.contains(p) ? ORDER.indexOf(p) : ORDER.size())
                    .thenComparing(Comparator.naturalOrder()));
            pages = List.copyOf(found);
        }
        return pages;
    }

    /**
     * The .md files in the bundled folder, from the jar or (in a build tree) from the classes folder. The jar is read
     * as a jar, not through the zip file system, whose module the installed program's runtime does not hold.
     */
    private static List<String> list() {
        URL folder = HelpPages.class.getResource(FOLDER + "README.md");
        if (folder == null) {
            return List.of();
        }
        try {
            if (folder.openConnection() instanceof JarURLConnection connection) {
                try (JarFile jar = new JarFile(Path.of(connection.getJarFileURL().toURI()).toFile())) {
                    String prefix = FOLDER.substring(1);
                    return jar.stream().map(JarEntry::getName).filter(n -> n.startsWith(prefix))
                            .map(n -> n.substring(prefix.length())).filter(n -> n.endsWith(".md") && !n.contains("/"))
                            .toList();
                }
            }
            return names(Path.of(folder.toURI()).getParent());
        } catch (IOException | URISyntaxException e) {
            System.getLogger(HelpPages.class.getName()).log(System.Logger.Level.WARNING, "Cannot list the help pages", e);
            return ORDER.stream().filter(p -> text(p).isPresent()).toList();
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).toList();
        }
    }

    /** The Markdown text of a page, or empty when this build does not carry it. */
    public static Optional<String> text(String page) {
        try (InputStream in = HelpPages.class.getResourceAsStream(FOLDER + page)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page's title: its first heading, else its file name. */
    public static String title(String page) {
        return text(page).flatMap(t -> t.lines().filter(l -> l.startsWith("# ")).findFirst())
                .map(l -> l.substring(2).replace("`", "").strip()).orElse(page);
    }

    /**
     * The page's file as the command line names it ("docs/agreement.md"; the README is "README.md"): every
     * command's help says a page by its file, and the list shows it under the title, so one finds the other.
     */
    public static String file(String page) {
        return page.equals("README.md") ? page : "docs/" + page;
    }

    /** The URL of a file beside the pages (an image a page shows), or empty. */
    public static Optional<String> resource(String relative) {
        String name = relative.replaceFirst("^(\\./)?(docs/)?", "");
        return Optional.ofNullable(HelpPages.class.getResource(FOLDER + name)).map(Object::toString);
    }
}
