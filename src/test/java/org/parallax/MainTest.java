package org.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {
    /**
     * {@code parallax 'postgresql://…'} opens the window on that team project; it used to go to the command line,
     * which took the URL for a file name and answered "postgresql:/alice@…: no such command or file".
     */
    @Test
    void aProjectFileOrATeamUrlAloneOpensTheWindowAndAnythingElseIsACommand() {
        assertThat(Main.opensTheWindow(new String[0])).isTrue();
        assertThat(Main.opensTheWindow(new String[] {"study.parallax"})).isTrue();
        assertThat(Main.opensTheWindow(new String[] {"postgresql://alice@dbhost/research?project=elite"})).isTrue();
        assertThat(Main.opensTheWindow(new String[] {"postgres://dbhost/research?project=elite"})).isTrue();
        assertThat(Main.opensTheWindow(new String[] {"docs", "postgresql://dbhost/research?project=elite"})).isFalse();
        assertThat(Main.opensTheWindow(new String[] {"notes.csv"})).isFalse();
    }

    /** A .qdpx double-clicked in the file manager (the menu entry's `Parallax %f`) opens the window, not the CLI. */
    @Test
    void aQdpxAloneOpensTheWindowAndImportingOneIsACommand() {
        assertThat(Main.opensTheWindow(new String[] {"/home/anna/Downloads/Interviews.QDPX"})).isTrue();
        assertThat(Main.opensTheWindow(new String[] {"import", "study.parallax", "Interviews.qdpx"})).isFalse();
    }

    /** `parallax open FILE`, as other tools' command lines say it, was answered by "Unmatched argument: FILE". */
    @Test
    void openBeforeAProjectOpensTheWindowOnIt() {
        assertThat(Main.windowArguments(new String[] {"open", "study.parallax"})).containsExactly("study.parallax");
        assertThat(Main.windowArguments(new String[] {"open", "postgresql://dbhost/research?project=elite"}))
                .containsExactly("postgresql://dbhost/research?project=elite");
        assertThat(Main.windowArguments(new String[] {"open", "Interviews.qdpx"})).containsExactly("Interviews.qdpx");
        assertThat(Main.windowArguments(new String[] {"study.parallax"})).containsExactly("study.parallax");
        assertThat(Main.windowArguments(new String[] {"open", "notes.csv"})).isNull();
        assertThat(Main.windowArguments(new String[] {"open"})).isNull();
        assertThat(Main.windowArguments(new String[] {"open", "study.parallax", "other.parallax"})).isNull();
    }

    /**
     * {@code --} ends the options, as for every command: {@code parallax open -- -draft.parallax} was answered
     * "-draft.parallax is a Parallax project, but the window opens only files named NAME.parallax: rename it".
     */
    @Test
    void aDoubleDashBeforeTheProjectOpensTheWindowOnIt() {
        assertThat(Main.windowArguments(new String[] {"open", "--", "-draft.parallax"}))
                .containsExactly("-draft.parallax");
        assertThat(Main.windowArguments(new String[] {"--", "-draft.parallax"})).containsExactly("-draft.parallax");
        assertThat(Main.windowArguments(new String[] {"open", "--", "Interviews.qdpx"}))
                .containsExactly("Interviews.qdpx");
        assertThat(Main.windowArguments(new String[] {"--", "notes.csv"})).isNull();
        assertThat(Main.windowArguments(new String[] {"open", "--"})).isNull();
        assertThat(Main.windowArguments(new String[] {"--"})).isNull();
    }
}
