package org.parallax.workbench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Documents in groups of about so many passages, to read a project's passages a group at a time instead of all at
 * once. A document is never split: one with more passages than a group holds is a group of its own.
 */
final class DocumentGroups {
    private DocumentGroups() {
    }

    /**
     * The documents of {@code passagesByDocument} that {@code chosen} holds, in id order (the order every passage
     * list of the project is in), grouped so that each group has at most {@code passagesPerGroup} passages.
     */
    static List<List<Long>> of(Map<Long, Integer> passagesByDocument, Collection<Long> chosen, int passagesPerGroup) {
        List<Long> documents = passagesByDocument.keySet().stream().filter(chosen::contains).sorted().toList();
        List<List<Long>> groups = new ArrayList<>();
        List<Long> group = new ArrayList<>();
        long passages = 0;
        for (long document : documents) {
            int count = passagesByDocument.get(document);
            if (!group.isEmpty() && passages + count > passagesPerGroup) {
                groups.add(group);
                group = new ArrayList<>();
                passages = 0;
            }
            group.add(document);
            passages += count;
        }
        if (!group.isEmpty()) {
            groups.add(group);
        }
        return groups;
    }
}
