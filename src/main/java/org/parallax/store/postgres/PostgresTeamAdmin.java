package org.parallax.store.postgres;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.parallax.model.TeamRole;
import org.parallax.store.TeamAdmin;
import org.parallax.store.BeforeUpgrade;
import org.parallax.store.TeamUrl;

/** Team administration on PostgreSQL: setup and members ({@link TeamSetup}), publish and pull ({@link TeamTransfer}). */
public final class PostgresTeamAdmin implements TeamAdmin {
    public static final PostgresTeamAdmin INSTANCE = new PostgresTeamAdmin();

    private PostgresTeamAdmin() {
    }

    @Override
    public Prepared init(TeamUrl url, Supplier<char[]> prompt) {
        return TeamSetup.init(url, prompt);
    }

    @Override
    public void addUser(TeamUrl url, String name, TeamRole role, char[] password, Supplier<char[]> prompt) {
        TeamSetup.addUser(url, name, role, password, prompt);
    }

    @Override
    public Removed removeUser(TeamUrl url, String name, Supplier<char[]> prompt) {
        return TeamSetup.removeUser(url, name, prompt);
    }

    @Override
    public Map<String, Long> publish(Path file, TeamUrl url, Supplier<char[]> prompt, BeforeUpgrade before) {
        return TeamTransfer.publish(file, url, prompt, before);
    }

    @Override
    public Map<String, Long> pull(TeamUrl url, Path target, Supplier<char[]> prompt) {
        return TeamTransfer.pull(url, target, prompt);
    }
}
