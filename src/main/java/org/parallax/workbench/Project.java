package org.parallax.workbench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.parallax.model.Coder;
import org.parallax.model.ContentHash;
import org.parallax.model.Counted;
import org.parallax.model.Document;
import org.parallax.model.Memo;
import org.parallax.model.MemoKind;
import org.parallax.model.Names;
import org.parallax.model.NotInProject;
import org.parallax.model.ParallaxException;
import org.parallax.model.Segment;
import org.parallax.model.SegmentColumns;
import org.parallax.model.TeamRole;
import org.parallax.model.TextLimits;
import org.parallax.search.IndexFolderReadOnlyException;
import org.parallax.search.IndexInUseException;
import org.parallax.search.IndexedDocument;
import org.parallax.search.SearchIndex;
import org.parallax.search.UnreadableTextException;
import org.parallax.store.CodebookStore;
import org.parallax.store.CoderStore;
import org.parallax.store.DocumentStore;
import org.parallax.store.MemoStore;
import org.parallax.store.OutsideChange;
import org.parallax.store.ProjectFile;
import org.parallax.store.ProjectSideFiles;
import org.parallax.store.ProjectStore;
import org.parallax.store.ProvenanceStore;
import org.parallax.store.SavedSearchStore;
import org.parallax.store.SegmentStore;
import org.parallax.store.SettingsStore;
import org.parallax.store.TeamUrl;
import org.parallax.store.TracingStore;
import org.parallax.store.UnreadablePageException;

/** An open project: its store, change listeners and the active coder. Package-private plumbing. */
final class Project implements AutoCloseable {
    static final String ACTIVE_CODER = "active_coder";
    static final String BLIND = "blind_mode";
    /** The login of the person at a computer who chose (in the window, or with `coders --active`) who codes there. */
    static final String CODER_CHOSEN_BY = "active_coder_chosen_by";
    /** The login the command line told, on its first coding command, who codes in the project: told, not chosen. */
    static final String CODER_TOLD_TO = "active_coder_told_to";

    final ProjectStore store;
    final DocumentStore documents;
    final CodebookStore codebook;
    final SegmentStore segments;
    final CoderStore coders;
    final SettingsStore settings;
    final SavedSearchStore savedSearches;
    final MemoStore memos;
    final TracingStore tracing;
    final ProvenanceStore provenance;
    final SegmentCache segmentCache;
    /** The document list, codebook and blind mode for reads outside a transaction (analyses, views, coding). */
    final ReadCache reads;
    final TextFacts textFacts;
    final IndexCatchUp indexCatchUp = new IndexCatchUp(this);
    final UndoHistory history = new UndoHistory();
    /**
     * The version of each versioned entry (key such as {@code code:12}) as this project instance last wrote it:
     * undo and redo are checked against it, so they never overwrite what another window or coder changed since.
     */
    final java.util.Map<String, Long> written = new java.util.concurrent.ConcurrentHashMap<>();
    final Backups backups = new Backups(this);
    /** Attributes marked sensitive in a project open read-only: kept until it is closed, never written. */
    final java.util.Set<String> sensitiveThisSession = new java.util.concurrent.CopyOnWriteArraySet<>();
    /** Whether every file written from now on carries pseudonyms instead of sensitive values (never stored). */
    volatile boolean pseudonymiseOutput;
    private final List<Consumer<ProjectEvent>> listeners = new CopyOnWriteArrayList<>();
    private volatile Coder activeCoder;
    /** Now as this session dates what it stores: on a team project the server's time (docs/team.md). */
    private final ServerTime time;
    /** The last {@link #ownSegments} result, so repeated reads of one snapshot filter it once. */
    private volatile OwnLayer ownLayer;
    /** Whether passages were read limited to the active coder's layer (see {@link #blindNotice}). */
    private volatile boolean shownBlind;
    /** Evidence items blind mode withheld, by hypothesis set, as last read (see {@link #blindNotice}). */
    private final java.util.Map<Long, Integer> withheldEvidence = new java.util.concurrent.ConcurrentHashMap<>();
    /** Memos blind mode left out of the last list of memos read (see {@link #blindNotice}). */
    private volatile int withheldMemos;
    private SearchIndex index;
    /** The index's last commit opened for reading only, while this process has not opened the index to write. */
    private SearchIndex committedIndex;
    private Path privateIndexFolder;
    private OutsideChanges outsideChanges;
    /** Counts commits noticed from other programs; views of derived data compare it with what they saw. */
    private final AtomicLong outsideGeneration = new AtomicLong();

    /**
     * Now on this session's clock, to the millisecond (as dates are stored); on a team project the server's time, so
     * a member whose clock is a day off neither dates passages and memos a day off nor orders them wrongly.
     */
    Instant now() {
        return time.now();
    }

    void useClock(Clock clock) {
        time.useClock(clock);
    }

    Project(ProjectStore store) {
        this.store = store;
        this.documents = store.documents();
        this.codebook = store.codebook();
        this.segments = store.segments();
        this.coders = new PseudonymGuardedCoders(this, store.coders());
        this.settings = store.settings();
        this.savedSearches = store.savedSearches();
        this.memos = store.memos();
        this.tracing = store.tracing();
        this.provenance = store.provenance();
        this.segmentCache = new SegmentCache(segments, store::pollOutsideChanges);
        this.reads = new ReadCache(store, outsideGeneration::get);
        this.textFacts = new TextFacts(documents);
        store.onOutsideChange(this::changedOutside);
        // A role given while open changes what the server lets this session read (a blind coder made lead reads every
        // layer) as well as what it may write: every view reloads, and the window's title and banner follow.
        store.onRoleChange(role -> {
            changedOutside(OutsideChange.everything());
            fire(ProjectEvent.ROLE);
        });
        // The log hides a name from the moment it is committed, not from the next opening or export.
        store.onOwnCommit(parts -> {
            if (LogNames.drawnFrom(parts)) {
                LogNames.take(this);
            }
        });
        // Versioned changes record who made them, also before anything asks for the active coder.
        store.actAs(store.sessionCoder().orElseGet(this::coderOfChanges));
        this.time = new ServerTime(store::serverClock);
        store.onConnectionState(state -> {
            if (state.isEmpty()) {
                time.reconnected();
            }
        });
    }

    /**
     * Who the changes made here are recorded as. A damaged file opens read-only and makes none: a settings page SQLite
     * cannot read must not stop it opening, or `check` could not name the damage.
     */
    private String coderOfChanges() {
        try {
            return storedCoderName();
        } catch (ParallaxException e) {
            if (store.readOnlyReason().isEmpty()) {
                throw e;
            }
            return defaultCoderName();
        }
    }

    /**
     * Another program or team member committed: drop the in-memory copies of what it changed (all of them when the
     * backend cannot tell what) so nothing here disagrees with the database, and tell the views that show what
     * changed to reload. The undo history stays:
     * its edits name passages by id and stay valid (undoing one another program removed does nothing).
     */
    private void changedOutside(OutsideChange change) {
        segmentCache.changedOutside(change);
        if (change.touches(OutsideChange.Part.CODERS) || change.touches(OutsideChange.Part.SETTINGS)) {
            activeCoder = null;
        }
        outsideGeneration.incrementAndGet();
        if (LogNames.drawnFrom(change.parts())) {
            LogNames.take(this);
        }
        for (ProjectEvent event : ProjectEvents.of(change)) {
            fire(event);
        }
    }

    long outsideGeneration() {
        return outsideGeneration.get();
    }

    /** Starts polling for other programs' commits (the window does; a one-shot command need not). */
    synchronized void watchOutsideChanges(java.time.Duration interval) {
        if (outsideChanges == null) {
            outsideChanges = new OutsideChanges(store, interval);
            store.listenForOutsideChanges();
        }
    }

    /**
     * The project file; for a team project, which has none, a name in this machine's cache folder that stands
     * for it (one per server, database, project and login), so its search index lives there.
     */
    Path file() {
        if (store.location() instanceof ProjectFile file) {
            return file.path();
        }
        String key = store.location().displayName() + " " + store.sessionCoder().orElse("");
        String name = store.location().displayName().replaceAll(".*[?&]project=([a-z0-9_]+).*", "$1");
        return AppFolders.cacheFolder().resolve("team").resolve(name + "-"
                + ContentHash.sha256Hex(key).substring(0, 12) + ".parallax");
    }

    /** A short name for titles and messages: the file name, or "team project NAME on HOST". */
    String displayName() {
        if (store.location() instanceof org.parallax.store.TeamUrl url) {
            return "team project " + url.project() + " on " + url.host();
        }
        return String.valueOf(file().getFileName());
    }

    /** A document id this project does not hold, in the one line every command and view says it. */
    NotInProject noDocument(long id) {
        return NotInProject.document(displayName(), id);
    }

    /** A passage id this project does not hold, or one of another coder's that blind mode keeps from the viewer. */
    NotInProject noPassage(long id) {
        return NotInProject.passage(displayName(), id, blind() ? " among " + activeCoder().name()
                + "'s (blind mode shows only theirs)" : "");
    }

    /** Whether the project lives on a team server rather than in a file here. */
    /**
     * Whether this session may write the project's settings: not in a project open read-only, nor as a team project's
     * coder or reader (the server lets only a lead write them).
     */
    boolean maySaveSettings() {
        return store.readOnlyReason().isEmpty()
                && store.sessionRole().filter(role -> role != TeamRole.LEAD).isEmpty();
    }

    boolean onServer() {
        return !(store.location() instanceof ProjectFile);
    }

    /** The coder the settings name; a blank name (damage: no command writes one) reads as the default coder. */
    private String storedCoderName() {
        return settings.get(ACTIVE_CODER).filter(name -> !name.isBlank()).orElseGet(Project::defaultCoderName);
    }

    Coder activeCoder() {
        Coder coder = activeCoder;
        if (coder == null) {
            // On a team project the login is the coder: the server lets it write its own layer only.
            String name = store.sessionCoder().orElseGet(this::storedCoderName);
            // A read-only project cannot record a new coder; one not yet in it codes nothing anyway.
            long commits = store.commits();
            coder = store.readOnlyReason().isPresent() ? coders.find(name).orElse(new Coder(0, Names.clean(name)))
                    : coders.ensure(name);
            reads.coderAdded(commits, coder);
            activeCoder = coder;
            store.actAs(coder.name());
        }
        return coder;
    }

    Coder setActiveCoder(String typed) {
        if (store.sessionCoder().isPresent()) {
            throw new ParallaxException(store.location().displayName() + ": on a team project you "
                    + "code as your login (" + store.sessionCoder().get() + "); log in as " + typed.strip()
                    + " to code as them");
        }
        TextLimits.require("coder name", typed, TextLimits.NAME);
        Coder coder = loginRenamed(coderSpelling(typed)).orElseGet(() -> coders.ensure(coderSpelling(typed)));
        boolean another = activeCoder == null ? !coder.name().equals(storedCoderName())
                : activeCoder.id() != coder.id();
        settings.put(ACTIVE_CODER, coder.name());
        settings.put(CODER_CHOSEN_BY, defaultCoderName());
        if (another) {
            // The steps recorded were the previous coder's: undoing one would change a layer that is not the
            // active coder's, and in blind mode the Edit menu's label would name what the other coder coded.
            history.clear();
        }
        activeCoder = coder;
        store.actAs(coder.name());
        fire(ProjectEvent.CODERS);
        return coder;
    }

    /** The active coder as renamed, when it is the coder renamed: what it records from now on names the new name. */
    void coderRenamed(Coder renamed) {
        Coder active = activeCoder;
        if (active != null && active.id() == renamed.id()) {
            activeCoder = renamed;
            store.actAs(renamed.name());
        }
    }

    /**
     * The computer's login, which a new project records its work under unasked, renamed to the name the person gives,
     * when it has recorded nothing: it would otherwise stay behind as a second coder, listed among a REFI-QDA file's
     * users and named there as the maker of every document nobody had coded yet. Empty, changing nothing, when the
     * active coder is someone else, has a passage or memo, or the name is a coder's already.
     */
    private Optional<Coder> loginRenamed(String name) {
        // Looked up, not made: choosing a coder in a project that never recorded the login must not add it as one.
        Coder current = activeCoder != null ? activeCoder : coders.find(storedCoderName()).orElse(null);
        if (current == null || current.id() <= 0 || !current.name().equals(defaultCoderName()) || current.name().equals(Names.clean(name))
                || !coders.renameIfNothingRecorded(current, name)) {
            return Optional.empty();
        }
        return coders.find(name);
    }

    /**
     * The active coder's name while the person at this computer has neither chosen who codes in the project nor been
     * told: a project made elsewhere (the sample's copy, a .qdpx import, a colleague's file) names its maker or the
     * computer's login, and passages would go out under it. Empty on a team project (the login codes) and where
     * nothing can be coded or recorded.
     */
    Optional<String> coderNotChosenHere() {
        if (store.sessionCoder().isPresent() || !maySaveSettings()) {
            return Optional.empty();
        }
        return settings.get(CODER_CHOSEN_BY).filter(defaultCoderName()::equals).isPresent() ? Optional.empty()
                : Optional.of(activeCoder().name());
    }

    /** Records that the person at this computer codes in the project as the active coder, as they said. */
    void keepCoderHere() {
        if (maySaveSettings()) {
            settings.put(CODER_CHOSEN_BY, defaultCoderName());
        }
    }

    /**
     * As {@link #coderNotChosenHere}, but empty too once the command line has told this computer's login the name
     * ({@link #coderToldHere}): the command line says it once, while the window's strip asks until it is answered.
     */
    Optional<String> coderNotToldHere() {
        return coderNotChosenHere().filter(name -> settings.get(CODER_TOLD_TO)
                .filter(defaultCoderName()::equals).isEmpty());
    }

    /**
     * Records that the command line has said who codes here. A line on the error stream is no answer: it counted as
     * one, and a second coder who ran one `parallax code` on their copy was never asked their name by the window.
     */
    void coderToldHere() {
        if (maySaveSettings()) {
            settings.put(CODER_TOLD_TO, defaultCoderName());
        }
    }

    /**
     * Forgets who at this computer chose the coder, for a project made for others to open (the shipped sample): whoever
     * codes in a copy of it is told, whatever the login of the computer that made it.
     */
    void forgetWhoChoseTheCoder() {
        if (maySaveSettings()) {
            settings.remove(CODER_CHOSEN_BY);
            settings.remove(CODER_TOLD_TO);
        }
    }

    /** Blind coding: each coder sees only their own passages, so a second coder is not primed. */
    boolean blind() {
        // A value damaged into neither is read as on: off would show a blind coder everyone's passages.
        return reads.blind(() -> settings.get(BLIND).map(v -> blindValue(v).orElse(true)).orElse(false));
    }

    /** Blind mode as stored, or empty for a value that is neither. */
    static Optional<Boolean> blindValue(String stored) {
        return switch (stored) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    void setBlind(boolean blind) {
        settings.put(BLIND, Boolean.toString(blind));
        fire(ProjectEvent.CODERS);
        fire(ProjectEvent.SEGMENTS);
    }

    /** The segments the active coder may see: all of them, or in blind mode only their own. */
    List<Segment> visible(List<Segment> segments) {
        return blind() ? ownSegments(segments) : segments;
    }

    /**
     * The passages every view, listing, count and export reads: every coder's, or in blind mode only the active
     * coder's layer, as the window shows them (docs/agreement.md, "Blind coding"). Reading them limited is noted
     * for {@link #blindNotice}, so a command can say why passages seem missing.
     */
    List<Segment> passages() {
        List<Segment> all = segmentCache.all();
        if (!blind()) {
            return all;
        }
        shownBlind = true;
        return ownSegments(all);
    }

    /**
     * The memos the active coder may see: all of them, or in blind mode all but those of other coders' work (ADR
     * 0030): the memos of their passages, which stay hidden with the passages (each names the code the other coder
     * gave, "Balance of power in North Atlantic Treaty"), and the project and document memos another coder wrote
     * (their reading of a document primes as their passages do). Code memos define the codebook, shared by every
     * coder; a memo whose author is not known (written before authors were kept) is shown.
     */
    List<Memo> visibleMemos(List<Memo> memos) {
        return visibleMemos(memos, 0);
    }

    /**
     * Every memo the active coder may see, as {@link #visibleMemos(List)}; the memos a team server kept back from this
     * session (read in the same snapshot) count with those left out here, so the line says what a file would.
     */
    List<Memo> visibleMemos() {
        record Read(List<Memo> memos, int hidden) {
        }
        Read read = store.read(() -> new Read(memos.all(), memos.hiddenFromSession()));
        return visibleMemos(read.memos(), read.hidden());
    }

    private List<Memo> visibleMemos(List<Memo> memos, int hiddenByServer) {
        List<Memo> shown = readableMemos(memos);
        withheldMemos = memos.size() - shown.size() + hiddenByServer;
        return shown;
    }

    /** Whether blind mode hides this memo from the active coder (see {@link #visibleMemos}); one look-up, no listing. */
    boolean hides(Memo memo) {
        if (!blind()) {
            return false;
        }
        return memo.target().kind() == MemoKind.PASSAGE
                ? segments.get(memo.target().id()).filter(s -> s.coderId() == activeCoder().id()).isEmpty()
                : anotherCoders(memo);
    }

    /** A project or document memo another coder wrote (their reading primes as their passages do). */
    private boolean anotherCoders(Memo memo) {
        MemoKind kind = memo.target().kind();
        return (kind == MemoKind.PROJECT || kind == MemoKind.DOCUMENT) && memo.author() != null
                && !memo.author().equals(activeCoder().name());
    }

    private List<Memo> readableMemos(List<Memo> memos) {
        if (!blind()) {
            return memos;
        }
        Set<Long> own = memos.stream().anyMatch(m -> m.target().kind() == MemoKind.PASSAGE)
                ? passages().stream().map(Segment::id).collect(Collectors.toSet()) : Set.of();
        return memos.stream().filter(m -> m.target().kind() == MemoKind.PASSAGE ? own.contains(m.target().id())
                : !anotherCoders(m)).toList();
    }

    /** The active coder's own segments; the last filtered snapshot is reused while it is current. */
    List<Segment> ownSegments(List<Segment> segments) {
        long coder = activeCoder().id();
        OwnLayer last = ownLayer;
        if (last != null && last.of() == segments && last.coder() == coder) {
            return last.own();
        }
        List<Segment> own = segments instanceof SegmentColumns columns
                ? columns.where(i -> columns.coderId(i) == coder)
                : segments.stream().filter(s -> s.coderId() == coder).toList();
        ownLayer = new OwnLayer(segments, coder, own);
        return own;
    }

    /** One coder's passages filtered out of one snapshot of them (a search repeats its {@code code:} clauses). */
    private record OwnLayer(List<Segment> of, long coder, List<Segment> own) {
    }

    /**
     * One line for a command that showed or counted passages in blind mode, else empty: only the active coder's
     * passages were in it, and how blind mode is switched off (on a team project by a lead).
     */
    Optional<String> blindNotice() {
        int evidence = withheldEvidence.values().stream().mapToInt(Integer::intValue).sum();
        // Memos of other coders can be left out where no passage was read (a project without passage memos).
        if (!blind() || !shownBlind && withheldMemos == 0) {
            return Optional.empty();
        }
        List<String> leftOut = new java.util.ArrayList<>();
        if (withheldMemos > 0) {
            leftOut.add(Counted.of(withheldMemos, "memo") + " of other coders' work");
        }
        if (evidence > 0) {
            leftOut.add(ShownEvidence.counted(evidence));
        }
        boolean one = withheldMemos + evidence == 1;
        return Optional.of("blind mode is on: only " + activeCoder().name() + "'s passages are shown"
                + (leftOut.isEmpty() ? "" : " and " + String.join(" and ", leftOut) + (one ? " is" : " are")
                + " left out") + "; " + switchOff("it"));
    }

    /** How many evidence items of a set blind mode left out of what was just read, for {@link #blindNotice}. */
    void withheldEvidence(long setId, int count) {
        withheldEvidence.put(setId, count);
    }

    /**
     * How blind mode is switched off here: by anyone in a project file, by a lead on a team project. A coder is shown
     * the team project's address with LEAD for the login: their own URL would log in as them, who may not switch it.
     */
    private String switchOff(String it) {
        return (isLead() ? "switch " + it + " off with: " : "a lead switches " + it + " off with: ")
                + "parallax coders " + settingsAddress() + " --blind off";
    }

    /** Whether this session leads the project: always in a file, as a lead's login on a team server. */
    boolean isLead() {
        return !onServer() || store.sessionRole().filter(r -> r == TeamRole.LEAD).isPresent();
    }

    /**
     * Where a command that changes the project's settings reaches it: the file's path, or the team project's URL,
     * with LEAD for the login when this session is not a lead's (their own URL logs in as someone who may not).
     */
    String settingsAddress() {
        return !onServer() ? file().toString()
                : isLead() || !(store.location() instanceof TeamUrl url) ? store.location().displayName()
                : TeamUrl.SCHEME + "LEAD@" + url.projectAddress();
    }

    /** Whether refusals and warnings are read in the window, which names its own controls, not command lines. */
    volatile boolean inTheWindow;

    /** The command that does {@code args} to the sensitive attributes and name forms, for a line to name. */
    String sensitiveCommand(String args) {
        return "parallax sensitive " + settingsAddress() + " " + args;
    }

    /**
     * The coder of that name, for a use that reads their passages ({@code purpose}: "agreement", …). An unknown
     * name is refused naming the coders. In blind mode another coder's layer is hidden from a coder (a team coder's
     * by the server, which would hand it over empty), so it is refused in words rather than computed from nothing or
     * shown to a coder who is to code unprimed (a comparison with an empty layer looks like a real, poor result).
     * A team's lead and readers read every layer whatever the mode; they code under other logins than the coders.
     */
    Coder readableCoder(String name, String purpose) {
        // The coders as last read first (no round trip for a filter by coder); one this session has not heard of
        // yet (added this very moment) is asked of the store.
        Coder coder = CoderNames.find(reads.coders(), name, displayName())
                .or(() -> CoderNames.find(coders.list(), name, displayName())).orElseThrow(() -> CoderNames.unknown(
                        name, displayName(), reads.coders().stream().map(Coder::name).toList()));
        if (othersHidden() && coder.id() != activeCoder().id()) {
            String shown = onServer() ? "the server shows you only your own passages (" + activeCoder().name() + ")"
                    : "only " + activeCoder().name() + "'s passages are shown";
            throw new HiddenLayerException(displayName() + " is in blind mode: " + shown + ", so " + purpose
                    + " cannot read the passages of " + coder.name() + " (nothing was computed)", switchOff("blind mode"));
        }
        return coder;
    }

    /**
     * The name as the project's coder of that name in any case spells it, or as given for a new coder (which
     * {@link PseudonymGuardedCoders} refuses when it reads as a coder's pseudonym while coders are pseudonymised).
     */
    String coderSpelling(String typed) {
        return CoderNames.find(coders.list(), typed, displayName()).map(Coder::name).orElse(typed);
    }

    /** The coders whose passages this session may read: every coder, or with other layers hidden only the active one. */
    List<Coder> readableCoders() {
        return othersHidden() ? List.of(activeCoder()) : reads.coders();
    }

    /**
     * Whether other coders' layers are hidden from this session: in blind mode, in a project file (whoever codes
     * is the coder to keep unprimed) or for a team coder (the server hides them); not for a team's lead or reader.
     */
    private boolean othersHidden() {
        return blind() && (!onServer() || store.sessionRole().filter(r -> r == TeamRole.CODER).isPresent());
    }

    /** The OS user name, the default coder of a new project. */
    static String defaultCoderName() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "coder" : user;
    }

    void addListener(Consumer<ProjectEvent> listener) {
        listeners.add(listener);
    }

    void removeListener(Consumer<ProjectEvent> listener) {
        listeners.remove(listener);
    }

    /**
     * Whether output is pseudonymised: this one export {@code asked} for it, or the session pseudonymises every export
     * ({@link Workbench#pseudonymiseOutput}); the one place that decides it for every writer.
     */
    boolean pseudonymises(boolean asked) {
        return asked || pseudonymiseOutput;
    }

    void fire(ProjectEvent event) {
        listeners.forEach(l -> l.accept(event));
    }

    /**
     * The search index folder beside the project file: {@code NAME.parallax.index/}; for a project open read-only
     * without one there (a CD, a share, a damaged file), a private one in the temp folder, made on first use and
     * deleted on close. One named by the project alone was shared by every program and kept for good, as large as the
     * project's index, after the project was closed.
     */
    synchronized Path indexFolder() {
        Path beside = ProjectSideFiles.indexFolder(file());
        if (store.readOnlyReason().isPresent() && !java.nio.file.Files.isDirectory(beside)) {
            if (privateIndexFolder == null) {
                privateIndexFolder = TempFolder.forPrivateIndex();
            }
            return privateIndexFolder;
        }
        return beside;
    }

    /**
     * The index searches read, opened on first use (derived data, see {@link Search}). While another window or
     * process holds the index beside the project (Lucene allows one writer), this process searches a private
     * index in the temp folder instead, which the next {@link Search#ensureIndex} builds from the project and
     * {@link #close} deletes: a second window, or `parallax search` beside an open window, can search too.
     */
    synchronized SearchIndex index() {
        if (index == null) {
            try {
                index = SearchIndex.open(indexFolder(), this::textIfIndexed);
            } catch (IndexInUseException | IndexFolderReadOnlyException e) {
                openPrivateIndex(e);
            }
        }
        return index;
    }

    private void openPrivateIndex(ParallaxException why) {
        privateIndexFolder = TempFolder.forPrivateIndex();
        System.getLogger(Project.class.getName()).log(System.Logger.Level.INFO, why.getMessage()
                + "; searching a private index in " + privateIndexFolder);
        index = SearchIndex.open(privateIndexFolder, this::textIfIndexed);
    }

    /**
     * The index beside the project as last committed, opened for reading only, or empty when there is none readable or
     * this process has opened the index to write (then {@link #index} serves). A command that only searches needs no
     * write lock and finds none taken by a window; {@link Search} compares it with the documents before trusting it.
     */
    synchronized Optional<SearchIndex> committedIndex() {
        if (index != null) {
            return Optional.empty();
        }
        if (committedIndex == null) {
            committedIndex = SearchIndex.openCommitted(indexFolder(), this::textIfIndexed).orElse(null);
        }
        return Optional.ofNullable(committedIndex);
    }

    /** Closes the committed index once it was found behind the documents or damaged: {@link #index} takes over. */
    synchronized void dropCommittedIndex() {
        if (committedIndex != null) {
            committedIndex.close();
            committedIndex = null;
        }
    }

    /** The folder of the index searches read: the private one once they do, else {@link #indexFolder}. */
    synchronized Path searchedIndexFolder() {
        return privateIndexFolder != null ? privateIndexFolder : indexFolder();
    }

    /** Whether searches read a private index because another process holds the one beside the project. */
    synchronized boolean indexIsPrivate() {
        return privateIndexFolder != null;
    }

    /**
     * The index to keep up to date with a change saved here (the private one once searches use it), or empty
     * when another Parallax window or process holds the shared one and no search here needed a private one:
     * the change is then picked up by that process (it notices outside changes) or by the next
     * {@link Search#ensureIndex}. An import need not build a private index it would throw away.
     */
    synchronized Optional<SearchIndex> indexUnlessInUse() {
        if (index != null) {
            return Optional.of(index);
        }
        try {
            index = SearchIndex.open(indexFolder(), this::textIfIndexed);
            return Optional.of(index);
        } catch (IndexInUseException e) {
            System.getLogger(Project.class.getName()).log(System.Logger.Level.INFO, e.getMessage());
            return Optional.empty();
        } catch (IndexFolderReadOnlyException e) {
            // No other process keeps it up to date: this one searches, and so indexes, a private index.
            openPrivateIndex(e);
            return Optional.of(index);
        }
    }

    /**
     * The text KWIC lines slice (the index keeps no copy): the stored text of a document if it is still the version
     * the index holds, else null (deleted, or its id taken by a new document the index has not caught up with).
     */
    private String textIfIndexed(long id, String contentHash) {
        if (documents.get(id).filter(d -> contentHash.equals(d.contentHash())).isEmpty()) {
            return null;
        }
        try {
            return documents.text(id);
        } catch (UnreadablePageException e) {
            throw new UnreadableTextException(id, e);
        } catch (ParallaxException e) {
            return null; // deleted since the line above
        }
    }

    /** Adds or refreshes documents in the index, unless another process holds it. */
    void reindex(List<Document> changed, java.util.function.LongFunction<String> texts) {
        if (changed.isEmpty()) {
            return;
        }
        indexCatchUp.exclusive(() -> indexUnlessInUse().ifPresent(i -> i.updateAll(changed.stream()
                .map(d -> indexed(d, texts.apply(d.id()))).toList())));
    }

    static IndexedDocument indexed(Document d, String text) {
        var m = d.meta();
        return new IndexedDocument(d.id(), d.title(), m.date(), m.type().label(), m.actor(), m.language(), text,
                d.contentHash());
    }

    /** Whether closing writes the packs of passages the next opening would read from rows (the user's own project). */
    volatile boolean packPassagesOnClose;
    /** How many documents' passages closing packed. */
    volatile int documentsPackedOnClose;

    @Override
    public void close() {
        // Outside the lock: the indexing thread's last batch may need index().
        indexCatchUp.stop();
        // Before the packs, which read rows and need none of it: at bench --scale 10 the close packed 156 of 10,000
        // documents in its budget beside the 3,000,000 passages loaded, in a heap near its limit.
        releaseHeld();
        if (packPassagesOnClose) {
            documentsPackedOnClose = PassagePacksOnClose.write(this);
        }
        closeRest();
    }

    /** What is held in memory goes first: a closed project may stay referenced (see SegmentCache#release). */
    private synchronized void releaseHeld() {
        segmentCache.release();
        ownLayer = null;
        reads.release();
        textFacts.release();
    }

    private synchronized void closeRest() {
        releaseHeld();
        if (outsideChanges != null) {
            outsideChanges.close();
        }
        if (index != null) {
            index.close();
        }
        dropCommittedIndex();
        if (privateIndexFolder != null) {
            TempFolder.delete(privateIndexFolder);
        }
        store.close();
    }
}
