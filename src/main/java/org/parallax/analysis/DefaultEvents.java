package org.parallax.analysis;

import java.time.LocalDate;
import java.util.List;

/**
 * The events of NATO-Russia relations the corpus usually covers (docs of the domain), as timeline markers
 * and as the default periods between them; a shipped default that users may edit.
 */
public final class DefaultEvents {
    /** Each event starts the period named after it. */
    public static final List<MatrixSpec.Period> PERIODS = List.of(
            new MatrixSpec.Period("Founding Act and Permanent Joint Council", LocalDate.of(1997, 5, 27)),
            new MatrixSpec.Period("Kosovo war, PJC suspended", LocalDate.of(1999, 3, 24)),
            new MatrixSpec.Period("Rome declaration, NATO-Russia Council", LocalDate.of(2002, 5, 28)),
            new MatrixSpec.Period("Enlargement by seven states", LocalDate.of(2004, 3, 29)),
            new MatrixSpec.Period("Munich speech", LocalDate.of(2007, 2, 10)),
            new MatrixSpec.Period("Bucharest summit", LocalDate.of(2008, 4, 2)),
            new MatrixSpec.Period("Georgia war, NRC suspended", LocalDate.of(2008, 8, 8)),
            new MatrixSpec.Period("Crimea, practical cooperation suspended", LocalDate.of(2014, 4, 1)),
            new MatrixSpec.Period("Invasion of Ukraine", LocalDate.of(2022, 2, 24)));

    private DefaultEvents() {
    }
}
