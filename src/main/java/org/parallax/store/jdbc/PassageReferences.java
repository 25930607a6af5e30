package org.parallax.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.parallax.model.Segment;
import org.parallax.store.StoreException;

/**
 * Fails a batch of passages unless each one's document, code and coder is in the project: once per distinct id what
 * SQLite's foreign keys ask for every row, so the batch can go in without them
 * ({@link JdbcSession#writeCheckingReferences}).
 */
final class PassageReferences {
    /** Ids asked about per query, far below SQLite's 32,766 parameters. */
    private static final int IDS_PER_QUERY = 500;

    private PassageReferences() {
    }

    /** Throws, naming the first id that is not there, unless every passage of {@code sorted} refers to rows that are. */
    static Void require(Connection c, IndexOrder.Sorted sorted) throws SQLException {
        List<Segment> passages = sorted.passages();
        int n = passages.size();
        long[] documents = new long[n];
        long[] codes = new long[n];
        long[] coders = sorted.sharedCoder() != null ? new long[] {sorted.sharedCoder()} : new long[n];
        for (int i = 0; i < n; i++) {
            Segment s = passages.get(i);
            documents[i] = s.documentId();
            codes[i] = s.codeId();
            if (coders.length == n) {
                coders[i] = s.coderId();
            }
        }
        requireAll(c, "documents", "document", distinct(documents));
        requireAll(c, "codes", "code", distinct(codes));
        requireAll(c, "coders", "coder", distinct(coders));
        return null;
    }

    private static long[] distinct(long[] ids) {
        Arrays.sort(ids);
        int kept = 0;
        for (int i = 0; i < ids.length; i++) {
            if (kept == 0 || ids[i] != ids[kept - 1]) {
                ids[kept++] = ids[i];
            }
        }
        return Arrays.copyOf(ids, kept);
    }

    private static void requireAll(Connection c, String table, String what, long[] ids) throws SQLException {
        for (int from = 0; from < ids.length; from += IDS_PER_QUERY) {
            int to = Math.min(ids.length, from + IDS_PER_QUERY);
            StringBuilder sql = new StringBuilder("SELECT id FROM ").append(table).append(" WHERE id IN (");
            for (int i = from; i < to; i++) {
                sql.append(i > from ? ",?" : "?");
            }
            try (PreparedStatement st = c.prepareStatement(sql.append(") ORDER BY id").toString())) {
                for (int i = from; i < to; i++) {
                    st.setLong(i - from + 1, ids[i]);
                }
                int at = from;
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next() && at < to && rs.getLong(1) == ids[at]) {
                        at++;
                    }
                }
                if (at < to) {
                    throw new StoreException("A passage of the batch names " + what + " " + ids[at]
                            + ", which is not in the project (removed meanwhile?): nothing was stored");
                }
            }
        }
    }
}
