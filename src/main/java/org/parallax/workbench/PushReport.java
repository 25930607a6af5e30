package org.parallax.workbench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parallax.model.Counted;

/**
 * What a {@code team push} did: passages and memos sent, those already on the server (a second push sends
 * nothing), codes and events a lead's push added, one line per item that was not sent, saying why, and, when the copy could not
 * record what the push sent, why not ({@code textsKept}: the copy kept the texts the push was about to send, so a memo
 * edited before the next push is still sent by it).
 */
public record PushReport(int passagesSent, int passagesPresent, int memosSent, int memosPresent,
                         List<String> codesCreated, int eventsAdded, List<String> conflicts, boolean fromPull,
                         Optional<String> notRecorded, boolean textsKept, boolean pulledBeforeEvents,
                         Optional<String> sentByAnotherPush) {

    public PushReport {
        codesCreated = List.copyOf(codesCreated);
        conflicts = List.copyOf(conflicts);
    }

    /** What the CLI prints on standard output. */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        lines.add(Counted.of(passagesSent, "passage") + " sent (" + passagesPresent + " already on the server), "
                + Counted.of(memosSent, "memo") + " sent (" + memosPresent + " already there)");
        if (!codesCreated.isEmpty()) {
            lines.add("codes added to the team codebook: " + String.join(", ", codesCreated));
        }
        if (eventsAdded > 0) {
            lines.add(Counted.of(eventsAdded, "event") + " added to the team project");
        }
        if (!fromPull) {
            lines.add("this copy was not pulled from this team project: every passage of it counts as new, and a memo "
                    + "that differs on the server is not sent");
        }
        if (pulledBeforeEvents) {
            lines.add("this copy was pulled by an earlier Parallax, which did not record its events: this push left "
                    + "events alone, and should a push from it not be recorded, a passage it sent and a lead then "
                    + "removed would be sent again; pull a new copy to have both");
        }
        if (!conflicts.isEmpty()) {
            lines.add(Counted.of(conflicts.size(), "item") + " not sent (listed on standard error)");
        }
        sentByAnotherPush.ifPresent(copy -> lines.add("nothing new to send: another push from " + copy + " at the same "
                + "time sent it, and records it in the copy"));
        notRecorded.ifPresent(why -> lines.add("the team project has what was sent, but the copy could not record it ("
                + why + ")" + (textsKept ? ": push again from it to record it (nothing is sent twice)"
                : ": push again from it before changing it further, so the memos sent now are not taken for changes on "
                + "the server (nothing is sent twice)")));
        return lines;
    }

    /** Collects the outcome while the push's transaction runs. */
    static final class Builder {
        private final boolean fromPull;
        private final List<String> conflicts = new ArrayList<>();
        private final Map<String, Integer> missingDocuments = new LinkedHashMap<>();
        private final Map<String, Integer> missingCodes = new LinkedHashMap<>();
        private final Map<String, Integer> codersLikePseudonyms = new LinkedHashMap<>();
        private final Map<String, String> remedies = new LinkedHashMap<>();
        private final List<String> codesCreated = new ArrayList<>();
        private int passagesSent;
        private int passagesPresent;
        private int memosSent;
        private int memosPresent;
        private int eventsAdded;
        private String notRecorded;
        private boolean textsKept;
        private boolean pulledBeforeEvents;
        private String sentByAnotherPush;

        Builder(boolean fromPull) {
            this.fromPull = fromPull;
        }

        void conflict(String line) {
            conflicts.add(line);
        }

        void missingDocument(String document) {
            missingDocuments.merge(document, 1, Integer::sum);
        }

        /** A passage on {@code code} not sent: "code NAME WHY: N passages not sent" and what to do, once per code. */
        void missingCode(String code, String why, String remedy) {
            String line = "code " + code + " " + why;
            missingCodes.merge(line, 1, Integer::sum);
            remedies.put(line, remedy);
        }

        /**
         * A passage of {@code coder}, whom the team project does not have and whose name reads as a pseudonym while
         * it pseudonymises its coders, not sent: "coder NAME …: N passages not sent", once per coder.
         */
        void coderLikeAPseudonym(String coder) {
            codersLikePseudonyms.merge(coder, 1, Integer::sum);
        }

        void passagePresent() {
            passagesPresent++;
        }

        void passagesSent(int count, Collection<String> codes) {
            passagesSent = count;
            codesCreated.addAll(codes);
        }

        void memoPresent() {
            memosPresent++;
        }

        void memoSent() {
            memosSent++;
        }

        void eventAdded() {
            eventsAdded++;
        }

        /** The copy's mark does not know its events (pulled before format 8): events and passages in flight unkept. */
        void pulledBeforeEvents() {
            pulledBeforeEvents = true;
        }

        /** {@code textsKept}: the copy holds the texts the push was about to send, so memos edited now are still sent. */
        void notRecorded(String why, boolean textsKept) {
            notRecorded = why;
            this.textsKept = textsKept;
        }

        /** Whether this push added nothing to the server (all of it was there already). */
        boolean sentNothing() {
            return passagesSent == 0 && memosSent == 0 && eventsAdded == 0 && codesCreated.isEmpty();
        }

        /**
         * Another push from {@code copy} changed its record while this one ran, and this one sent nothing: the other
         * sent what this found on the server and records it, so nothing is left unrecorded.
         */
        void sentByAnotherPush(String copy) {
            sentByAnotherPush = copy;
        }

        PushReport build() {
            List<String> all = new ArrayList<>();
            missingDocuments.forEach((document, n) -> all.add("document " + document + " is not in the team project: "
                    + Counted.of(n, "passage") + " not sent"));
            missingCodes.forEach((code, n) -> all.add(code + ": " + Counted.of(n, "passage") + " not sent"
                    + remedies.get(code)));
            codersLikePseudonyms.forEach((coder, n) -> all.add("coder " + coder + " is called like a pseudonym, and "
                    + "the team project pseudonymises its coders: files, which name them Coder 1, Coder 2, …, would "
                    + "name them and another coder alike: " + Counted.of(n, "passage") + " not sent (a lead switches "
                    + "pseudonymising the coders off in the team project, or the passages are coded under another "
                    + "name; then push again)"));
            all.addAll(conflicts);
            return new PushReport(passagesSent, passagesPresent, memosSent, memosPresent, codesCreated, eventsAdded, all,
                    fromPull,
                    Optional.ofNullable(notRecorded), textsKept, pulledBeforeEvents,
                    Optional.ofNullable(sentByAnotherPush));
        }
    }
}
