package org.parallax.search;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Test classes that search the fixtures' texts: one in-memory index of them per class, like a project's. */
abstract class FixtureIndexTest {
    static SearchIndex index;

    @BeforeAll
    static void indexFixtures() {
        index = SearchFixtures.indexOfAll();
    }

    @AfterAll
    static void closeIndex() {
        index.close();
    }
}
