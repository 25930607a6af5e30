package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.refi.QdpxFiles;
import org.parallax.model.DocumentMeta;
import org.parallax.model.DocumentType;
import org.parallax.testutil.TestProjects;

/**
 * An exported project is the same file from one run to the next, so a researcher who keeps exports under version
 * control sees only what changed: the documents' own attributes come out in name order. Before, they came in the
 * order of an immutable map, which Java changes with every start.
 */
class ExchangeVariableOrderTest {
    private static final List<String> NAMES = List.of("age", "birthplace", "cohort", "district", "education",
            "gender", "household", "interviewer", "occupation", "party", "region", "tenure");

    @TempDir
    Path dir;

    @Test
    void aDocumentsOwnAttributesAreExportedInNameOrder() {
        try (Workbench wb = Workbench.create(dir.resolve("p.parallax"), null)) {
            long doc = TestProjects.importOne(wb, TestProjects.textFile(dir, "interview.txt", "We met in May."));
            Map<String, String> given = new HashMap<>();
            NAMES.forEach(name -> given.put(name, name + " value"));
            wb.documents().updateMeta(doc, new DocumentMeta("Interview", null, DocumentType.INTERVIEW, null, null,
                    null, given));
            Path file = dir.resolve("p.qdpx");
            wb.exchange().exportQdpx(file, false);

            String project = new String(QdpxFiles.entries(file).get("project.qde"), StandardCharsets.UTF_8);
            assertThat(declared(project).stream().filter(NAMES::contains).toList()).isEqualTo(NAMES);
        }
    }

    private static List<String> declared(String project) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<Variable [^>]*name=\"([^\"]*)\"").matcher(project);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
