package org.parallax.store;

import java.util.List;

/**
 * Documents taken out of the project with everything that pointed at them (text, attributes, passages, memos,
 * anchors, the assistant's records), held so that {@link DocumentStore#restore} can put back exactly those rows
 * under the same ids: what undo of a removal needs.
 */
public interface RemovedDocuments {
    /** The ids of the documents removed, in the order they were named. */
    List<Long> ids();

    /** How many coded passages went with them. */
    int passages();

    /** About how many bytes the rows held take in memory (texts, passages, memos and the rest), for undo's limit. */
    long heldBytes();
}
