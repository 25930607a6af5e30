package org.parallax.testutil;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;

/**
 * Damages a closed project file the way a bad disk or an interrupted copy does: a page of zeros, or one bit flipped
 * in a row as SQLite stores it.
 */
public final class DamagedPages {
    private DamagedPages() {
    }

    /**
     * Overwrites the root page of {@code table} (a table or an index) with zeros; SQLite then cannot read it at all.
     */
    public static void zeroRootPage(Path project, String table) throws Exception {
        int page;
        int size;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project); var st = c.createStatement()) {
            try (var rs = st.executeQuery("SELECT rootpage FROM sqlite_master WHERE type IN ('table', 'index') AND name = '"
                    + table + "'")) {
                page = rs.getInt(1);
            }
            try (var rs = st.executeQuery("PRAGMA page_size")) {
                size = rs.getInt(1);
            }
        }
        try (FileChannel file = FileChannel.open(project, StandardOpenOption.WRITE)) {
            file.write(ByteBuffer.allocate(size), (long) (page - 1) * size);
        }
    }

    /**
     * Flips the low bit of the serial type SQLite keeps for one value of a row in the file (the record header of the
     * row whose rowid is {@code rowid}): text of n bytes (2n+13) becomes a blob of the same bytes (2n+12), an 8-byte
     * integer (6) a real (7), and back. Returns the serial type before the flip.
     */
    public static long flipStorageClass(Path project, String table, long rowid, String column) throws Exception {
        int size = pageSize(project);
        int cid = -1;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project); var st = c.createStatement();
             var rs = st.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rs.next()) {
                if (rs.getString("name").equals(column)) {
                    cid = rs.getInt("cid");
                }
            }
        }
        if (cid < 0) {
            throw new IllegalArgumentException("no column " + column + " in " + table);
        }
        byte[] file = java.nio.file.Files.readAllBytes(project);
        for (int page : leafPages(project, List.of(table))) {
            for (Cell cell : cells(file, size, page)) {
                if (cell.rowid() != rowid) {
                    continue;
                }
                int type = cell.record() + varintLength(file, cell.record());
                for (int n = 0; n < cid; n++) {
                    type += varintLength(file, type);
                }
                long before = varint(file, type);
                // A varint's low bit is in its last byte.
                file[type + varintLength(file, type) - 1] ^= 1;
                java.nio.file.Files.write(project, file);
                return before;
            }
        }
        throw new IllegalArgumentException("no row " + rowid + " in " + table);
    }

    /**
     * Flips the low bit of the last byte of {@code index}'s root page, the row id of its first entry, which then points
     * at another row. SQLite's integrity check names the index; its quick check, which does not compare indexes with
     * their tables, finds nothing.
     */
    public static void flipIndexEntry(Path project, String index) throws Exception {
        int page;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project); var st = c.createStatement();
             var rs = st.executeQuery("SELECT rootpage FROM sqlite_master WHERE type = 'index' AND name = '"
                     + index + "'")) {
            if (!rs.next()) {
                throw new IllegalArgumentException("no index " + index + " in " + project);
            }
            page = rs.getInt(1);
        }
        long at = (long) page * pageSize(project) - 1;
        try (FileChannel file = FileChannel.open(project, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer b = ByteBuffer.allocate(1);
            file.read(b, at);
            b.put(0, (byte) (b.get(0) ^ 1));
            b.rewind();
            file.write(b, at);
        }
    }

    /**
     * Zeros the rows of the last leaf page of {@code table}, keeping the page's header and its list of where each row
     * starts: the page as a file cut off inside it reads (SQLite reads what lies past the end as zeros). Each row then
     * reads as id 0 with no values. Returns how many rows the page held.
     */
    public static int zeroRowsOfLastPage(Path project, String table) throws Exception {
        List<Integer> pages = leafPages(project, List.of(table));
        int page = pages.get(pages.size() - 1);
        int size = pageSize(project);
        long at = (long) (page - 1) * size;
        try (FileChannel file = FileChannel.open(project, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer header = ByteBuffer.allocate(8);
            file.read(header, at);
            int rows = header.getShort(3) & 0xffff;
            int content = header.getShort(5) & 0xffff;
            file.write(ByteBuffer.allocate(size - content), at + content);
            return rows;
        }
    }

    /**
     * Overwrites with zeros the middle one of {@code table}'s leaf pages, as a bad disk does; returns the rowids of the
     * rows that page held (their values, and SQLite's way to them, are gone; the other pages stay readable).
     */
    public static List<Long> zeroMiddleLeafPage(Path project, String table) throws Exception {
        List<Integer> pages = leafPages(project, List.of(table));
        int page = pages.get(pages.size() / 2);
        int size = pageSize(project);
        List<Long> rowids = cells(java.nio.file.Files.readAllBytes(project), size, page).stream().map(Cell::rowid)
                .toList();
        try (FileChannel file = FileChannel.open(project, StandardOpenOption.WRITE)) {
            file.write(ByteBuffer.allocate(size), (long) (page - 1) * size);
        }
        return rowids;
    }

    /**
     * Empties the file header's list of free pages (its first trunk page and count), as a bad disk or a half-written
     * header does: SQLite's checks then name each page that was free as never used, one a line. Returns how many pages
     * were free.
     */
    public static int forgetFreePages(Path project) throws Exception {
        try (FileChannel file = FileChannel.open(project, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer list = ByteBuffer.allocate(8);
            file.read(list, 32);
            file.write(ByteBuffer.allocate(8), 32);
            return list.getInt(4);
        }
    }

    /** The file's page size. */
    public static int pageSize(Path project) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project); var st = c.createStatement();
             var rs = st.executeQuery("PRAGMA page_size")) {
            return rs.getInt(1);
        }
    }

    /** The leaf pages holding the rows of {@code tables}, in file order. */
    public static List<Integer> leafPages(Path project, List<String> tables) throws Exception {
        List<Integer> pages = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project + "?open_mode=1");
             var st = c.createStatement();
             var rs = st.executeQuery("SELECT pageno FROM dbstat WHERE pagetype = 'leaf' AND name IN ('"
                     + String.join("','", tables) + "') ORDER BY pageno")) {
            while (rs.next()) {
                pages.add(rs.getInt(1));
            }
        }
        return pages;
    }

    /**
     * Where in a table's leaf page each row's cell keeps what says how to read its values: the payload's length, the
     * rowid, and the record header (its length and each value's serial type), as offsets into the page.
     */
    public static List<Integer> rowHeaderBytes(byte[] file, int pageSize, int page) {
        List<Integer> offsets = new ArrayList<>();
        int start = (page - 1) * pageSize;
        for (Cell cell : cells(file, pageSize, page)) {
            int end = cell.record() + (int) varint(file, cell.record());
            for (int at = cell.start(); at < end && at < start + pageSize; at++) {
                offsets.add(at - start);
            }
        }
        return offsets;
    }

    /** A row's cell in a table leaf page: where it starts, its rowid and where its record header starts. */
    private record Cell(int start, long rowid, int record) {
    }

    private static List<Cell> cells(byte[] file, int pageSize, int page) {
        int start = (page - 1) * pageSize;
        int header = start + (page == 1 ? 100 : 0);
        int count = ((file[header + 3] & 0xff) << 8) | (file[header + 4] & 0xff);
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int pointer = header + 8 + 2 * i;
            int cell = start + (((file[pointer] & 0xff) << 8) | (file[pointer + 1] & 0xff));
            int rowid = cell + varintLength(file, cell);
            cells.add(new Cell(cell, varint(file, rowid), rowid + varintLength(file, rowid)));
        }
        return cells;
    }

    private static long varint(byte[] b, int at) {
        long v = 0;
        for (int i = 0; i < 9; i++) {
            int x = b[at + i] & 0xff;
            if (i == 8) {
                return (v << 8) | x;
            }
            v = (v << 7) | (x & 0x7f);
            if ((x & 0x80) == 0) {
                return v;
            }
        }
        return v;
    }

    private static int varintLength(byte[] b, int at) {
        int n = 1;
        while (n < 9 && (b[at + n - 1] & 0x80) != 0) {
            n++;
        }
        return n;
    }
}
