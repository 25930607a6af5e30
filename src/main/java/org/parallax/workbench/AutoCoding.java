package org.parallax.workbench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.parallax.analysis.TextUnits;
import org.parallax.model.Code;
import org.parallax.model.CodeNames;
import org.parallax.model.Counted;
import org.parallax.model.Segment;
import org.parallax.model.TextRange;
import org.parallax.search.KwicLine;
import org.parallax.search.SearchOptions;
import org.parallax.search.SearchResult;

/** Auto-coding: apply a code to search hits, widened to the hit, its sentence or its paragraph. */
public final class AutoCoding {
    private static final int ALL_HITS = 1_000_000;

    private final Project project;
    private final Search search;
    private final Coding coding;

    AutoCoding(Project project, Search search, Coding coding) {
        this.project = project;
        this.search = search;
        this.coding = coding;
    }

    /** Plans auto-coding of every hit of {@code query} (or those {@code selected} accepts) with a code. */
    public AutocodePlan plan(String query, String codeName, TextUnits.Scope scope, Predicate<KwicLine> selected) {
        Code code = CodeNames.require(project.codebook.load(), codeName);
        SearchResult result = search.search(query, SearchOptions.defaults().withMaxLines(ALL_HITS).withExactForms(false));
        Map<Long, List<TextRange>> hits = new LinkedHashMap<>();
        for (KwicLine line : result.lines()) {
            if (selected == null || selected.test(line)) {
                hits.computeIfAbsent(line.docId(), k -> new ArrayList<>()).add(new TextRange(line.start(), line.end()));
            }
        }
        long coderId = project.activeCoder().id();
        Set<String> existing = new HashSet<>();
        for (Segment s : project.segmentCache.all()) {
            if (s.codeId() == code.id() && s.coderId() == coderId) {
                existing.add(key(s.documentId(), s.start(), s.end()));
            }
        }
        Instant now = project.now();
        List<Segment> passages = new ArrayList<>();
        Set<Long> documents = new HashSet<>();
        int already = 0;
        for (var entry : hits.entrySet()) {
            long documentId = entry.getKey();
            String text = project.documents.text(documentId);
            Locale locale = localeOf(project.documents.get(documentId).map(d -> d.meta().language()).orElse(null));
            for (TextRange unit : TextUnits.expand(text, entry.getValue(), scope, locale)) {
                if (existing.contains(key(documentId, unit.start(), unit.end()))) {
                    already++;
                    continue;
                }
                passages.add(new Segment(0, documentId, unit.start(), unit.end(), code.id(), coderId, null, now));
                documents.add(documentId);
            }
        }
        // A document the search could not look into gets no passage: said with the plan, as the search says it.
        return new AutocodePlan(query, code.name(), passages, documents.size(), already, result.notes());
    }

    /** Plans auto-coding of the given hits of {@code query} only (the lines a researcher selected), or all if null. */
    public AutocodePlan planSelected(String query, String codeName, TextUnits.Scope scope,
                                     Collection<SearchHit> hits) {
        if (hits == null) {
            return plan(query, codeName, scope, null);
        }
        Set<String> wanted = new HashSet<>();
        hits.forEach(h -> wanted.add(key(h.documentId(), h.start(), h.end())));
        return plan(query, codeName, scope, line -> wanted.contains(key(line.docId(), line.start(), line.end())));
    }

    /** Applies a plan as one undoable action; returns the passages created. */
    public List<Segment> apply(AutocodePlan plan) {
        return coding.codeAll(plan.passages(), "Auto-code " + Counted.of(plan.passages().size(), "passage") + " with "
                + plan.codeName());
    }

    private static String key(long documentId, int start, int end) {
        return documentId + ":" + start + ":" + end;
    }

    private static Locale localeOf(String language) {
        return language == null ? Locale.ENGLISH : Locale.forLanguageTag(language);
    }
}
