package org.parallax.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parallax.model.Document;
import org.parallax.model.DocumentMeta;
import org.parallax.model.DocumentType;
import org.parallax.model.ParallaxException;
import org.parallax.model.Scenario;
import org.parallax.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `document PROJECT DOC [--title T] [--date D] …`: a document's details, shown or changed as the window's Details tab
 * changes them (one undoable step). A duplicate import refuses details, so the command line had no way to change them.
 */
@Command(name = "document", description = "Show a document's details (title, date, type, actor, language, scenario, "
        + "attributes), or change those given, in one step as the window's Details tab does; the others stay.")
final class DocumentCommand extends ProjectCommand {
    @Parameters(index = "1", paramLabel = "DOC", description = "The document's id or its title (as `docs` lists; "
            + "case does not matter)")
    String document;

    @Option(names = "--title", paramLabel = "TITLE", description = "The new title") String title;
    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The new date") LocalDate date;
    @Option(names = "--no-date", description = "Take the date off (not known)") boolean noDate;
    @Option(names = "--type", paramLabel = "TYPE",
            description = "treaty, declaration, speech, minutes, interview or other") String type;
    @Option(names = "--actor", paramLabel = "ACTOR", description = "The source actor (empty: not known)") String actor;
    @Option(names = "--lang", paramLabel = "LANG", description = "Language code, e.g. en or ru") String language;
    @Option(names = "--scenario", paramLabel = "SCENARIO",
            description = "A scenario of the project's codebook (empty: no scenario)") String scenario;
    @Option(names = "--attr", paramLabel = "NAME=VALUE",
            description = "Set an attribute (repeatable); an empty VALUE takes it off") List<String> attributes;

    @Override
    int run(Workbench workbench) {
        Document shown = DocumentArgument.find(workbench, project, workbench.documents().list(), document, "change");
        if (date != null && noDate) {
            throw new IllegalArgumentException("Give --date or --no-date, not both");
        }
        String scenarioName = scenario == null ? null : scenarioNamed(workbench, scenario.strip());
        Map<String, String> attributeChanges = attributeChanges();
        if (title != null && title.isBlank()) {
            throw new ParallaxException(shown.title() + ": a document needs a title; nothing was changed");
        }
        DocumentType newType = type == null ? null : DocumentType.parse(type);
        List<String> given = given();
        if (!given.isEmpty()) {
            workbench.documents().updateMeta(List.of(shown), m -> new DocumentMeta(
                    title != null ? title.strip() : m.title(),
                    noDate ? null : date != null ? date : m.date(),
                    newType != null ? newType : m.type(),
                    actor != null ? emptyToNull(actor) : m.actor(),
                    language != null ? emptyToNull(language) : m.language(),
                    scenario != null ? scenarioName : m.scenario(),
                    withChanges(m.attributes(), attributeChanges)));
        }
        Document now = workbench.documents().require(shown.id());
        print(now);
        if (!given.isEmpty()) {
            out().println(now.meta().equals(shown.meta()) ? "nothing changed: document " + now.id()
                    + " already had these details" : "changed " + String.join(", ", given) + " of document "
                    + now.id());
        }
        return 0;
    }

    private void print(Document document) {
        DocumentMeta meta = document.meta();
        Listing listing = new Listing(List.of("detail", "value"));
        listing.row("id", document.id());
        listing.row("title", meta.title());
        listing.row("date", meta.date());
        listing.row("type", meta.type().label());
        listing.row("actor", meta.actor());
        listing.row("lang", meta.language());
        listing.row("scenario", meta.scenario());
        meta.attributes().forEach((name, value) -> listing.row("attr:" + name, value));
        Listing.print(out(), listing, OutputFormat.table);
    }

    /** The project's scenario of that name in any case, as the project spells it; empty for none. */
    private static String scenarioNamed(Workbench workbench, String given) {
        if (given.isEmpty()) {
            return null;
        }
        List<String> names = workbench.codebook().current().scenarios().stream().map(Scenario::name).toList();
        return names.stream().filter(name -> name.equalsIgnoreCase(given)).findFirst()
                .orElseThrow(() -> new ParallaxException("unknown scenario '" + given + "' (" + (names.isEmpty()
                        ? "the project has no scenarios" : "the project has: " + String.join(", ", names))
                        + "); nothing was changed"));
    }

    /** The --attr options as name to value, an empty value meaning "take it off". */
    private Map<String, String> attributeChanges() {
        Map<String, String> changes = new TreeMap<>();
        for (String attribute : attributes == null ? List.<String>of() : attributes) {
            int eq = attribute.indexOf('=');
            if (eq <= 0 || attribute.substring(0, eq).isBlank()) {
                throw new IllegalArgumentException("--attr '" + attribute + "' should read NAME=VALUE");
            }
            changes.put(attribute.substring(0, eq).strip(), attribute.substring(eq + 1).strip());
        }
        return changes;
    }

    private static Map<String, String> withChanges(Map<String, String> stored, Map<String, String> changes) {
        Map<String, String> attributes = new TreeMap<>(stored);
        changes.forEach((name, value) -> {
            String existing = stored.keySet().stream().filter(n -> n.equalsIgnoreCase(name)).findFirst().orElse(name);
            if (value.isEmpty()) {
                attributes.remove(existing);
            } else {
                attributes.put(existing, value);
            }
        });
        return attributes;
    }

    /** The details given, as their options are typed. */
    private List<String> given() {
        List<String> given = new ArrayList<>();
        Object[][] options = {{"--title", title}, {"--date", date}, {"--no-date", noDate ? "" : null},
            {"--type", type}, {"--actor", actor}, {"--lang", language}, {"--scenario", scenario},
            {"--attr", attributes}};
        for (Object[] option : options) {
            if (option[1] != null) {
                given.add((String) option[0]);
            }
        }
        return given;
    }

    private static String emptyToNull(String value) {
        return value.isBlank() ? null : value.strip();
    }
}
