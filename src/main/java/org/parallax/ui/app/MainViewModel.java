package org.parallax.ui.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.parallax.ui.assistant.AssistantViewModel;
import org.parallax.ui.memos.MemoViewModel;
import org.parallax.ui.memos.MemosViewModel;
import org.parallax.ui.tracing.TracingViewModel;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.parallax.ui.analysis.AnalysisFilter;
import org.parallax.ui.analysis.AnalysisViewModel;
import org.parallax.ui.analysis.TimelineViewModel;
import org.parallax.ui.backups.BackupsViewModel;
import org.parallax.ui.codebook.CodebookNode;
import org.parallax.ui.codebook.CodebookViewModel;
import org.parallax.ui.coding.DocumentViewModel;
import org.parallax.ui.coding.OpenDocument;
import org.parallax.ui.coding.SearchMarks;
import org.parallax.ui.coding.TextRange;
import org.parallax.ui.common.ErrorMessages;
import org.parallax.ui.common.ProjectContext;
import org.parallax.ui.common.TeamProjectRequest;
import org.parallax.ui.documents.DocumentRow;
import org.parallax.ui.documents.DocumentsViewModel;
import org.parallax.ui.documents.ImportViewModel;
import org.parallax.ui.documents.MetadataViewModel;
import org.parallax.ui.exchange.ExchangeViewModel;
import org.parallax.ui.lens.GuideViewModel;
import org.parallax.ui.lens.LensViewModel;
import org.parallax.ui.lens.SplitLensViewModel;
import org.parallax.ui.passages.PassagesViewModel;
import org.parallax.ui.search.AutoCodeViewModel;
import org.parallax.ui.search.SearchViewModel;
import org.parallax.ui.table1.Table1ViewModel;
import org.parallax.workbench.BuildInfo;
import org.parallax.workbench.BundledSample;
import org.parallax.workbench.DocumentsFolder;
import org.parallax.workbench.Team;
import org.parallax.model.Document;
import org.parallax.model.ParallaxException;
import org.parallax.workbench.Outcome;
import org.parallax.workbench.ProjectFromQdpx;
import org.parallax.workbench.RestoreWaitNotice;
import org.parallax.workbench.ProjectEvent;
import org.parallax.workbench.Workbench;

/** The whole window's state: the open project, the feature view-models wired together, undo and status. */
public final class MainViewModel {
    private static final System.Logger LOG = System.getLogger(MainViewModel.class.getName());
    private static final java.time.Duration OUTSIDE_CHANGE_POLL = java.time.Duration.ofMillis(500);
    private final ProjectContext context;
    private final SettingsFile settingsFile;
    private Settings settings;
    /** Where the reopened project's last document was read: it opens there, once. */
    private PlaceRead resume;
    /** The settings last handed to the file, so a settled place already written is not written again. */
    private Settings written;
    /**
     * Counts the projects asked for and the closes, on the JavaFX thread: an opening that finishes after the project
     * was closed or another asked for is closed again, not shown (it came back after File → Close, and at a test's
     * end it stayed open with its watcher running).
     */
    private long asked;
    /** Whether a project asked for is still opening (on the JavaFX thread): the start page is then on its way out. */
    private boolean stillOpening;
    private final DocumentsViewModel documents;
    private final MetadataViewModel metadata;
    private final ImportViewModel importer;
    private final DocumentViewModel document;
    private final CodebookViewModel codebook;
    private final PassagesViewModel passages;
    private final Table1ViewModel table1;
    private final AnalysisFilter analysisFilter = new AnalysisFilter();
    private final AnalysisViewModel analysis;
    private final TimelineViewModel timeline;
    private final UndoViewModel undo;
    private final StatusViewModel status;
    private final CoderViewModel coder;
    private final SearchViewModel search;
    private final AutoCodeViewModel autoCode;
    private final LensViewModel lens;
    private final SplitLensViewModel splitLens;
    private final GuideViewModel guide;
    private final BackupsViewModel backups;
    private final ExchangeViewModel exchange;
    private final ObservableList<String> recentProjects = FXCollections.observableArrayList();
    /**
     * The recent projects whose file is not where the list says (moved, renamed, on a drive not plugged in), as last
     * looked at in the background: the start page and File → Recent projects grey them out.
     */
    private final ObservableSet<String> recentGone = FXCollections.observableSet();
    /** What File → Open team project… was last given in this window, refused or not; null before. */
    private TeamProjectRequest teamProjectAsked;
    private final MemoViewModel memo;
    private final SaveNow saveNow;
    private final MemosViewModel memos;
    private final TracingViewModel tracing;
    private final AssistantViewModel assistant;
    private final StringProperty title = new SimpleStringProperty("Parallax");
    /** Why "Open the sample" cannot work here, or "" when it can. */
    private final StringProperty sampleUnavailable = new SimpleStringProperty("");
    /** What the start page says about the project it did not open (the last one, moved away), or "". */
    private final StringProperty startPageNotice = new SimpleStringProperty("");
    private java.util.function.Supplier<Optional<Path>> shippedSample = () -> BundledSample.shipped(Path.of(""));
    private java.util.function.Supplier<Path> documentsFolder = DocumentsFolder::ofCurrentUser;
    private final BooleanProperty open = new SimpleBooleanProperty(false);
    private final ChooserFolders chooserFolders;
    private final RecentGone recentChecks;
    /** Whether a project file is there: asked off the JavaFX thread only (a drive that stopped answering hangs it). */
    private final java.util.function.Predicate<Path> isFile;

    public MainViewModel(ProjectContext context, SettingsFile settingsFile) {
        this(context, settingsFile, Files::isDirectory);
    }

    /** {@code isFolder} answers whether a folder exists, for the choosers' folders (a test's may hang). */
    MainViewModel(ProjectContext context, SettingsFile settingsFile, java.util.function.Predicate<Path> isFolder) {
        this(context, settingsFile, isFolder, Files::isRegularFile);
    }

    /** {@code isFile} answers whether a recent project's file is there (a test's may hang). */
    MainViewModel(ProjectContext context, SettingsFile settingsFile, java.util.function.Predicate<Path> isFolder,
                  java.util.function.Predicate<Path> isFile) {
        this.context = context;
        this.settingsFile = settingsFile;
        this.settings = settingsFile.load();
        this.isFile = isFile;
        this.chooserFolders = new ChooserFolders(context.tasks(), this::remembered, isFolder);
        recentProjects.setAll(settings.recentProjects());
        this.recentChecks = new RecentGone(context.tasks(), () -> recentProjects, isFile, recentGone);
        recentProjects.addListener((javafx.collections.ListChangeListener<String>) c -> recentChecks.check());
        recentChecks.check();
        // Construction order is event order: the highlight and Table 1 refresh first after coding.
        document = new DocumentViewModel(context);
        table1 = new Table1ViewModel(context);
        documents = new DocumentsViewModel(context);
        metadata = new MetadataViewModel(context, documents.selectedProperty(), documents.chosenRows());
        importer = new ImportViewModel(context);
        document.snapToWordsProperty().set(settings.snapToWords());
        document.snapToWordsProperty().addListener((o, was, now) -> saveSettings(settings.withSnapToWords(now)));
        codebook = new CodebookViewModel(context);
        passages = new PassagesViewModel(context);
        undo = new UndoViewModel(context);
        status = new StatusViewModel(context);
        coder = new CoderViewModel(context);
        search = new SearchViewModel(context);
        autoCode = new AutoCodeViewModel(context, search);
        // The tabs' exports go through File → Export's one flow: the status bar says where each went.
        exchange = new ExchangeViewModel(context);
        // Table 1 is written as its tab shows it: over the layer the researcher chose there (ADR 0019).
        exchange.setTable1Layers(() -> table1.layers().choice());
        // Kept across runs: a restart must not hand on names because the tick was gone.
        exchange.pseudonymiseEveryExportProperty().set(settings.pseudonymiseExports());
        exchange.pseudonymiseEveryExportProperty().addListener(
                (o, was, now) -> saveSettings(settings.withPseudonymiseExports(now)));
        analysis = new AnalysisViewModel(context, analysisFilter, exchange::exportCounts);
        timeline = new TimelineViewModel(context, analysisFilter, exchange::exportCounts);
        lens = new LensViewModel(context, document);
        splitLens = new SplitLensViewModel(context, document);
        guide = new GuideViewModel(context);
        memo = new MemoViewModel(context);
        // The import's bar names the file being read; the exchange's what runs ("Writing passages.csv…").
        saveNow = new SaveNow(context, metadata, memo, status, () -> importer.runningProperty().get()
                ? "Importing documents" : exchange.runningProperty().get() ? exchange.messageProperty().get() : "");
        memos = new MemosViewModel(context, exchange::exportCounts);
        tracing = new TracingViewModel(context, exchange::exportCounts);
        assistant = new AssistantViewModel(context, document);
        tracing.setOpener(this::openPassage);
        document.setEvidenceHandler(tracing::useAsEvidence);
        backups = new BackupsViewModel(context);
        backups.setReopener(this::reopenAfter);
        wire();
        wireMemos();
        refreshSample();
        chooserFolders.check();
    }

    /** The memo pane follows the open document, the selected code and the passage at the selection. */
    private void wireMemos() {
        documents.selectedProperty().addListener((o, was, now) ->
                memo.documentIdProperty().set(now == null ? null : now.id()));
        codebook.selectedProperty().addListener((o, was, now) -> memo.codeIdProperty().set(
                now != null && now.kind() == CodebookNode.Kind.CODE ? Long.valueOf(now.id()) : null));
        document.selectionProperty().addListener((o, was, now) -> memo.passageIdProperty().set(selectedPassage()));
        document.documentProperty().addListener((o, was, now) -> memo.passageIdProperty().set(selectedPassage()));
        memos.setOpener(row -> {
            if (row.kind().equals("passage")) {
                context.read(wb -> wb.coding().segment(row.targetId()),
                        s -> openPassage(s.documentId(), s.start(), s.end()));
            } else if (row.documentId() != null) {
                openPassage(row.documentId(), 0, 0);
            }
        });
    }

    /** The passage the selection covers exactly, else the innermost passage at the caret; null when none. */
    private Long selectedPassage() {
        var range = document.selectionProperty().get();
        if (range == null) {
            return null;
        }
        var at = document.passagesAt(range.start());
        for (var s : at) {
            if (s.start() == range.start() && s.end() == range.end()) {
                return s.id();
            }
        }
        return range.isEmpty() && !at.isEmpty() ? at.get(0).id() : null;
    }

    public MemoViewModel memo() {
        return memo;
    }

    public MemosViewModel memos() {
        return memos;
    }

    private void wire() {
        documents.selectedProperty().addListener((o, was, now) -> {
            Workbench wb = context.workbench();
            if (now != null && wb != null && !Long.valueOf(now.id()).equals(settings.lastDocuments()
                    .get(wb.location()))) {
                // Written at once (in the background): after a crash the window reopened on the document remembered
                // at the last close, not the one being read.
                saveSettings(settings.withLastDocument(wb.location(), now.id()));
            }
            PlaceRead from = resume;
            resume = null;
            if (now == null) {
                document.clear();
            } else if (was == null || was.id() != now.id()) {
                if (from != null && from.document() == now.id() && from.selection() != null) {
                    document.reveal(now.id(), from.selection().start(), from.selection().end());
                } else if (from != null && from.document() == now.id()) {
                    document.showFrom(now.id(), from.offset());
                } else {
                    document.show(now.id());
                }
                passages.showDocument(now.id(), now.title());
            }
        });
        document.firstShownProperty().addListener((o, was, now) -> {
            Workbench wb = context.workbench();
            OpenDocument open = document.documentProperty().get();
            Long last = wb == null ? null : settings.lastDocuments().get(wb.location());
            if (open != null && last != null && last == open.id()) {
                // Remembered in memory at every frame of a scroll; written once it settles (keepReadingPlace).
                settings = settings.withReadingPlace(wb.location(), now.intValue());
            }
        });
        importer.setOpener(documents::selectWhenListed);
        exchange.setOpener(documents::selectWhenListed);
        // The status bar's last result is the last import's, export's or undo's report, whichever came last.
        importer.lastReportProperty().addListener((o, was, now) -> status.lastResultProperty().set(now));
        exchange.lastReportProperty().addListener((o, was, now) -> status.lastResultProperty().set(now));
        backups.lastReportProperty().addListener((o, was, now) -> status.lastResultProperty().set(now));
        undo.setOnStep(status.lastResultProperty()::set);
        undo.setOnPassage(passage -> openPassage(passage.documentId(), passage.start(), passage.end()));
        guide.setOpener(anchor -> openPassage(anchor.documentId(), anchor.start(), anchor.end()));
        codebook.selectedProperty().addListener((o, was, now) -> guide.show(now));
        codebook.selectedProperty().addListener((o, was, now) -> {
            if (now != null && now.kind() == CodebookNode.Kind.CODE) {
                passages.showCode(now.id(), now.name());
            } else if (now == null && documents.selectedProperty().get() != null) {
                passages.showDocument(documents.selectedProperty().get().id(),
                        documents.selectedProperty().get().title());
            }
        });
        passages.setOpener(row -> openPassage(row.segment().documentId(), row.segment().start(),
                row.segment().end()));
        search.setOpener(hit -> {
            openPassage(hit.documentId(), hit.start(), hit.end());
            document.searchMarksProperty().set(new SearchMarks(hit.documentId(), search.hitsIn(hit.documentId())
                    .stream().map(h -> new TextRange(h.start(), h.end())).toList()));
        });
        context.workbenchProperty().addListener((o, was, now) -> {
            open.set(now != null);
            chooserFolders.check();
            if (now != null) {
                startPageNotice.set("");
            }
            title.set(title(now));
        });
        context.onEvent(event -> {
            if (event == ProjectEvent.ROLE) {
                title.set(title(context.workbench()));
            }
        });
    }

    /** The window's title: the project and, on a team project, the role the session has now. */
    private static String title(Workbench wb) {
        return wb == null ? "Parallax" : "Parallax — " + wb.displayName()
                + wb.teamRole().map(role -> " (" + role + ")").orElse("");
    }

    /** Shows a passage: selects its document in the list and selects the passage in the text. */
    /** The Process tracing tab: hypotheses, evidence and the ledger. */
    public AssistantViewModel assistant() {
        return assistant;
    }

    public TracingViewModel tracing() {
        return tracing;
    }

    public void openPassage(long documentId, int start, int end) {
        document.searchMarksProperty().set(SearchMarks.NONE);
        document.reveal(documentId, start, end);
        if (documents.selectedProperty().get() == null || documents.selectedProperty().get().id() != documentId) {
            documents.find(documentId).ifPresent(row -> {
                passages.showDocument(row.id(), row.title());
                documents.selectedProperty().set(row);
            });
        }
    }

    /** The document chosen in the list and the place read in it, its selection if one is shown; null with none. */
    PlaceRead placeRead() {
        DocumentRow row = documents.selectedProperty().get();
        OpenDocument shown = document.documentProperty().get();
        TextRange selected = document.selectionProperty().get();
        return row == null ? null : new PlaceRead(row.id(), document.firstShownProperty().get(),
                shown != null && shown.id() == row.id() && selected != null && !selected.isEmpty() ? selected : null);
    }

    /**
     * Shows {@code place} again, unless it is still shown: its document chosen in the list and opened with the
     * selection in view, or with the text from the offset read; search hits are no longer marked.
     */
    void returnTo(PlaceRead place) {
        if (place.equals(placeRead())) {
            return;
        }
        document.searchMarksProperty().set(SearchMarks.NONE);
        DocumentRow row = documents.selectedProperty().get();
        if (row == null || row.id() != place.document()) {
            // The list's choice opens the document, at the place resumed (wire()).
            resume = place;
            documents.find(place.document()).ifPresentOrElse(documents.selectedProperty()::set, () -> resume = null);
        } else if (place.selection() != null) {
            document.reveal(place.document(), place.selection().start(), place.selection().end());
        } else {
            document.showFrom(place.document(), place.offset());
        }
    }

    /**
     * Opens a project file; one that is too damaged to open is offered its newest sound backup in its place, one that
     * another program is writing to is offered read-only.
     */
    public void open(Path file) {
        switchTo(file.toAbsolutePath().toString(), () -> Workbench.open(file), () -> {
        }, error -> {
            if (Workbench.writtenElsewhere(error)) {
                offerReadOnly(file, error);
            } else {
                backups.offerRestoreAfterFailedOpen(file, error, () -> open(file));
            }
        });
    }

    /**
     * Another program held the project's write lock past the wait: it can still be read. It was refused alone, the
     * researcher left with nothing to read until that program finished.
     */
    private void offerReadOnly(Path file, Throwable refusal) {
        if (context.dialogs().confirm("Open read-only", ErrorMessages.of(refusal) + "\n\nOpen it read-only? You can "
                + "read, search and export it; no change can be made in it. To make changes, open it again once that "
                + "program has finished.")) {
            switchTo(file.toAbsolutePath().toString(), () -> Workbench.openWhileWrittenElsewhere(file));
        }
    }

    /**
     * Opens a team project by its URL as {@code user} (blank: the URL's user, else PGUSER, else the system user).
     * Everything that talks to the server runs in the background; the password is asked for, on the UI thread,
     * only when PGPASSWORD and ~/.pgpass have none, and is kept by nobody but the open project's session.
     */
    public void openTeam(String url, String user) {
        switchTo(url.strip(), () -> {
            String location = Workbench.asUser(url.strip(), user == null || user.isBlank() ? null : user.strip());
            return Workbench.open(location, () -> askPassword(location));
        });
    }

    /** Opens a project from the recent list: a project file's path or a team project's URL. */
    public void openRecent(String location) {
        if (Team.isTeamUrl(location)) {
            openTeam(location, null);
        } else {
            open(Path.of(location));
        }
    }

    /**
     * Opens the team project File → Open team project… was given, and keeps what was typed there: a URL the server
     * or the parser refuses is offered again for correcting, not lost.
     */
    public void openTeam(TeamProjectRequest asked) {
        teamProjectAsked = asked;
        openTeam(asked.url(), asked.user());
    }

    /**
     * What File → Open team project… starts from: what it was last given in this window, else the most recent team
     * project's URL, else nothing.
     */
    public TeamProjectRequest teamProjectToSuggest() {
        return teamProjectAsked != null ? teamProjectAsked
                : new TeamProjectRequest(recentProjects.stream().filter(Team::isTeamUrl).findFirst().orElse(""), "");
    }

    /** Asks on the UI thread while the background thread that opens the project waits for the answer. */
    private char[] askPassword(String location) {
        java.util.concurrent.CompletableFuture<char[]> answer = new java.util.concurrent.CompletableFuture<>();
        context.tasks().onUi(() -> answer.complete(context.dialogs().askPassword("Open team project",
                "Password for " + location + ":").orElse(null)));
        char[] password;
        try {
            password = answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            password = null;
        } catch (java.util.concurrent.ExecutionException e) {
            password = null;
        }
        if (password == null) {
            throw new ParallaxException(location + ": no password given; nothing was opened");
        }
        return password;
    }

    /**
     * Opens the sample project that ships with Parallax as the researcher's own copy in their documents folder
     * (copied there first if absent), never the shipped file itself; a copy made earlier opens even where this
     * installation has no sample.
     */
    public void openSample() {
        Optional<Path> shipped = shippedSample.get();
        Path documents = documentsFolder.get();
        switchTo("the sample", () -> Workbench.open(BundledSample.researchersCopy(shipped, documents)));
    }

    /** Copies {@code shipped} into {@code documentsFolder}/Parallax unless a copy is there, then opens the copy. */
    public void openSample(Path shipped, Path documentsFolder) {
        switchTo("the sample", () -> Workbench.open(BundledSample.copyInto(shipped, documentsFolder)));
    }

    /** Where "Open the sample" looks for the shipped sample and the researcher's copy (tests point it elsewhere). */
    public void locateSample(java.util.function.Supplier<Optional<Path>> shipped,
                             java.util.function.Supplier<Path> documents) {
        this.shippedSample = shipped;
        this.documentsFolder = documents;
        refreshSample();
        chooserFolders.check();
    }

    /** Whether a project file is there, as this window asks it (a test's may hang): never on the JavaFX thread. */
    java.util.function.Predicate<Path> isFile() {
        return isFile;
    }

    /** Says {@code line} on the start page until a project opens. */
    void sayOnTheStartPage(String line) {
        startPageNotice.set(line);
    }

    public ReadOnlyStringProperty startPageNoticeProperty() {
        return startPageNotice;
    }

    /** Why "Open the sample" cannot work here, or "" when it can; checked again whenever a project closes. */
    public ReadOnlyStringProperty sampleUnavailableProperty() {
        return sampleUnavailable;
    }

    private void refreshSample() {
        java.util.function.Supplier<Optional<Path>> shipped = shippedSample;
        java.util.function.Supplier<Path> documents = documentsFolder;
        // off the UI thread: looking inside the jar reads it
        context.run(() -> BundledSample.unavailable(shipped.get(), documents.get()).orElse(""),
                sampleUnavailable::set);
    }

    /** Creates a project with the Table 1 codebook template, the study's default. */
    public void create(Path file) {
        create(file, true);
    }

    /**
     * Creates a project, with the Table 1 codebook template or with an empty codebook, then asks who codes in it: the
     * passages coded are recorded under that name, which was the computer's login name without a word.
     */
    public void create(Path file, boolean table1Template) {
        switchTo(file.toAbsolutePath().toString(), () -> {
            Workbench made = table1Template
                    ? Workbench.createWithTemplate(file, Workbench.STUDY_TEMPLATE) : Workbench.create(file, null);
            // Made here and asked here: the login name kept is this computer's choice, not a name from elsewhere.
            made.keepCoderHere();
            return made;
        }, coder::askWhoCodes);
    }

    /**
     * A REFI-QDA project (.qdpx) opened from the file manager: a new project made for it beside it (or in the
     * documents folder), opened, and the import's report shown as File → Import shows it.
     */
    public void openQdpx(Path qdpx, Path documentsFolder) {
        AtomicReference<Outcome> report = new AtomicReference<>();
        switchTo(qdpx.toAbsolutePath().toString(), () -> {
            ProjectFromQdpx.Made made = ProjectFromQdpx.create(qdpx,
                    ProjectFromQdpx.location(qdpx, documentsFolder, shippedSample.get()));
            report.set(made.outcome());
            return made.workbench();
        }, () -> context.dialogs().showInformation("Import " + qdpx.getFileName(),
                "New project " + context.workbench().location() + "\n" + report.get().text()));
    }

    /**
     * Closes the project file, runs {@code change} on it in the background (a backup restored in its place) and opens
     * it again at the document the user was reading, its place and selection, when the changed file holds that
     * document with the same text; else at its first document. A change that failed is shown after the reopening,
     * instead of {@code done}.
     */
    void reopenAfter(Runnable change, Runnable done) {
        Workbench current = context.workbench();
        if (current == null) {
            return;
        }
        Path file = current.file();
        DocumentRow row = documents.selectedProperty().get();
        PlaceRead reading = placeRead();
        String readText = row == null ? null : row.document().contentHash();
        // Chosen again once reopened only if the file still holds that text: after a restore, its id may name another.
        settings = settings.withoutLastDocument(current.location());
        // The query's lines were the file's before the change; kept, the query would stand over none or other ones.
        search.queryProperty().set("");
        close();
        AtomicReference<ParallaxException> failed = new AtomicReference<>();
        AtomicBoolean stillThere = new AtomicBoolean();
        switchTo(file.toAbsolutePath().toString(), () -> {
            try {
                change.run();
            } catch (ParallaxException e) {
                failed.set(e);
            }
            Workbench reopened = Workbench.open(file);
            stillThere.set(reading != null && reopened.documents().get(reading.document())
                    .filter(d -> d.contentHash().equals(readText)).isPresent());
            return reopened;
        }, () -> {
            if (stillThere.get()) {
                resume = reading;
                documents.selectWhenListed(reading.document());
            }
            if (failed.get() != null) {
                context.fail(failed.get());
            } else {
                done.run();
            }
        });
    }

    /** Opens a project in the background; {@code what} names it in the status bar meanwhile. */
    private void switchTo(String what, java.util.concurrent.Callable<Workbench> opening) {
        switchTo(what, opening, () -> {
        });
    }

    private void switchTo(String what, java.util.concurrent.Callable<Workbench> opening, Runnable afterOpening) {
        switchTo(what, opening, afterOpening, context::fail);
    }

    private void switchTo(String what, java.util.concurrent.Callable<Workbench> opening, Runnable afterOpening,
                          java.util.function.Consumer<Throwable> failed) {
        status.opening(what);
        long ask = ++asked;
        stillOpening = true;
        Settings known = settings;
        AtomicReference<PlaceRead> readElsewhere = new AtomicReference<>();
        context.tasks().run(() -> {
            Workbench opened = RestoreWaitNotice.telling(line -> context.tasks().onUi(() -> {
                if (ask == asked) {
                    status.waitingForRestore(line);
                }
            }), opening::call);
            // Coding, imports and codebook changes made by the command line or another window show here.
            opened.watchOutsideChanges(OUTSIDE_CHANGE_POLL);
            // Written as the window lets the project go, when no click waits for it: the next opening is faster.
            opened.packPassagesOnClose();
            if (!known.lastDocuments().containsKey(opened.location())) {
                readElsewhere.set(placeByText(opened, known.placesByText()));
            }
            return opened;
        }, wb -> {
            if (ask != asked) {
                context.run(() -> {
                    wb.close();
                    return null;
                }, done -> {
                });
                return;
            }
            StartupLog.step("project open");
            close();
            asked = ask;
            stillOpening = false;
            context.setWorkbench(wb);
            String path = wb.location();
            Long last = settings.lastDocuments().get(path);
            if (last != null) {
                Long place = settings.readingPlaces().get(path);
                resume = place == null ? null : new PlaceRead(last, place.intValue(), null);
                documents.selectWhenListed(last);
            } else if (readElsewhere.get() != null) {
                resume = readElsewhere.get();
                documents.selectWhenListed(resume.document());
            }
            saveSettings(settings.withProject(path));
            recentProjects.setAll(settings.recentProjects());
            // The first search and the first matrix then answer without loading anything on the click. Queued
            // on the one background thread after the views' first reads (documents, codebook, text, Table 1),
            // so on two cores the warm-up does not compete with filling the window (docs/performance.md).
            context.read(opened -> {
                StartupLog.step("views read the project");
                opened.warmUp();
                return opened;
            }, opened -> {
            });
            afterOpening.run();
        }, error -> {
            if (ask == asked) {
                stillOpening = false;
            }
            status.openFailed();
            failed.accept(error);
        });
    }

    /**
     * The latest place read in a text this project holds (a project moved, copied or opened from a USB stick, which
     * its new path does not name): its document and offset; null when it holds none of the texts read.
     */
    private static PlaceRead placeByText(Workbench wb, Map<String, Long> placesByText) {
        if (placesByText.isEmpty()) {
            return null;
        }
        Map<String, Long> documentOfText = new HashMap<>();
        for (Document d : wb.documents().list()) {
            documentOfText.putIfAbsent(d.contentHash(), d.id());
        }
        PlaceRead latest = null;
        for (Map.Entry<String, Long> place : placesByText.entrySet()) {
            Long document = documentOfText.get(place.getKey());
            if (document != null) {
                latest = new PlaceRead(document, place.getValue().intValue(), null);
            }
        }
        return latest;
    }

    /**
     * Whether the window shows its start page only: no project open and none opening. Such a window takes a project
     * file double-clicked while it runs, rather than a second window starting for it.
     */
    public boolean showsTheStartPageOnly() {
        return context.workbench() == null && !stillOpening;
    }

    /** File → Save: saves what is still being typed; everything else was saved when it was made. */
    public void save() {
        saveNow.run();
    }

    public void close() {
        asked++;
        stillOpening = false;
        Workbench previous = context.workbench();
        if (previous != null) {
            // Queued before the close, which waits for them, so what was just typed is saved first.
            memo.flushAll();
            metadata.flushClosing();
            saveSettings(withPlaceInText());
            context.setWorkbench(null);
            // After all: a running import or export ends before the project is closed under it.
            context.runAfterAll(() -> {
                previous.close();
                return null;
            }, done -> {
            });
            // the start page shows again: a copy of the sample, or a recent project, may have appeared or gone since
            refreshSample();
            refreshRecent();
        } else {
            // closed while a project was opening: not "Opening …" any more
            status.openFailed();
        }
    }

    /** The open project's file name without extension, for suggested export names; "project" when none. */
    public String projectName() {
        Workbench wb = context.workbench();
        return wb == null ? "project" : wb.file().getFileName().toString().replaceFirst("\\.parallax$", "");
    }

    /** Help → About: version, licence, and where settings and the log live. */
    public String about() {
        return BuildInfo.current().describe() + "\n"
                + "Theory-driven qualitative coding of documents.\n\n"
                + "Licence: Apache License 2.0\n"
                + "Settings: " + settingsFile.file().toAbsolutePath() + "\n"
                + "Log: " + ErrorLog.file().map(p -> p.toAbsolutePath().toString()).orElse("not written");
    }

    public void saveLayout(double width, double height, List<Double> dividers) {
        saveSettings(settings.withLayout(width, height, dividers));
    }

    /** Writes in the background, in order after earlier saves (one background thread), never on the UI thread. */
    /** Remembers that the column {@code key} ("tableId/Column") was shown or hidden with its list's column menu. */
    public void columnShown(String key, boolean shown) {
        saveSettings(settings.withColumn(key, shown));
    }

    /**
     * Writes where the open document is read, by the project's path and by the document's text; the window calls it
     * a moment after the place stops changing. Written only on closing, the place was lost to a crash or kill -9, and
     * the researcher came back to the top of a 60-page transcript; kept by path alone, it was lost to a project
     * moved or copied to another folder or a USB stick.
     */
    public void keepReadingPlace() {
        Settings next = withPlaceInText();
        if (!next.equals(written)) {
            saveSettings(next);
        }
    }

    /** The settings with the open document's place also kept by its text, when there is a place. */
    private Settings withPlaceInText() {
        Workbench wb = context.workbench();
        DocumentRow row = documents.selectedProperty().get();
        Long last = wb == null ? null : settings.lastDocuments().get(wb.location());
        Long place = wb == null ? null : settings.readingPlaces().get(wb.location());
        if (row == null || last == null || place == null || last != row.id() || row.document() == null) {
            return settings;
        }
        return settings.withPlaceInText(row.document().contentHash(), place);
    }

    private void saveSettings(Settings next) {
        settings = next;
        written = next;
        context.tasks().run(() -> {
            settingsFile.saveOver(next);
            return null;
        }, done -> {
        }, failure -> LOG.log(System.Logger.Level.WARNING, "Could not save settings", failure));
    }

    public SettingsFile settingsFile() {
        return settingsFile;
    }

    /**
     * Where a file chooser starts: the folder of the file last chosen in one, while it exists; else the open
     * project's folder, where a second coder's copy is usually put back to be merged; else the user's documents
     * folder (never the folder Parallax happened to be started from, nor the home folder while a project is open).
     * As the last check in the background found it ({@link ChooserFolders}): the JavaFX thread asks no file system.
     */
    public Path chooserFolder() {
        return chooserFolders.chooser();
    }

    /**
     * Where an export chooser starts: the folder the open project's last export went to, while it exists; else the
     * open project's folder; else where other choosers start. Kept apart from {@link #chooserFolder()} so exports do
     * not land among the documents last imported, and per project: the last export of another project opened its
     * results folder, where this project's files were then saved among that project's.
     */
    public Path exportFolder() {
        return chooserFolders.export();
    }

    /** What the choosers' folders are found from, as they stand now (on the JavaFX thread). */
    private ChooserFolders.Remembered remembered() {
        Workbench open = context.workbench();
        Path projectFolder = open == null || Workbench.isTeamProject(open.location()) ? null
                : open.file().toAbsolutePath().getParent();
        String exportFolder = open == null ? null : settings.exportFolders().get(open.location());
        return new ChooserFolders.Remembered(settings.lastFolder(), exportFolder, projectFolder, documentsFolder);
    }

    /** Remembers the folder of {@code chosen}, a file an export was saved to, for the open project's next export. */
    public void exportChooserUsed(Path chosen) {
        Workbench open = context.workbench();
        Path folder = chosen.toAbsolutePath().getParent();
        if (open != null && folder != null
                && !folder.toString().equals(settings.exportFolders().get(open.location()))) {
            saveSettings(settings.withExportFolder(open.location(), folder.toString()));
            chooserFolders.check();
        }
    }

    /**
     * After a native file chooser closed: the open project file takes its locks again, in the background. The
     * chooser read the files of the folders it showed, the project's own among them, which dropped them (see
     * {@link org.parallax.workbench.Workbench#retakeFileLocks()}).
     */
    public void fileChooserClosed() {
        if (context.workbench() != null) {
            context.read(wb -> {
                wb.retakeFileLocks();
                return Boolean.TRUE;
            }, done -> {
            });
        }
    }

    /** Remembers the folder of {@code chosen}, a file picked in a file chooser, for the next chooser. */
    public void chooserUsed(Path chosen) {
        Path folder = chosen.toAbsolutePath().getParent();
        if (folder != null && !folder.toString().equals(settings.lastFolder())) {
            saveSettings(settings.withLastFolder(folder.toString()));
            chooserFolders.check();
        }
    }

    public Settings settings() {
        return settings;
    }

    public ProjectContext context() {
        return context;
    }

    public DocumentsViewModel documents() {
        return documents;
    }

    public MetadataViewModel metadata() {
        return metadata;
    }

    public ImportViewModel importer() {
        return importer;
    }

    public DocumentViewModel document() {
        return document;
    }

    public CodebookViewModel codebook() {
        return codebook;
    }

    public PassagesViewModel passages() {
        return passages;
    }

    public Table1ViewModel table1() {
        return table1;
    }

    public AnalysisViewModel analysis() {
        return analysis;
    }

    public TimelineViewModel timeline() {
        return timeline;
    }

    public UndoViewModel undo() {
        return undo;
    }

    public SearchViewModel search() {
        return search;
    }

    public AutoCodeViewModel autoCode() {
        return autoCode;
    }

    public CoderViewModel coder() {
        return coder;
    }

    /**
     * Codes the selected text with a code (double-click, Enter or Code selection in the codebook). With no text
     * selected the status bar says what to do first: the gesture did nothing and said nothing, to a new user's
     * confusion.
     */
    public boolean codeSelection(long codeId) {
        boolean coding = document.codeSelection(codeId);
        if (!coding) {
            sayNothingIsSelected();
        }
        return coding;
    }

    /**
     * Codes the selected text with the code of key {@code digit} (1-9); with no text selected, where a code has that
     * key, the status bar says what to do first, as for the codebook's gestures (the key did nothing and said
     * nothing). A key no code has stays silent: it may have been meant for something else.
     */
    public boolean codeWithShortcut(int digit) {
        boolean coding = document.codeWithShortcut(digit);
        if (!coding && document.hasCodeOfKey(digit)) {
            sayNothingIsSelected();
        }
        return coding;
    }

    /**
     * Selects the open document's next passage ({@code forward}) or the one before, as F8 and Shift+F8 do; at the last
     * (or first) the status bar says there is none further, and with no document open, what to open. True when a
     * passage was selected.
     */
    public boolean stepToPassage(boolean forward) {
        OpenDocument open = document.documentProperty().get();
        if (open == null) {
            status.lastResultProperty().set("No document is open: choose one in the documents list");
            return false;
        }
        if (document.stepToPassage(forward)) {
            return true;
        }
        status.lastResultProperty().set(open.passages().isEmpty() ? "“" + open.title() + "” has no passages shown"
                : "No passage " + (forward ? "after this place" : "before this place") + " in “" + open.title() + "”");
        return false;
    }

    private void sayNothingIsSelected() {
        status.lastResultProperty().set(document.documentProperty().get() == null
                ? "No document is open: choose one in the documents list, then select the text to code"
                : "No text is selected: drag over the passage (or Shift+arrow keys), then double-click the code, "
                + "press its key or Code selection");
    }

    public StatusViewModel status() {
        return status;
    }

    public ObservableList<String> recentProjects() {
        return recentProjects;
    }

    /**
     * Reads the settings file again, in the background, so projects another window opened since (it saves them there)
     * join this window's recent list after its own; called as the File menu opens. A second window's project was
     * listed in the first only after a restart.
     */
    public void refreshRecent() {
        context.tasks().run(settingsFile::load, onDisk -> {
            settings = settings.keepingRecentOf(onDisk);
            if (!recentProjects.equals(settings.recentProjects())) {
                recentProjects.setAll(settings.recentProjects());
            }
            // Looked at again each time: a project moved away since the list was filled stayed offered, and its
            // link answered with an error; one put back is offered again.
            recentChecks.check();
        }, failure -> LOG.log(System.Logger.Level.WARNING, "Could not read the settings", failure));
    }

    /**
     * The recent projects not found where they were when last looked at, in the background: as the window starts, as
     * the list changes, as the File menu opens and on closing.
     */
    public ObservableSet<String> recentGone() {
        return recentGone;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public BooleanProperty openProperty() {
        return open;
    }

    public LensViewModel lens() {
        return lens;
    }

    public SplitLensViewModel splitLens() {
        return splitLens;
    }

    /** File → Import, Export and Merge. */
    public ExchangeViewModel exchange() {
        return exchange;
    }

    public GuideViewModel guide() {
        return guide;
    }

    /** The read-only banner and File → Restore from backup…. */
    public BackupsViewModel backups() {
        return backups;
    }

    /** A document and where it was read: the offset at the top, or a selection (null when none) shown instead. */
    record PlaceRead(long document, int offset, TextRange selection) {
    }
}
