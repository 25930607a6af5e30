package org.parallax.io.refi;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.parallax.io.refi.ExchangeProject.Note;
import org.parallax.io.refi.ExchangeProject.Source;
import org.parallax.io.refi.ExchangeProject.Variable;

/**
 * A project as the .qdpx writer takes it: the small parts held ({@link #head()}: name, users, code tree, sets,
 * description), the sources and notes handed over one at a time, as often as the writer walks them, in the same order
 * each time. So a project of 10,000 documents (500 MB of text, 2,000,000 passages) is written without ever holding its
 * texts or its selections at once (held, they took the export past a 512 MiB heap).
 */
public interface ExchangeFeed {
    /** The project without its sources and notes (both lists empty, whatever the holder had). */
    ExchangeProject head();

    /** Hands over each source whole (text, variables, selections), in order. */
    void sources(Consumer<Source> each);

    /** Each source's variables, in the order of {@link #sources}; a feed may give them without reading the texts. */
    default void variables(Consumer<Map<String, Variable>> each) {
        sources(s -> each.accept(s.variables()));
    }

    /** Hands over each note, in order. */
    void notes(Consumer<Note> each);

    /** A project already held whole. */
    static ExchangeFeed of(ExchangeProject project) {
        ExchangeProject head = new ExchangeProject(project.name(), project.origin(), project.users(), project.codes(),
                project.sets(), java.util.List.of(), java.util.List.of(), project.description());
        return new ExchangeFeed() {
            @Override
            public ExchangeProject head() {
                return head;
            }

            @Override
            public void sources(Consumer<Source> each) {
                project.sources().forEach(each);
            }

            @Override
            public void notes(Consumer<Note> each) {
                project.notes().forEach(each);
            }
        };
    }

    /** This feed with {@code rewrite} applied to every name a reader sees, as {@link ExchangeProject#withNames}. */
    default ExchangeFeed withNames(UnaryOperator<String> rewrite) {
        ExchangeFeed feed = this;
        return new ExchangeFeed() {
            @Override
            public ExchangeProject head() {
                return feed.head().withNames(rewrite);
            }

            @Override
            public void sources(Consumer<Source> each) {
                feed.sources(s -> each.accept(s.withNames(rewrite)));
            }

            @Override
            public void variables(Consumer<Map<String, Variable>> each) {
                feed.variables(v -> each.accept(Source.renamed(v, rewrite)));
            }

            @Override
            public void notes(Consumer<Note> each) {
                feed.notes(n -> each.accept(n.withName(rewrite)));
            }
        };
    }
}
