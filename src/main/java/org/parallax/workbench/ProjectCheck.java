package org.parallax.workbench;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parallax.model.ContentHash;
import org.parallax.model.Counted;
import org.parallax.model.Document;
import org.parallax.model.Offsets;
import org.parallax.model.ParallaxException;
import org.parallax.model.Segment;
import org.parallax.model.WordCount;
import org.parallax.search.IndexStatus;
import org.parallax.search.SearchIndex;
import org.parallax.store.ProjectFile;
import org.parallax.store.ProjectSideFiles;
import org.parallax.store.ProjectStores;
import org.parallax.store.UnreadablePageException;
import org.parallax.store.UnreadableValueException;

/**
 * Checks that what the project file holds is what was saved: SQLite's integrity check, each document's text
 * against the content hash taken at import and the word count stored with it, each memo against the checksum written with it, every passage inside
 * its text and on code-point boundaries, and the search index against the documents. A finding in the file itself stops all writing to it.
 */
public final class ProjectCheck {
    private static final System.Logger LOG = System.getLogger(ProjectCheck.class.getName());
    private final Project project;
    private final Search search;

    ProjectCheck(Project project, Search search) {
        this.project = project;
        this.search = search;
    }

    /**
     * The check run in the background after opening (and on each backup): each document's text against its content
     * hash, each memo against the checksum written with it. On a finding the project turns read-only, so a damaged
     * file is never written to.
     */
    public List<CheckFinding> contentHashes() {
        List<CheckFinding> findings = new ArrayList<>(documentHashes());
        findings.addAll(step("the memos", this::memoChecksums));
        findings.addAll(step("the rows of the project's tables", this::rowChecksums));
        stopWritingOn(findings);
        return findings;
    }

    private List<CheckFinding> memoChecksums() {
        PassageNames names = new PassageNames(project);
        return project.memos.notMatchingChecksum().stream().map(m -> new CheckFinding(names.memo(m.target()),
                "its text no longer matches the checksum written with it: the file was changed or damaged")).toList();
    }

    /**
     * Every row of the researcher's work against the checksum written with it (schema version 11), and each value of
     * those rows, the texts and the settings against its column's storage class, which the checksum cannot see.
     */
    List<CheckFinding> rowChecksums() {
        var damaged = project.store.damagedRows();
        if (damaged.isEmpty()) {
            return List.of();
        }
        return new DamagedRowNames(project).findings(damaged);
    }

    /** Each text against its content hash, and the word count stored with it (what the rates divide by) against it. */
    private List<CheckFinding> documentHashes() {
        List<CheckFinding> findings = new ArrayList<>();
        Map<Long, Long> words = project.documents.wordCounts();
        for (Document d : project.documents.list()) {
            try {
                String text = project.documents.text(d.id());
                Long stored = words.get(d.id());
                if (!ContentHash.sha256Hex(text).equals(d.contentHash())) {
                    findings.add(document(d, "its text no longer matches the content hash recorded when it was "
                            + "stored: the file was changed or damaged"));
                } else if (stored != null && stored != WordCount.of(text)) {
                    findings.add(document(d, "its stored word count (" + stored + ") is not the number of words "
                            + "of its text (" + WordCount.of(text) + "): the file was changed or damaged"));
                }
            } catch (ParallaxException e) {
                findings.add(document(d, "its text cannot be read (" + e.getMessage() + ")"));
            }
        }
        return findings;
    }

    /**
     * SQLite's integrity check of the file, which the window runs in the background after opening: it finds what the
     * quick check on opening does not (an index that disagrees with its table). On a finding the project turns
     * read-only, as {@link #full()} turns it.
     */
    public List<CheckFinding> file() {
        List<CheckFinding> findings = integrity();
        stopWritingOn(findings);
        return findings;
    }

    private List<CheckFinding> integrity() {
        String where = project.displayName() + " (SQLite integrity check)";
        String integrity = project.store.integrityCheck();
        return "ok".equals(integrity) ? List.of()
                : integrity.lines().map(line -> new CheckFinding(where, line)).toList();
    }

    /** The full check of `parallax check`: the file, texts, passages and the search index. */
    public List<CheckFinding> full() {
        List<CheckFinding> findings = new ArrayList<>();
        String file = project.displayName();
        project.store.journalDamage().ifPresent(damage -> findings.add(new CheckFinding(file, damage)));
        findings.addAll(step(file + " (SQLite integrity check)", this::integrity));
        findings.addAll(step("the documents' texts and memos", this::contentHashes));
        findings.addAll(step("the coded passages", this::passageOffsets));
        findings.addAll(step("the packed copies of the passages", this::passagePacks));
        findings.addAll(step("the project's settings", () -> new SettingsCheck(project).findings()));
        findings.addAll(step("the codebook", () -> CodingKeyClashes.of(project.codebook.load(),
                project.store.location().displayName())));
        findings.addAll(step(INDEX, this::searchIndex));
        stopWritingOn(findings.stream().filter(f -> !f.where().equals(INDEX) && !f.mendable()).toList());
        return findings;
    }

    /**
     * One part of the check; on a damaged file reading a table can fail outright, which is then that part's
     * finding, so the check still reports everything else instead of stopping at the first unreadable page.
     */
    private static List<CheckFinding> step(String what, java.util.function.Supplier<List<CheckFinding>> check) {
        try {
            return check.get();
        } catch (ParallaxException e) {
            if (onADamagedPage(e)) {
                // Its own words send the researcher to this check; what is damaged is the integrity check's line.
                return List.of(new CheckFinding(what, "cannot be read (stored on the damaged part of the file)"));
            }
            Throwable cause = e;
            // A value that cannot be read is named by its table, row and column, not by the parser below it.
            while (cause.getCause() != null && !(cause instanceof UnreadableValueException)) {
                cause = cause.getCause();
            }
            return List.of(new CheckFinding(what, "cannot be read (" + cause.getMessage() + ")"));
        } catch (RuntimeException e) {
            // The check reads what damage may have made of a row (a NULL where none is ever written): whatever
            // reading it does is this part's finding, so the check reports the rest instead of failing.
            LOG.log(System.Logger.Level.WARNING, what + " could not be read by the check", e);
            return List.of(new CheckFinding(what, "cannot be read (a stored value is not what its column holds)"));
        }
    }

    private static boolean onADamagedPage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnreadablePageException) {
                return true;
            }
        }
        return false;
    }

    /**
     * For findings of {@link #full()} in a project file with a log beside it: the advice to move the log away when the
     * file alone (read without its log) passes the same check, so that the log, copied or synced in from elsewhere,
     * is what brings the damage; empty otherwise, and for a team project.
     */
    public Optional<String> misfitLog(List<CheckFinding> findings) {
        // A damaged journal of the project's own holds saves: moving it away would lose them for good.
        if (onlyTheSearchIndex(findings) || !(project.store.location() instanceof ProjectFile)
                || !ProjectStores.logBeside(project.file()) || project.store.journalDamage().isPresent()) {
            return Optional.empty();
        }
        return soundWithoutItsLog(project.file(), ProjectCheck::full)
                ? Optional.of(ProjectStores.misfitLogAdvice(project.file())) : Optional.empty();
    }

    /**
     * Before a writable open folds a log left beside the file into it for good: a log that no running program holds
     * (a killed one's, or one a sync client copied in from another copy of the project) is read with the file first,
     * and when texts then fail their content hashes or passages leave their texts while the file alone is sound, the
     * log is from elsewhere and the open is refused with what to do. SQLite's own checks pass such a log when its
     * pages happen to fit the file's structure. Costs one read of every text, and only when such a log is there.
     */
    static void refuseMisfitLog(Path file) {
        if (!ProjectStores.leftoverLogBeside(file)) {
            return;
        }
        List<CheckFinding> withLog;
        try (Workbench read = Workbench.openReadOnly(file)) {
            if (read.check().project.store.journalDamage().isPresent()) {
                return;
            }
            withLog = read.check().textsAndPassages();
        } catch (ParallaxException e) {
            // The open itself refuses a file it cannot read, in its own words.
            return;
        }
        if (!withLog.isEmpty() && soundWithoutItsLog(file, ProjectCheck::textsAndPassages)) {
            throw new ParallaxException(file.getFileName() + ": " + ProjectStores.misfitLogAdvice(file));
        }
    }

    private List<CheckFinding> textsAndPassages() {
        List<CheckFinding> findings = new ArrayList<>(step("the documents' texts and memos", this::contentHashes));
        findings.addAll(step("the coded passages", this::passageOffsets));
        return findings;
    }

    private static boolean soundWithoutItsLog(Path file, java.util.function.Function<ProjectCheck,
            List<CheckFinding>> check) {
        try (Workbench alone = Workbench.openSnapshot(file)) {
            return onlyTheSearchIndex(check.apply(alone.check()));
        } catch (ParallaxException e) {
            return false;
        }
    }

    /** True when every finding is about the search index, which the next search rebuilds: nothing to restore. */
    public static boolean onlyTheSearchIndex(List<CheckFinding> findings) {
        return findings.stream().allMatch(f -> f.where().equals(INDEX));
    }

    /** True when every finding is about the search index or says how to mend it in place: nothing to restore. */
    public static boolean mendableInPlace(List<CheckFinding> findings) {
        return findings.stream().allMatch(f -> f.mendable() || f.where().equals(INDEX));
    }

    private static final String INDEX = "search index";

    List<CheckFinding> passageOffsets() {
        List<CheckFinding> findings = new ArrayList<>();
        // The passages come in document order (SegmentStore#all): one text held at a time. Every text kept until the
        // end was 500 MB at bench --scale 10, where opening a project with a log left beside it ran out of 512 MiB.
        long document = 0;
        String text = null;
        boolean first = true;
        PassageNames names = new PassageNames(project);
        for (Segment s : project.segments.all()) {
            if (first || s.documentId() != document) {
                first = false;
                document = s.documentId();
                text = textOrNull(document);
            }
            if (text == null) {
                findings.add(new CheckFinding(named(names, s), "its document or its text is missing"));
            } else if (s.start() < 0 || s.end() <= s.start() || s.end() > text.length()) {
                findings.add(new CheckFinding(named(names, s), "offsets " + s.start() + "–" + s.end()
                        + " lie outside the text of " + text.length() + " characters"));
            } else if (Offsets.splitsCodePoint(text, s.start()) || Offsets.splitsCodePoint(text, s.end())) {
                findings.add(new CheckFinding(named(names, s), "offsets " + s.start() + "–" + s.end()
                        + " split a character in two (a surrogate pair, e.g. an emoji)"));
            }
        }
        return findings;
    }

    /**
     * Each document's packed copy of its passages (schema 15) against its rows: a copy that disagrees (damage, or a
     * write past the triggers that drop it) is mended by dropping it, after which the rows are read as they are.
     */
    List<CheckFinding> passagePacks() {
        List<CheckFinding> findings = new ArrayList<>();
        for (long id : project.segments.packsDisagreeing()) {
            String where = project.documents.get(id).map(d -> "document " + d.id() + " “" + d.title() + "”")
                    .orElse("document " + id + " (no longer in the project)");
            findings.add(new CheckFinding(where, "the packed copy of its passages, kept so that opening the project "
                    + "reads them faster, disagrees with the passages themselves; drop the copy (the passages stay as "
                    + "they are) with: parallax check --mend " + project.file(), true));
        }
        return findings;
    }

    /** Drops every packed copy of passages that disagrees with them; how many were dropped. */
    public int mendPassagePacks() {
        List<Long> disagreeing = project.segments.packsDisagreeing();
        project.segments.dropPacks(disagreeing);
        return disagreeing.size();
    }

    private static String named(PassageNames names, Segment s) {
        return names.of(s.id(), s.documentId(), (long) s.start(), (long) s.end());
    }

    private String textOrNull(long documentId) {
        try {
            return project.documents.get(documentId).isPresent() ? project.documents.text(documentId) : null;
        } catch (ParallaxException e) {
            return null;
        }
    }

    /**
     * The index is derived data: an outdated entry, one for a deleted document or an unreadable index is reported (the
     * next search repairs it); documents not indexed yet are not, since an indexing interrupted by closing the
     * project leaves them so and the next open catches up (ADR 0015); nor is an absent index.
     */
    List<CheckFinding> searchIndex() {
        // Beside the file even when the check opened it read-only, where searches use the temp folder's index.
        Path beside = ProjectSideFiles.indexFolder(project.file());
        if (Files.exists(beside, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(beside)) {
            return List.of(new CheckFinding(INDEX, SearchIndex.notAFolder(beside)));
        }
        // None beside a read-only project: its searches use an index of their own in the temp folder, not checked.
        if (!Files.isDirectory(beside)) {
            return List.of();
        }
        if (project.indexUnlessInUse().isEmpty() || project.indexIsPrivate()) {
            // Another window or process holds the index and keeps it up to date itself; it cannot be read here.
            return List.of();
        }
        IndexStatus status = search.status();
        if (status.state() == IndexStatus.State.CORRUPT) {
            return List.of(new CheckFinding(INDEX, "cannot be read (the next search rebuilds it)"));
        }
        if (status.stale().isEmpty() && status.extra().isEmpty()) {
            return List.of();
        }
        return List.of(new CheckFinding(INDEX, "disagrees with the documents: " + status.stale().size()
                + " outdated, " + status.extra().size() + " no longer in the project, " + status.missing().size()
                + " not indexed yet (the next search brings it up to date)"));
    }

    private void stopWritingOn(List<CheckFinding> findings) {
        if (!findings.isEmpty()) {
            project.store.stopWriting("the check found " + Counted.of(findings.size(), "problem") + ", first "
                    + findings.get(0));
        }
    }

    private static CheckFinding document(Document d, String problem) {
        return new CheckFinding("document " + d.id() + " “" + d.title() + "”", problem);
    }
}
