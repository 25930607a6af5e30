package org.parallax.ui.codebook;

import java.util.Optional;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.ParallaxException;

/**
 * Parses a coding key typed for a code: 1-9, or blank/0 for none; a key another code uses is refused unless this
 * code holds it too. A new code's form offers the lowest free key, as it offers the next free colour.
 */
final class CodingKey {
    private CodingKey() {
    }

    /** The lowest key no code of {@code book} has, or 0 when all nine are taken. */
    static int nextFree(Codebook book) {
        for (int digit = 1; digit <= 9; digit++) {
            int key = digit;
            if (book.codes().stream().noneMatch(c -> c.shortcut() == key)) {
                return key;
            }
        }
        return 0;
    }

    static int parse(String typed, Code code, Codebook book) {
        String key = typed.strip();
        if (!key.matches("[0-9]?")) {
            throw new ParallaxException("'" + key + "' is not a key from 1 to 9");
        }
        int digit = key.isEmpty() ? 0 : Integer.parseInt(key);
        Optional<Code> taken = book.codes().stream()
                .filter(o -> digit != 0 && o.shortcut() == digit && o.id() != code.id()).findFirst()
                // A code keeps a key it shares with another (a project from an earlier release), so its other
                // fields can still be edited; taking the key over from another code is still refused.
                .filter(o -> digit != code.shortcut());
        if (taken.isPresent()) {
            throw new ParallaxException("Key " + digit + " already codes '" + taken.get().name()
                    + "'; clear it there first");
        }
        return digit;
    }
}
