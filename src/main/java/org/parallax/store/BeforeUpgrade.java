package org.parallax.store;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * What happens to a project file an older Parallax wrote before it is upgraded in place: once upgraded, no older
 * Parallax opens it, so the file as it was is kept first (docs/backups.md).
 */
@FunctionalInterface
public interface BeforeUpgrade {
    /** Nothing is kept: the file is upgraded as it is. */
    BeforeUpgrade NOTHING = (schema, copy) -> {
    };

    /**
     * Keeps the file as it is, of schema {@code schema}, by passing {@code copy} a new file to write it to; throws a
     * {@link org.parallax.model.ParallaxException} saying why it could not, and the project then opens read-only,
     * not upgraded.
     */
    void keep(int schema, Consumer<Path> copy);

    /**
     * {@link #keep} unless a copy kept already holds what the file holds, as {@code holdsTheFile} tells of a file: an
     * upgrade killed after keeping its copy but before its first step was saved left the file as it was, unmarked,
     * and the copy is not to be taken twice.
     */
    default void keep(int schema, Consumer<Path> copy, Predicate<Path> holdsTheFile) {
        keep(schema, copy);
    }

    /**
     * Told instead of {@link #keep} when an upgrade from schema {@code fromSchema} was stopped at {@code atSchema} (the
     * program killed, the disk full) and is carried on: the copy kept when it began holds the file as it was, and the
     * half-upgraded file, which no Parallax before the upgrade opens either, is not kept again.
     */
    default void resume(int fromSchema, int atSchema) {
    }
}
