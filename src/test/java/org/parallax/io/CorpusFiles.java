package org.parallax.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The real texts copied to src/test/resources/corpus (see SOURCES.md there). */
final class CorpusFiles {
    static final String KREMLIN_READOUT = "2005-06-24_russia_nato_cooperation_war_on_terrorism_kremlin_en.txt";
    static final String KREMLIN_ACCENTED = "2018-03-20_57101.txt";
    static final String TREATY_MD = "1949-04-04_north_atlantic_treaty_en.md";
    static final String WHITEHOUSE_MD = "2021-10-04_readout_biden_meeting_nato_sg_stoltenberg_whitehouse.md";
    static final String RUSSIAN = "foreign_policy_concept_rf_excerpt_scrf_ru.txt";
    static final String RUSSIAN_DECREE = "2002-07-31_ukaz_817_deferment_from_military_service_ru.txt";
    static final String UKRAINIAN = "franko_farbovanyi_lys_uk.txt";

    private CorpusFiles() {
    }

    static Path path(String name) {
        try {
            return Path.of(CorpusFiles.class.getResource("/corpus/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(String name) {
        try {
            return Files.readString(path(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The non-blank lines of a corpus text, i.e. its paragraphs in these files. */
    static java.util.List<String> paragraphs(String name) {
        return text(name).lines().filter(l -> !l.isBlank()).toList();
    }
}
