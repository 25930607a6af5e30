package org.parallax.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of docs/architecture.md; a wrong-way import fails the build. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.parallax");
    }

    @Test
    void modelDependsOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage("org.parallax.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.parallax.store..", "org.parallax.search..",
                        "org.parallax.analysis..", "org.parallax.io..", "org.parallax.embedding..",
                        "org.parallax.workbench..", "org.parallax.ui..", "org.parallax.cli..")
                .because("the model is the vocabulary every layer shares; it must not pull any layer in")
                .check(classes);
    }

    @Test
    void serviceLayersDoNotSeeEachOther() {
        String[] services = {"store", "search", "analysis", "io", "embedding"};
        for (String layer : services) {
            String[] others = java.util.Arrays.stream(services).filter(s -> !s.equals(layer))
                    .map(s -> "org.parallax." + s + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("org.parallax." + layer + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("store, search, analysis, io and embedding are combined only in workbench, so each stays "
                            + "replaceable and testable alone")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void onlyTheFrontEndsUseTheWorkbench() {
        noClasses().that().resideInAnyPackage("org.parallax.store..", "org.parallax.search..",
                        "org.parallax.analysis..", "org.parallax.io..", "org.parallax.embedding..", "org.parallax.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.parallax.workbench..", "org.parallax.ui..",
                        "org.parallax.cli..")
                .because("dependencies point one way: model <- services <- workbench <- ui/cli")
                .check(classes);
        noClasses().that().resideInAPackage("org.parallax.workbench..")
                .should().dependOnClassesThat().resideInAnyPackage("org.parallax.ui..", "org.parallax.cli..")
                .because("the UI and the CLI are two faces of the same workbench")
                .check(classes);
    }

    @Test
    void theBenchmarkIsAFrontEndOfItsOwn() {
        noClasses().that().resideOutsideOfPackages("org.parallax.bench..", "org.parallax.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.parallax.bench..")
                .because("benchmark code ships for `parallax bench` only; the product never calls it")
                .check(classes);
        noClasses().that().resideInAPackage("org.parallax.bench..")
                .should().dependOnClassesThat().resideInAnyPackage("org.parallax.store..", "org.parallax.io..",
                        "org.parallax.ui..", "org.parallax.cli..", "org.apache.lucene..", "java.sql..")
                .because("the benchmark times what users run, so it goes through the workbench like the CLI does")
                .check(classes);
    }

    @Test
    void theUiTalksOnlyToTheWorkbench() {
        noClasses().that().resideInAPackage("org.parallax.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.parallax.store..", "org.parallax.search..",
                        "org.parallax.io..", "org.parallax.embedding..", "org.parallax.cli..")
                .because("the window holds no SQL, no Lucene, no file parsing and no model inference: it calls use cases")
                .check(classes);
    }

    @Test
    void onlyStoreTalksSql() {
        noClasses().that().resideOutsideOfPackage("org.parallax.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..", "org.postgresql..")
                .because("the project file's schema is the store's secret")
                .check(classes);
    }

    @Test
    void backendsAreReachedOnlyThroughTheFactory() {
        noClasses().that().resideOutsideOfPackage("org.parallax.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.parallax.store.jdbc..",
                        "org.parallax.store.sqlite..", "org.parallax.store.postgres..")
                .because("the workbench sees the store interfaces only; ProjectStores picks the backend")
                .check(classes);
        noClasses().that().resideInAPackage("org.parallax.store")
                .and().doNotHaveFullyQualifiedName("org.parallax.store.ProjectStores")
                .should().dependOnClassesThat().resideInAnyPackage("org.parallax.store.jdbc..",
                        "org.parallax.store.sqlite..", "org.parallax.store.postgres..")
                .because("the interfaces know no backend; only the factory names them")
                .check(classes);
        noClasses().that().resideInAPackage("org.parallax.store.jdbc..")
                .should().dependOnClassesThat().resideInAnyPackage("org.parallax.store.sqlite..",
                        "org.parallax.store.postgres..", "org.sqlite..")
                .because("the JDBC stores are shared by every backend; what differs goes through the Dialect")
                .check(classes);
    }

    @Test
    void theStoreInterfacesTalkNoSql() {
        noClasses().that().resideInAPackage("org.parallax.store")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..")
                .because("what the workbench sees of the store has no connection, statement or result set in it")
                .check(classes);
    }

    @Test
    void onlySearchTalksLucene() {
        noClasses().that().resideOutsideOfPackage("org.parallax.search..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
                .because("the index is derived data behind one package")
                .check(classes);
    }

    @Test
    void onlyEmbeddingTalksToTheSemanticAddOn() {
        noClasses().that().resideOutsideOfPackage("org.parallax.embedding..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.langchain4j..", "ai.onnxruntime..", "ai.djl..")
                .because("the embedding model is an optional add-on: one package looks for it and loads it")
                .check(classes);
        noClasses().that().resideInAPackage("org.parallax.embedding..")
                .and().doNotHaveFullyQualifiedName("org.parallax.embedding.MiniLmEncoder")
                .should().dependOnClassesThat().resideInAnyPackage("dev.langchain4j..", "ai.onnxruntime..", "ai.djl..")
                .because("only MiniLmEncoder names the add-on's classes, and it is loaded only once the add-on "
                        + "is known to be installed; everything else works without the add-on")
                .check(classes);
    }

    @Test
    void onlyTheUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.parallax.ui..")
                .and().doNotHaveFullyQualifiedName("org.parallax.Main")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..")
                .because("everything below the UI runs headless, in the CLI and in tests")
                .check(classes);
    }

    @Test
    void onlyTheCliPrints() {
        noClasses().that().resideOutsideOfPackage("org.parallax.cli..")
                .and().doNotHaveFullyQualifiedName("org.parallax.Main")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .because("output belongs to the command line; everything else logs or returns results")
                .check(classes);
    }

    @Test
    void theWindowReadsItsSettingsWithoutJacksonsObjectMapper() {
        noClasses().that().resideInAPackage("org.parallax.ui.app..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson.databind..")
                .because("the window reads its settings on the JavaFX thread before it shows, and setting up the "
                        + "object mapper cost about 170 ms of CPU there (docs/performance.md)")
                .check(classes);
    }
}
