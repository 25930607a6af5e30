package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.CodebookTemplates;
import org.parallax.io.refi.RefiException;
import org.parallax.io.refi.RefiSchemas;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.CodebookDefinition;
import org.parallax.testutil.TestProjects;

class CodebookExchangeTest {
    @TempDir
    Path dir;

    @Test
    void qdcRoundTripKeepsFramesScenariosCodesAndTable1Expectations() throws Exception {
        Path qdc = dir.resolve("table1.qdc");
        CodebookDefinition original;
        try (Workbench wb = TestProjects.table1(dir)) {
            wb.exchange().exportQdc(qdc);
            original = wb.codebook().definition();
        }
        assertThat(RefiSchemas.validateCodebook(Files.readAllBytes(qdc))).isEmpty();
        try (Workbench copy = Workbench.create(dir.resolve("copy.parallax"), null)) {
            ExchangeReport report = copy.exchange().importQdc(qdc);
            assertThat(report.problems()).isEmpty();
            CodebookDefinition imported = copy.codebook().definition();
            assertThat(imported.frames()).isEqualTo(original.frames());
            assertThat(imported.scenarios()).isEqualTo(original.scenarios());
            Code balance = copy.codebook().code("Balance of power");
            Codebook book = copy.codebook().current();
            assertThat(book.expectations().get(balance.id())).extracting(id -> book.scenario(id).orElseThrow().name())
                    .containsExactly("Partnership schemes / joint exercise", "Institutionalized dialogue");
        }
    }

    @Test
    void foreignCodebookWithShortColoursOddIdsAndPlainSetsImportsWithWarnings() throws Exception {
        Path qdc = Files.writeString(dir.resolve("foreign.qdc"), """
                <?xml version="1.0" encoding="utf-8"?>
                <CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Some QDA tool">
                  <Codes>
                    <Code guid="c1" name="Security" isCodable="true" color="#F00">
                      <Description>Security talk</Description>
                      <Code guid="{A1B2C3D4-0000-0000-0000-000000000002}" name="Missiles" isCodable="true"/>
                    </Code>
                    <Code guid="A1B2C3D4-0000-0000-0000-000000000003" name="Trust" isCodable="true" color="blue"/>
                  </Codes>
                  <Sets>
                    <Set guid="A1B2C3D4-0000-0000-0000-000000000009" name="Favourites">
                      <MemberCode guid="A1B2C3D4-0000-0000-0000-000000000003"/>
                    </Set>
                  </Sets>
                </CodeBook>
                """);
        try (Workbench wb = Workbench.create(dir.resolve("p.parallax"), CodebookTemplates.named("table1"))) {
            int before = wb.codebook().current().codes().size();
            ExchangeReport report = wb.exchange().importQdc(qdc);
            Codebook book = wb.codebook().current();
            assertThat(book.codes()).hasSize(before + 3);
            assertThat(book.codeNamed("Security").orElseThrow().color()).isEqualTo("#ff0000");
            assertThat(book.codeNamed("Trust").orElseThrow().color()).isNull();
            assertThat(book.codeNamed("Missiles").orElseThrow().parentId())
                    .isEqualTo(book.codeNamed("Security").orElseThrow().id());
            assertThat(report.problems()).anyMatch(p -> p.contains("'c1'") && p.contains("not a GUID"))
                    .anyMatch(p -> p.contains("blue")).anyMatch(p -> p.contains("Favourites"));
            assertThat(Set.copyOf(report.problems())).hasSize(3);
        }
    }

    @Test
    void aCodebookImportedAgainSaysNothingNewAboutTheCodesItRenamedTheFirstTime() throws Exception {
        // As NVivo writes them: a name used twice under different parents, and a group that cannot be coded.
        Path qdc = Files.writeString(dir.resolve("twice.qdc"), """
                <?xml version="1.0" encoding="utf-8"?>
                <CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="NVivo">
                  <Codes>
                    <Code guid="A1B2C3D4-0000-0000-0000-000000000001" name="Security" isCodable="true">
                      <Code guid="A1B2C3D4-0000-0000-0000-000000000002" name="Trust" isCodable="true"/>
                      <Code guid="A1B2C3D4-0000-0000-0000-000000000003" name="Themes" isCodable="false"/>
                    </Code>
                    <Code guid="A1B2C3D4-0000-0000-0000-000000000004" name="Economy" isCodable="true">
                      <Code guid="A1B2C3D4-0000-0000-0000-000000000005" name="Trust" isCodable="true"/>
                    </Code>
                  </Codes>
                </CodeBook>
                """);
        try (Workbench wb = Workbench.create(dir.resolve("p.parallax"), null)) {
            ExchangeReport first = wb.exchange().importQdc(qdc);
            assertThat(first.codesCreated()).isEqualTo(5);
            assertThat(first.problems()).containsExactly(
                    "Code 'Themes' is not codable in the file; imported as an ordinary code",
                    "The file has more than one code named 'Trust'; the one under 'Economy' was imported as "
                            + "'Trust (under Economy)' (code names are unique in a project)");

            ExchangeReport again = wb.exchange().importQdc(qdc);

            assertThat(again.codesCreated()).isZero();
            assertThat(again.codesMatched()).isEqualTo(5);
            assertThat(again.problems()).containsExactly("1 code the file names more than once went to the code "
                    + "already here under the name an earlier import gave it ('Trust (under Economy)')");
            assertThat(wb.codebook().current().codes()).hasSize(5);
        }
    }

    @Test
    void codebookWithInternalEntitiesIsRefused() throws Exception {
        Path qdc = Files.writeString(dir.resolve("laughs.qdc"), """
                <?xml version="1.0"?>
                <!DOCTYPE CodeBook [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
                <CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
                  <Code guid="A1B2C3D4-0000-0000-0000-000000000003" name="&b;" isCodable="true"/>
                </Codes></CodeBook>
                """);
        try (Workbench wb = Workbench.create(dir.resolve("p.parallax"), null)) {
            assertThatThrownBy(() -> wb.exchange().importQdc(qdc)).isInstanceOf(RefiException.class)
                    .hasMessageContaining("laughs.qdc");
            assertThat(wb.codebook().current().codes()).isEmpty();
        }
    }

    /** Edit → Undo named a codebook's import "Merge 0 passages from …", where undoing it takes its codes out. */
    @Test
    void theUndoStepOfACodebookImportNamesTheCodesItBrought() throws Exception {
        Path qdc = Files.writeString(dir.resolve("vendor.qdc"), """
                <?xml version="1.0" encoding="utf-8"?>
                <CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Some QDA tool">
                  <Codes>
                    <Code guid="A1B2C3D4-0000-0000-0000-000000000001" name="Security" isCodable="true">
                      <Code guid="A1B2C3D4-0000-0000-0000-000000000002" name="Missiles" isCodable="true"/>
                    </Code>
                    <Code guid="A1B2C3D4-0000-0000-0000-000000000003" name="Trust" isCodable="true"/>
                  </Codes>
                </CodeBook>
                """);
        try (Workbench wb = TestProjects.table1(dir)) {
            int before = wb.codebook().current().codes().size();
            wb.exchange().importQdc(qdc);
            assertThat(wb.codebook().current().codes()).hasSize(before + 3);

            assertThat(wb.history().undoLabel()).contains("Import 3 codes from vendor.qdc");
            assertThat(wb.history().undo()).contains("Import 3 codes from vendor.qdc");
            assertThat(wb.codebook().current().codes()).hasSize(before);
        }
    }

    /**
     * A codebook JSON imported into a project that has its codes keeps the project's: the file's older definition and
     * colour of "Balance of power" replaced the researcher's while the import said the code was "already present".
     * Imported with replacing asked for (`codebook import --replace`, a codebook edited and imported back on purpose),
     * the file's values are the code's, and the summary says so.
     */
    @Test
    void aCodebookFileKeepsTheProjectsOwnDefinitionsOfTheCodesItAlreadyHasUnlessAskedToReplace() throws Exception {
        Path json = dir.resolve("older.json");
        try (Workbench wb = TestProjects.table1(dir)) {
            wb.codebook().exportJson(json);
            Code balance = wb.codebook().code("Balance of power");
            String ours = balance.definition();
            Files.writeString(json, Files.readString(json).replace(ours, "An older definition")
                    .replace(balance.color(), "#000000"));
            int codes = wb.codebook().current().codes().size();

            CodebookMerge merge = wb.codebook().importJson(json);

            assertThat(merge.codesAdded()).isEmpty();
            Code kept = wb.codebook().code("Balance of power");
            assertThat(kept.definition()).isEqualTo(ours);
            assertThat(kept.color()).isEqualTo(balance.color());
            assertThat(wb.codebook().current().codes()).hasSize(codes);

            CodebookMerge replacing = wb.codebook().importJsonReplacing(json);

            assertThat(replacing.codesAdded()).isEmpty();
            assertThat(replacing.summary()).endsWith("codes already present; changed to the file's values: 1 code");
            Code replaced = wb.codebook().code("Balance of power");
            assertThat(replaced.definition()).isEqualTo("An older definition");
            assertThat(replaced.color()).isEqualTo("#000000");
            assertThat(wb.codebook().current().codes()).hasSize(codes);
        }
    }

    /**
     * `codebook import --replace` of a file holding the project's own values said every code was "given the file's
     * values", wrote each anew (a new version, recorded as the importer's change) and cleared the undo history. It now
     * writes and counts only the entries whose values the file changes.
     */
    @Test
    void replacingWithTheProjectsOwnValuesChangesNothingAndSaysSo() throws Exception {
        Path json = dir.resolve("same.json");
        try (Workbench wb = TestProjects.table1(dir)) {
            wb.codebook().exportJson(json);
            wb.codebook().addCode("Trust", wb.codebook().current().frames().get(0).id(), null, null, null);
            String step = wb.history().undoLabel().orElseThrow();
            long version = wb.codebook().code("Balance of power").version();

            CodebookMerge same = wb.codebook().importJsonReplacing(json);

            assertThat(same.summary()).endsWith("codes already present; changed to the file's values: none");
            assertThat(wb.codebook().code("Balance of power").version()).isEqualTo(version);
            assertThat(wb.history().undoLabel()).contains(step);

            Code norms = wb.codebook().code("Convergence of norms");
            Files.writeString(json, Files.readString(json).replace(norms.definition(), "Norms converge"));
            assertThat(wb.codebook().importJsonReplacing(json).summary())
                    .endsWith("changed to the file's values: 1 code");
            assertThat(wb.codebook().code("Convergence of norms").definition()).isEqualTo("Norms converge");
            assertThat(wb.codebook().code("Balance of power").version()).isEqualTo(version);
        }
    }

    /**
     * A codebook JSON whose frames, codes and scenarios the project already has changes nothing, and leaves the undo
     * history as it was: it cleared it, so the code just added could no longer be taken out with Undo.
     */
    @Test
    void aCodebookFileThatAddsNothingLeavesTheUndoHistory() throws Exception {
        Path json = dir.resolve("same.json");
        try (Workbench wb = TestProjects.table1(dir)) {
            wb.codebook().exportJson(json);
            wb.codebook().addCode("Trust", wb.codebook().current().frames().get(0).id(), null, null, null);
            String step = wb.history().undoLabel().orElseThrow();

            CodebookMerge merge = wb.codebook().importJson(json);

            assertThat(merge.codesAdded()).isEmpty();
            assertThat(wb.history().undoLabel()).contains(step);
            assertThat(wb.history().undo()).contains(step);
            assertThat(wb.codebook().current().codeNamed("Trust")).isEmpty();
        }
    }
}
