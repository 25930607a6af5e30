package org.parallax.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.parallax.model.Segment;

/**
 * Proves in one aggregate, without reading the rows back, that a batch stored without duplicates holds the ids
 * {@code before + 1 … before + n} in input order: the count and the smallest and largest id above {@code before}
 * show that the new rows are exactly those ids, and two sums of each row's position times a residue of its key
 * (document and start; end, code and coder) show that the i-th id went to the i-th input. A row out of place or
 * with another key changes a sum unless its residues collide, which two independent moduli make negligible. Every
 * term stays below 2^32, so the sums cannot overflow for fewer than 2^31 rows in SQL or in Java.
 */
final class RangeCheck {
    private static final long P = 65_521;
    private static final long Q = 65_519;
    private static final String AGGREGATE = "SELECT count(*), min(id), max(id), "
            + "sum(((id - ?1) % " + P + ") * (((document_id % " + P + ") * 7 + start_offset % " + P + ") % " + P
            + ")), "
            + "sum(((id - ?1) % " + Q + ") * (((end_offset % " + Q + ") * 5 + (code_id % " + Q + ") * 3 + coder_id % "
            + Q + ") % " + Q + ")) FROM segments WHERE id > ?1";

    private RangeCheck() {
    }

    /** {@code value % modulus}, without dividing when the value is already below the modulus (ids and offsets are). */
    private static long residue(long value, long modulus) {
        return value >= 0 && value < modulus ? value : value % modulus;
    }

    /**
     * Whether the rows above {@code before} are {@code ordered}, in order, with ids rising by one from
     * {@code before + 1}. SQLite only ({@code ?1} used three times).
     */
    static boolean holds(Connection c, long before, List<Segment> ordered) throws SQLException {
        long first = 0;
        long second = 0;
        // The position's residues counted up rather than divided: this loop runs once per batch, mostly before the
        // compiler has turned it into machine code, and each division cost there (docs/performance.md, session 11).
        long positionP = 0;
        long positionQ = 0;
        for (Segment s : ordered) {
            positionP = positionP == P - 1 ? 0 : positionP + 1;
            positionQ = positionQ == Q - 1 ? 0 : positionQ + 1;
            first += positionP * ((residue(s.documentId(), P) * 7 + residue(s.start(), P)) % P);
            second += positionQ
                    * ((residue(s.end(), Q) * 5 + residue(s.codeId(), Q) * 3 + residue(s.coderId(), Q)) % Q);
        }
        try (PreparedStatement st = c.prepareStatement(AGGREGATE)) {
            st.setLong(1, before);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                long count = rs.getLong(1);
                return count == ordered.size() && rs.getLong(2) == before + 1 && rs.getLong(3) == before + count
                        && rs.getLong(4) == first && rs.getLong(5) == second;
            }
        }
    }
}
