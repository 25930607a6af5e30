package org.parallax.workbench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.parallax.model.Code;
import org.parallax.model.MemoTarget;
import org.parallax.model.TeamRole;
import org.parallax.testutil.SampleTeamProjects;
import org.parallax.testutil.TestServer;

/** A coder of a fresh copy of the sample on the test server, with the lead's (owner's) URL beside, who pulls copies. */
record OfflineMember(String url, String login, String leadUrl, Supplier<char[]> password) {

    static OfflineMember coder(SampleTeamProjects team, String stem) {
        String project = TestServer.freshProjectName(stem);
        String url = team.publish(project);
        String login = project + "_cora";
        Team.addUser(url, null, login, TeamRole.CODER, "cora-pw".toCharArray(), null);
        return new OfflineMember(TestServer.asLogin(url, login), login, url, "cora-pw"::toCharArray);
    }

    /** A lead of a fresh copy of the sample, {@code PROJECT_lena}, with the owner's URL beside. */
    static OfflineMember lead(SampleTeamProjects team, String stem) {
        String project = TestServer.freshProjectName(stem);
        String url = team.publish(project);
        String login = project + "_lena";
        Team.addUser(url, null, login, TeamRole.LEAD, "lena-pw".toCharArray(), null);
        return new OfflineMember(TestServer.asLogin(url, login), login, url, "lena-pw"::toCharArray);
    }

    /** A coder {@code PROJECT_name} of this member's team project, added now. */
    OfflineMember coderBeside(String name) {
        String project = leadUrl.substring(leadUrl.indexOf("project=") + "project=".length());
        String coder = project + "_" + name;
        Team.addUser(leadUrl, null, coder, TeamRole.CODER, "coder-pw".toCharArray(), null);
        return new OfflineMember(TestServer.asLogin(leadUrl, coder), coder, leadUrl, "coder-pw"::toCharArray);
    }

    /** The member's copy {@code cora.parallax} in {@code dir}, pulled now. */
    Path pull(Path dir) {
        return pull(dir, "cora.parallax");
    }

    /** The member's copy {@code name} in {@code dir}, pulled now. */
    Path pull(Path dir, String name) {
        Path copy = dir.resolve(name);
        Team.pull(url, null, copy, password);
        return copy;
    }

    PushReport push(Path copy) {
        return Team.push(copy, url, null, password);
    }

    /** The text of the team project's memo on {@code target}, as this member reads it now. */
    String memoOnServer(MemoTarget target) {
        try (Workbench online = Workbench.open(url, password)) {
            return online.memos().memo(target).orElseThrow().text();
        }
    }

    /**
     * Makes {@code copy} as a pull by the Parallax before id floors left it: it hands out the id of a removed pulled
     * row again (a code's, a passage's and a document's too: the triggers keeping a deleted row's id, schema 20 and
     * 21, go, as in a copy whose rows were deleted and their ids taken again before it was upgraded).
     */
    static void forgetIdFloors(Path copy) {
        try (Connection file = DriverManager.getConnection("jdbc:sqlite:" + copy);
                var st = file.createStatement()) {
            if (st.executeUpdate("DELETE FROM settings WHERE key LIKE 'id\\_floor.%' ESCAPE '\\'") != 4) {
                throw new AssertionError("a pull writes a floor for passages, memos, codes and documents");
            }
            st.executeUpdate("DROP TRIGGER codes_deleted_keep_their_ids");
            st.executeUpdate("DROP TRIGGER segments_deleted_keep_their_ids");
            st.executeUpdate("DROP TRIGGER documents_deleted_keep_their_ids");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sample's first code in a frame. */
    static Code indicator(Workbench wb) {
        return wb.codebook().current().codes().stream().filter(c -> c.frameId() != null).findFirst().orElseThrow();
    }
}
