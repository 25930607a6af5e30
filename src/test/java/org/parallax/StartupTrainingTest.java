package org.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StartupTrainingTest {
    @Test
    void splitsTheCommandsAtSemicolonsAndPutsTheProjectForEachAt() {
        var commands = StartupTraining.commands(new String[] {
            "/tmp/Мои проекты/a b.parallax", "--version", ";", "docs", "@", ";", ";",
            "code", "@", "--code", "Balance of power", ";", "search", "@", "NATO"});
        assertThat(commands).containsExactly(
                new String[] {"--version"},
                new String[] {"docs", "/tmp/Мои проекты/a b.parallax"},
                new String[] {"code", "/tmp/Мои проекты/a b.parallax", "--code", "Balance of power"},
                new String[] {"search", "/tmp/Мои проекты/a b.parallax", "NATO"});
    }

    @Test
    void withTheProjectAloneThereIsNoCommandOnlyTheWindow() {
        assertThat(StartupTraining.commands(new String[] {"p.parallax"})).isEmpty();
    }
}
