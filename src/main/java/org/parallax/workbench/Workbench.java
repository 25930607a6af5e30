package org.parallax.workbench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.parallax.io.DocumentReader;
import org.parallax.model.Coder;
import org.parallax.model.CodebookDefinition;
import org.parallax.model.ParallaxException;
import org.parallax.model.ReadOnlyCause;
import org.parallax.store.ProjectBusyException;
import org.parallax.store.ProjectFile;
import org.parallax.store.ProjectLocation;
import org.parallax.store.ProjectSideFiles;
import org.parallax.store.ProjectStore;
import org.parallax.store.ProjectStores;

/**
 * The one entry point the UI and the CLI share: an open project and its use cases, grouped by
 * subject (documents, codebook, coding, analysis, export) with one undo history across them.
 */
public final class Workbench implements AutoCloseable {
    /** The codebook template of the NATO-Russia study (docs/codebook-format.md). */
    public static final String STUDY_TEMPLATE = "table1";
    /** How long opening waits for a restore of the project under way in another program before refusing. */
    static volatile Duration restoreWait = Duration.ofSeconds(5);
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
    private final Assistant assistant;
    private final Comparison comparison;
    private final Memos memos;
    private final ProjectCheck check;
    private final ProcessTracing tracing;
    private final Reports reports;
    private final Charts charts;
    private final WarmUp warmUp;
    private Optional<OpeningNote> openingNote = Optional.empty();
    private final Object closing = new Object();
    private boolean closed;

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
        this.exchange = new Exchange(project);
        this.merging = new Merging(project, exchange);
        this.practice = new Practice(project, analysis);
        this.assistant = new Assistant(project, coding);
        this.comparison = new Comparison(project, coding, analysis);
        this.check = new ProjectCheck(project, search);
        this.tracing = new ProcessTracing(project);
        this.reports = new Reports(project, exports, memos, analysis);
        this.charts = new Charts(project);
        this.warmUp = new WarmUp(project, analysis, search);
        LogNames.take(project);
    }

    /**
     * Opens an existing project file; refuses it when the log beside it comes from elsewhere. A restore of it killed
     * midway is finished first. The sample that comes with the program opens read-only wherever it is
     * ({@link BundledSample#NEVER_CHANGED}).
     */
    public static Workbench open(Path file) {
        ProjectFile real = new ProjectFile(file);
        if (BundledSample.isTheLaunchersSample(real.path())) {
            return new Workbench(new Project(ProjectStores.openUnchanged(real.path(), BundledSample.NEVER_CHANGED)));
        }
        Optional<OpeningNote> restored = RestoredCopy.finishInterrupted(real.path());
        ProjectCheck.refuseMisfitLog(real.path());
        KeptBeforeUpgrade kept = new KeptBeforeUpgrade(real.path());
        Workbench workbench = new Workbench(unlessBeingRestored(real.path(), () -> ProjectStores.open(real, kept)));
        workbench.openingNote = OpeningNote.joined(OpeningNote.joined(restored, kept.note()),
                NewerBackup.note(workbench.project));
        workbench.project.backups.daily(workbench.check);
        return workbench;
    }

    /**
     * What opening did to the file, with the backup that holds it as it was: finished a restore that was killed
     * midway, or upgraded a file an older Parallax wrote (which older versions no longer open); or what opening found:
     * a file older than its newest backup ({@link NewerBackup}); empty otherwise.
     */
    public Optional<String> openingNote() {
        return openingNote.map(OpeningNote::text);
    }

    /**
     * Whether the backups the opening note names are among the project's backups now, read from the disk when asked
     * (a backup deleted by hand since opening is not): only then do the window and the command line say that their
     * listings show it.
     */
    public boolean openingNoteBackupsListed() {
        return openingNote.filter(OpeningNote::backupsListed).isPresent();
    }

    /**
     * Why the daily backup due on opening was not written (a full disk, a backups folder that cannot be written);
     * empty once a backup has been written since.
     */
    public Optional<String> dailyBackupFailure() {
        return project.backups.dailyFailure();
    }

    /**
     * Opens a project file or a team project by its URL ({@code postgresql://…?project=NAME}); a team project's
     * password comes from PGPASSWORD, ~/.pgpass, or else {@code prompt}.
     */
    public static Workbench open(String location, java.util.function.Supplier<char[]> prompt) {
        ProjectLocation parsed = ProjectLocation.parse(location);
        if (parsed instanceof ProjectFile file) {
            return open(file.path());
        }
        return new Workbench(new Project(ProjectStores.open(parsed, prompt)));
    }

    /** Opens a project file or a team project by its URL without writing to it. */
    public static Workbench openReadOnly(String location, java.util.function.Supplier<char[]> prompt) {
        ProjectLocation parsed = ProjectLocation.parse(location);
        if (parsed instanceof ProjectFile file) {
            return openReadOnly(file.path());
        }
        return new Workbench(new Project(ProjectStores.openReadOnly(parsed, prompt)));
    }

    /**
     * The project argument with the login {@code user} (from --user) for a team project: the URL's user when the
     * URL names none, refused when it names another, and refused for a project file, which has no logins.
     */
    public static String asUser(String location, String user) {
        if (user == null) {
            return location;
        }
        ProjectLocation parsed = ProjectLocation.parse(location);
        if (parsed instanceof org.parallax.store.TeamUrl url) {
            return url.withUserOption(user).toString();
        }
        throw new ParallaxException(location + ": --user " + user + " names a login on a team "
                + "server; a project file has none (its coder is chosen with coders --active)");
    }

    /** Whether a project argument names a team project on a server rather than a project file. */
    public static boolean isTeamProject(String location) {
        return ProjectLocation.parse(location) instanceof org.parallax.store.TeamUrl;
    }

    /** The project file {@code file} leads to through any symbolic links, where its backups and index belong. */
    public static Path projectFile(Path file) {
        return new ProjectFile(file).path();
    }

    /** Opens a project without writing to it, not even a backup (checks, merges from another project). */
    public static Workbench openReadOnly(Path file) {
        return openReadOnly(file, ReadOnlyCause.FOR_READING, ProjectStore.OPENED_FOR_READING);
    }

    /** Why a project another program was writing to is open read-only, and what gives the writing back. */
    static final String WRITTEN_ELSEWHERE = "another program (a second Parallax window or a command such as an "
            + "import) was writing to it when it was opened, so no change can be made here; to make changes, open it "
            + "again (File → Recent projects) once that program has finished";

    /**
     * Whether opening {@code failed} because another program held the project's write lock past the wait: the
     * project can still be read, and the window offers {@link #openWhileWrittenElsewhere}.
     */
    public static boolean writtenElsewhere(Throwable failed) {
        return failed instanceof ProjectBusyException;
    }

    /**
     * Opens read-only a project file another program is writing to, at the user's choice: it can be read, searched
     * and exported, and every change is refused with the reason, which says how to write again.
     */
    public static Workbench openWhileWrittenElsewhere(Path file) {
        return openReadOnly(file, ReadOnlyCause.WRITTEN_ELSEWHERE, WRITTEN_ELSEWHERE);
    }

    /**
     * Opens a project file read-only at the user's choice, {@code why} saying why (another program was writing to it
     * when it was to be opened for writing): every refused change and the window's banner give that reason. No backup
     * is taken; a restore killed midway is finished first, as on every opening.
     */
    private static Workbench openReadOnly(Path file, ReadOnlyCause cause, String why) {
        ProjectFile real = new ProjectFile(file);
        // Not a change of the reader's making: the file without its journal would show neither state.
        Optional<OpeningNote> restored = RestoredCopy.finishInterrupted(real.path());
        Workbench workbench = new Workbench(unlessBeingRestored(real.path(),
                () -> ProjectStores.openReadOnly(real, cause, why)));
        workbench.openingNote = OpeningNote.joined(restored, NewerBackup.note(workbench.project));
        return workbench;
    }

    /**
     * The project of a store just opened, unless another program is restoring the file: the restore would replace it
     * under this one, with whatever was saved here meanwhile. Asked after opening, so that a restore that began
     * earlier is seen here and one that begins later sees this program holding the file open (and refuses). A restore
     * under way is waited for, up to {@link #restoreWait}, and the file opened again once it has finished: a restore
     * takes a few seconds, and a researcher double-clicking the project meanwhile would rather wait than be refused;
     * the caller's {@link RestoreWaitNotice} hears once that it waits.
     */
    private static Project unlessBeingRestored(Path file, Supplier<ProjectStore> opening) {
        long deadline = System.nanoTime() + restoreWait.toNanos();
        boolean told = false;
        while (true) {
            ProjectStore store = opening.get();
            if (!RestoreFinishLock.underWay(file)) {
                return new Project(store);
            }
            store.close();
            if (!told) {
                RestoreWaitNotice.waiting(file.getFileName().toString());
                told = true;
            }
            if (!RestoreFinishLock.awaitEnd(file, deadline)) {
                throw new ParallaxException(file.getFileName() + " is being restored from a backup by another "
                        + "program (parallax restore, or File → Restore from backup… in a window), still after "
                        + restoreWait.toSeconds() + " seconds of waiting: open it again once that has finished; "
                        + "nothing was changed");
            }
        }
    }

    /** Opens a backup read-only; nothing is created beside it. */
    static Workbench openSnapshot(Path file) {
        return new Workbench(new Project(ProjectStores.openSnapshot(file)));
    }

    /** Throws with the reason in words unless {@code file} is a Parallax project; writes nothing. */
    public static void requireProject(Path file) {
        ProjectStores.openReadOnly(new ProjectFile(file)).close();
    }

    /** Creates a new project file, optionally with a codebook installed; refuses to overwrite a file. */
    public static Workbench create(Path file, CodebookDefinition codebook) {
        Workbench workbench = new Workbench(new Project(ProjectStores.create(new ProjectFile(file))));
        if (codebook != null) {
            completeOrRemove(workbench, wb -> wb.codebook.install(codebook));
        }
        return workbench;
    }

    /**
     * Creates a new project with a built-in codebook template such as {@code table1}; the study's Table 1 template
     * brings the study's events too (ADR 0029), in one step with the codebook as far as the user can tell.
     */
    public static Workbench createWithTemplate(Path file, String template) {
        Workbench workbench = create(file, org.parallax.io.CodebookTemplates.named(template));
        if (STUDY_TEMPLATE.equals(template)) {
            completeOrRemove(workbench, wb -> wb.tracing().addStudyEvents());
        }
        return workbench;
    }

    /**
     * Runs a step of making a new project. A project the step could not complete (a full disk) is removed, so that it
     * is not taken later for one made whole.
     */
    private static void completeOrRemove(Workbench workbench, Consumer<Workbench> step) {
        try {
            step.accept(workbench);
        } catch (RuntimeException e) {
            Path file = workbench.file().toAbsolutePath();
            workbench.close();
            try {
                ProjectSideFiles.delete(file);
            } catch (IOException io) {
                e.addSuppressed(io);
            }
            throw e;
        }
    }

    public Path file() {
        return project.file();
    }

    /** The open project, for use cases that work on two projects at once (a team push). */
    Project project() {
        return project;
    }

    /**
     * Where the project lives as the researcher names it: the project file's absolute path, or the team project's
     * URL with its user (never a password), as recent-project lists keep it.
     */
    public String location() {
        return project.onServer() ? project.store.location().displayName() : file().toAbsolutePath().toString();
    }

    /** A short name for titles and messages: the file name, or "project NAME on HOST". */
    public String displayName() {
        return project.displayName();
    }

    /**
     * Hears the connection to a team server: a sentence while it is lost and being restored (on the thread that
     * found it lost), an empty one when it is back; the action that found it lost waits and is applied once.
     */
    public void onConnectionState(java.util.function.Consumer<String> listener) {
        project.store.onConnectionState(listener);
    }

    /**
     * Runs {@code reads}, made to fill a view (a tab's refresh, a preview, a list), rather than as part of an
     * action: with a team server out of reach they fail within seconds, where an action waits up to 30 s for it.
     */
    public <T> T forView(java.util.function.Supplier<T> reads) {
        return project.store.forView(reads);
    }

    /** The user's role in a team project (lead, coder or reader); empty for a project file. */
    public java.util.Optional<String> teamRole() {
        return project.store.sessionRole().map(org.parallax.model.TeamRole::word);
    }

    /**
     * Why this session may not make a change of {@code part}, in one line for the window to say before it asks
     * anything, or empty when it may: on a team project only a lead changes these parts (the server refuses anyone
     * else); in a project file everyone may.
     */
    public java.util.Optional<String> refusal(LeadsOnly part) {
        return project.store.sessionRole().filter(role -> role != org.parallax.model.TeamRole.LEAD)
                .map(role -> part.refusal(role.word()));
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

    /** Coded-text and memo reports as DOCX or HTML. */
    public Reports reports() {
        return reports;
    }

    /**
     * With {@code on}, every file this session writes (tables, workbooks, charts, reports, memos, codebook files,
     * exchange files) carries the pseudonyms of sensitive values instead of the values, through one engine
     * (docs/refi-qda.md#pseudonymised-export); a writer asked for while no attribute is marked sensitive is refused.
     */
    public void pseudonymiseOutput(boolean on) {
        project.pseudonymiseOutput = on;
    }

    /**
     * Refusals and warnings are read in the window from now on: they name the window's own controls (File → Export →
     * Pseudonymise every export, Make forms) where the command line names a command.
     */
    public void speakToTheWindow() {
        project.inTheWindow = true;
    }

    public boolean pseudonymisesOutput() {
        return project.pseudonymiseOutput;
    }

    /**
     * Whether every file the project writes names its coders Coder 1, Coder 2, … instead of their names, in the
     * passages' coder columns, memo authors, reports, workbooks and REFI-QDA users alike (a project setting).
     */
    public boolean pseudonymisesCoders() {
        return CoderPseudonyms.on(project);
    }

    public void pseudonymiseCoders(boolean on) {
        CoderPseudonyms.set(project, on);
        project.fire(ProjectEvent.CODERS);
    }

    /** Each coder's name with the pseudonym files give it, empty while the project does not pseudonymise coders. */
    public java.util.Map<String, String> coderPseudonyms() {
        return CoderPseudonyms.of(project);
    }

    /** SVG charts: timeline, matrix heat map, co-occurrence. */
    public Charts charts() {
        return charts;
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

    /**
     * Writes a copy of the project for a blind second coder to {@code target}, a new project file: the documents with
     * their details and the codebook, none of the passages or memos of any coder, and no coder set
     * ({@link SecondCoderCopy}); {@link #merging()} brings their passages back as their layer.
     */
    public SecondCoderCopyReport copyForASecondCoder(Path target) {
        return new SecondCoderCopy(project).write(target);
    }

    /** The name of the project file this project was copied from for a second coder; empty for any other project. */
    public Optional<String> secondCoderCopyOf() {
        return project.settings.get(SecondCoderCopy.MADE_FROM);
    }

    /** REFI-QDA exchange: .qdpx and .qdc export and import. */
    public Exchange exchange() {
        return exchange;
    }

    /** Practice mode: a student's coding compared with a reference coder's. */
    public Practice practice() {
        return practice;
    }

    /** The offline coding assistant: evaluation, suggestions and its own coder layer (docs/assistant.md). */
    public Assistant assistant() {
        return assistant;
    }

    /** Two coders' disagreements and their resolution into the consensus layer. */
    public Comparison comparison() {
        return comparison;
    }

    /** Memos on the project, documents, codes and passages. */
    public Memos memos() {
        return memos;
    }

    /** Process tracing: hypotheses, evidence, van Evera's tests and the Bayesian ledger (docs/process-tracing.md). */
    public ProcessTracing tracing() {
        return tracing;
    }

    public UndoHistory history() {
        return project.history;
    }

    /**
     * The clock whose dates this session writes on memos and passages (the system's unless set): a test sets one
     * that is wrong, as a laptop's can be.
     */
    public void useClock(Clock clock) {
        project.useClock(clock);
    }

    public Coder activeCoder() {
        return project.activeCoder();
    }

    public Coder setActiveCoder(String name) {
        // A refused name is quoted in the message the log keeps; while coders are pseudonymised it is hidden there.
        return LogNames.hidingTyped(project, () -> CoderPseudonyms.on(project) ? List.of(name) : List.of(),
                () -> project.setActiveCoder(name));
    }

    /** Why no coder of this project may be renamed (a team project's), in one line, else empty. */
    public java.util.Optional<String> coderRenameRefusal() {
        return CoderRename.refusal(project);
    }

    /**
     * Renames the coder {@code typed} names to {@code name}, keeping their passages, memos and pseudonym, as one step
     * of the undo history (docs/agreement.md, "Renaming a coder"); refused on a team project
     * ({@link #coderRenameRefusal}).
     */

    public void renameCoder(String typed, String name) {
        // As for a coder chosen: the names refused are quoted in the message the log keeps, hidden there while coders
        // are pseudonymised.
        LogNames.hidingTyped(project, () -> CoderPseudonyms.on(project) ? List.of(typed, name) : List.of(), () -> {
            CoderRename.run(project, typed, name);
            return null;
        });
    }

    /**
     * The active coder's name while the person at this computer has not chosen who codes in this project (one made
     * elsewhere: the sample's copy, a .qdpx import, a colleague's file), so passages would go out under a name they
     * never gave; empty once chosen ({@link #setActiveCoder}, {@link #keepCoderHere}).
     */
    public Optional<String> coderNotChosenHere() {
        return project.coderNotChosenHere();
    }

    /** The person at this computer said they code as the active coder: they are not asked again. */
    public void keepCoderHere() {
        project.keepCoderHere();
    }

    /**
     * The name {@link #coderNotChosenHere} gives, until the command line has said it once ({@link #coderToldHere});
     * the window asks on regardless.
     */
    public Optional<String> coderNotToldHere() {
        return project.coderNotToldHere();
    }

    /** The command line has said who codes here: it does not say it again; the window still asks. */
    public void coderToldHere() {
        project.coderToldHere();
    }

    /** A project made for others to open: whoever codes in a copy of it is told who it codes as. */
    public void forgetWhoChoseTheCoder() {
        project.forgetWhoChoseTheCoder();
    }

    /** Blind coding: views show only the active coder's passages (docs/agreement.md). */
    public boolean blindMode() {
        return project.blind();
    }

    public void setBlindMode(boolean blind) {
        project.setBlind(blind);
    }

    /**
     * One line to show after a command that listed, counted or exported passages in blind mode: only the active
     * coder's were in it, and how to switch blind mode off; empty when nothing was limited.
     */
    public Optional<String> blindNotice() {
        return project.blindNotice();
    }

    /**
     * The coders a filter by coder may name in this session: every coder, or in blind mode only the active one (a
     * team's lead and readers read every layer).
     */
    public List<Coder> readableCoders() {
        return project.readableCoders();
    }

    /** Every coder, as last read: no round trip while nothing changed (a team server's notification tells). */
    public List<Coder> coders() {
        return project.reads.coders();
    }

    /** Listens to changes of the project, on the thread that made them. */
    public void addListener(Consumer<ProjectEvent> listener) {
        project.addListener(listener);
    }

    public void removeListener(Consumer<ProjectEvent> listener) {
        project.removeListener(listener);
    }

    /** Checks that what the file holds is what was saved (docs/backups.md). */
    public ProjectCheck check() {
        return check;
    }

    /**
     * Takes the project file's locks again after a native file chooser may have dropped them (it reads the files
     * of the folder it shows, the project's own among them, and POSIX drops this process's locks on a file when
     * any handle to it closes); without them another program closing the project deleted the journal this window
     * writes into. Nothing for a team project.
     */
    public void retakeFileLocks() {
        project.store.retakeLocks();
    }

    /** Why the project is open read-only (damaged, read-only place, replaced journal), or empty when writable. */
    public java.util.Optional<String> readOnlyReason() {
        return project.store.readOnlyReason();
    }

    /**
     * The kind of {@link #readOnlyReason()}, which says what can be done: restore a backup (only for damage), copy the
     * file somewhere writable, close the other program; empty when writable.
     */
    public Optional<ReadOnlyCause> readOnlyCause() {
        return project.store.readOnlyCause();
    }

    /**
     * Why the project is read-only when the opener did not ask for that (damaged, read-only place, replaced journal, a
     * team reader's role), or empty: what a command that opens the project read-only on purpose still has to say.
     */
    public Optional<String> readOnlyProblem() {
        return readOnlyReason().filter(reason -> !reason.equals(ProjectStore.OPENED_FOR_READING));
    }

    /**
     * Why saves are kept in the journal beside the project file and not yet in the file itself (a full disk stopped
     * the checkpoint); empty when the file holds them. Still answers once the project is closed.
     */
    public java.util.Optional<String> journalNotFolded() {
        return project.store.journalNotFolded();
    }

    /**
     * The newest backup that passes the full check, when the file itself was found damaged on opening (its header or
     * SQLite's quick check): the way back. Empty when the file passed, for a team project, or when no backup is sound.
     */
    public Optional<BackupSummary> soundBackupOfDamagedFile() {
        return readOnlyCause().filter(ReadOnlyCause.DAMAGED::equals).isPresent() ? Backups.newestSound(project.file())
                : Optional.empty();
    }

    /** Backups of this project (docs/backups.md). */
    public Backups backups() {
        return project.backups;
    }

    /** How many coded passages the project holds, of every coder. */
    public int passageCount() {
        return project.segmentCache.all().size();
    }

    /** SQLite's quick check of the project file: "ok" when sound. */
    public String quickCheck() {
        return project.store.quickCheck();
    }

    /**
     * Notices changes other programs (the command line, another window) commit to the project file,
     * polling every {@code interval} while this process is idle: caches are reloaded and every
     * {@link ProjectEvent} is fired, on the polling thread, so views refresh.
     */
    public void watchOutsideChanges(java.time.Duration interval) {
        project.watchOutsideChanges(interval);
    }

    /** SQLite's integrity check of the project file: "ok" when sound. */
    public String integrityCheck() {
        return project.store.integrityCheck();
    }

    /**
     * Starts loading, on a background thread, what the first search and the first matrix need (every passage,
     * word counts, the search index, the query and matrix code), so the first click answers as fast as later
     * ones. For a window; a one-shot command does not call it.
     */
    public void warmUp() {
        warmUp.start();
    }

    /** Waits up to {@code millis} for {@link #warmUp()} to finish; true if it has (or was never started). */
    public boolean awaitWarmUp(long millis) {
        return warmUp.await(millis);
    }

    /**
     * Makes closing write, in short transactions, the packed copy of every document's passages that the next opening
     * would otherwise read row by row (decision 34): for the project the user works in, closed by the window or by a
     * command that wrote to it; never asked for a file opened to merge from, copied or backed up. Nothing is written
     * to a project open read-only or on a team server.
     */
    public void packPassagesOnClose() {
        project.packPassagesOnClose = true;
    }

    /** How many documents' passages closing packed ({@link #packPassagesOnClose}); 0 before it is closed. */
    public int documentsPackedOnClose() {
        return project.documentsPackedOnClose;
    }

    /** Whether this session committed anything to the project (a command that wrote). */
    public boolean wroteThisSession() {
        return project.store.commits() > 0;
    }

    /**
     * Closes the project once. A second close (a signal's, on a thread of its own, beside the window's) waits for the
     * first to end and does nothing more: closing the store under the first one's packs of passages failed them, each
     * logged with its trace, and a close that returned at once would let the program end before the first finished.
     */
    @Override
    public void close() {
        synchronized (closing) {
            if (closed) {
                return;
            }
            closed = true;
            warmUp.stop();
            project.close();
            LogNames.forget(project);
            search.release();
        }
    }
}
