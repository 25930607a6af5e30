package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.CodebookTemplates;
import org.parallax.model.Coder;
import org.parallax.testutil.TestProjects;

/**
 * A new project records who last changed each code, frame, scenario, document and saved search as the computer's
 * login until the researcher names themselves. When the login, having coded nothing, became the name given, those
 * rows still named the login: a name the researcher never gave, which went wherever the file went. They name the
 * coder chosen now.
 */
class LoginEditsRenamedTest {
    private static final String LOGIN = System.getProperty("user.name");

    @TempDir
    Path dir;

    @Test
    void rowsTheLoginChangedNameTheCoderItBecomes() throws Exception {
        try (Workbench wb = Workbench.create(dir.resolve("thesis.parallax"), CodebookTemplates.named("table1"))) {
            TestProjects.importOne(wb, TestProjects.textFile(dir, "readout.txt", "NATO and Russia met in the council."));
            wb.search().save("Council", "council");
            assertThat(editors(wb)).as("recorded under the login before a name is given").containsOnly(LOGIN);

            wb.setActiveCoder("Maria Kowalska");

            assertThat(wb.coders()).extracting(Coder::name).containsExactly("Maria Kowalska");
            assertThat(editors(wb)).containsOnly("Maria Kowalska");
            assertThat(wb.integrityCheck()).isEqualTo("ok");
        }
    }

    /** Who last changed each row that names one (codebook, documents) and who saved each search, as stored. */
    private static List<String> editors(Workbench wb) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + wb.location());
             ResultSet rs = c.createStatement().executeQuery("SELECT name FROM (SELECT changed_by AS name "
                     + "FROM frames UNION ALL SELECT changed_by FROM scenarios UNION ALL SELECT changed_by FROM codes "
                     + "UNION ALL SELECT changed_by FROM documents UNION ALL SELECT saved_by FROM saved_searches) "
                     + "WHERE name IS NOT NULL")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
