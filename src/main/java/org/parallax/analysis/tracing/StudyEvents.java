package org.parallax.analysis.tracing;

import java.time.LocalDate;
import java.util.List;
import org.parallax.model.CausalEvent;

/**
 * The events of NATO-Russia relations the study's corpus covers (docs of the domain), shipped as a template beside
 * Table 1: a project made with the study's codebook template gets them as its own stored events, any other project
 * on request. Nothing reads them from here but that step (ADR 0029).
 */
public final class StudyEvents {
    public static final List<CausalEvent> TEMPLATE = List.of(
            event(1997, 5, 27, "Founding Act and Permanent Joint Council"),
            event(1999, 3, 24, "Kosovo war, PJC suspended"),
            event(2002, 5, 28, "Rome declaration, NATO-Russia Council"),
            event(2004, 3, 29, "Enlargement by seven states"),
            event(2007, 2, 10, "Munich speech"),
            event(2008, 4, 2, "Bucharest summit"),
            event(2008, 8, 8, "Georgia war, NRC suspended"),
            event(2014, 4, 1, "Crimea, practical cooperation suspended"),
            event(2022, 2, 24, "Invasion of Ukraine"));

    private StudyEvents() {
    }

    private static CausalEvent event(int year, int month, int day, String label) {
        return new CausalEvent(0, LocalDate.of(year, month, day), label, null);
    }
}
