package org.parallax.workbench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.parallax.io.DocumentReader;
import org.parallax.model.Coder;
import org.parallax.model.CodebookDefinition;
import org.parallax.model.ParallaxException;
import org.parallax.store.Database;

/**
 * The one entry point the UI and the CLI share: an open project and its use cases, grouped by
 * subject (documents, codebook, coding, analysis, export) with one undo history across them.
 */
public final class Workbench implements AutoCloseable {
    private final Project project;
    private final Documents documents;
    private final Codebooks codebook;
    private final Coding coding;
    private final Analysis analysis;
    private final Exports exports;
    private final Search search;
    private final AutoCoding autoCoding;
    private final Merging merging;
    private final Exchange exchange;
    private final Practice practice;
    private final Comparison comparison;
    private final Memos memos;

    private Workbench(Project project) {
        this.project = project;
        this.documents = new Documents(project, new DocumentReader());
        this.codebook = new Codebooks(project);
        this.memos = new Memos(project);
        this.coding = new Coding(project, memos);
        this.analysis = new Analysis(project);
        this.exports = new Exports(project, analysis);
        this.search = new Search(project, memos);
        this.autoCoding = new AutoCoding(project, search, coding);
        this.merging = new Merging(project);
        this.exchange = new Exchange(project);
        this.practice = new Practice(project, analysis);
        this.comparison = new Comparison(project, coding, analysis);
    }

    /** Opens an existing project file. */
    public static Workbench open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ParallaxException(file + ": no such project file");
        }
        return new Workbench(new Project(Database.open(file)));
    }

    /** Creates a new project file, optionally with a codebook installed; refuses to overwrite a file. */
    public static Workbench create(Path file, CodebookDefinition codebook) {
        if (Files.exists(file)) {
            throw new ParallaxException(file + ": already exists (open it, or choose another name)");
        }
        Workbench workbench = new Workbench(new Project(Database.open(file)));
        if (codebook != null) {
            workbench.codebook.install(codebook);
        }
        return workbench;
    }

    /** Creates a new project with a built-in codebook template such as {@code table1}. */
    public static Workbench createWithTemplate(Path file, String template) {
        return create(file, org.parallax.io.CodebookTemplates.named(template));
    }

    public Path file() {
        return project.file();
    }

    public Documents documents() {
        return documents;
    }

    public Codebooks codebook() {
        return codebook;
    }

    public Coding coding() {
        return coding;
    }

    public Analysis analysis() {
        return analysis;
    }

    public Exports exports() {
        return exports;
    }

    public Search search() {
        return search;
    }

    public AutoCoding autoCoding() {
        return autoCoding;
    }

    public Merging merging() {
        return merging;
    }

    /** REFI-QDA exchange: .qdpx and .qdc export and import. */
    public Exchange exchange() {
        return exchange;
    }

    /** Practice mode: a student's coding compared with a reference coder's. */
    public Practice practice() {
        return practice;
    }

    /** Two coders' disagreements and their resolution into the consensus layer. */
    public Comparison comparison() {
        return comparison;
    }

    /** Memos on the project, documents, codes and passages. */
    public Memos memos() {
        return memos;
    }

    public UndoHistory history() {
        return project.history;
    }

    public Coder activeCoder() {
        return project.activeCoder();
    }

    public Coder setActiveCoder(String name) {
        return project.setActiveCoder(name);
    }

    /** Blind coding: views show only the active coder's passages (docs/agreement.md). */
    public boolean blindMode() {
        return project.blind();
    }

    public void setBlindMode(boolean blind) {
        project.setBlind(blind);
    }

    public List<Coder> coders() {
        return project.coders.list();
    }

    /** Listens to changes of the project, on the thread that made them. */
    public void addListener(Consumer<ProjectEvent> listener) {
        project.addListener(listener);
    }

    public void removeListener(Consumer<ProjectEvent> listener) {
        project.removeListener(listener);
    }

    /** SQLite's integrity check of the project file: "ok" when sound. */
    public String integrityCheck() {
        return project.db.integrityCheck();
    }

    @Override
    public void close() {
        project.close();
    }
}
