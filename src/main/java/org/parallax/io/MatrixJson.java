package org.parallax.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Matrix;

/** Writes a {@link Matrix} as JSON: headers, cells with counts and optionally segment ids, totals (docs/export.md). */
public final class MatrixJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private MatrixJson() {
    }

    record ColumnDto(Long id, String label) {
    }

    record RowDto(String kind, long id, String label, Integer parent, int depth, List<CellDto> cells, CellDto total) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CellDto(int segments, int documents, long[] segmentIds) {
    }

    record MatrixDto(List<ColumnDto> columns, List<RowDto> rows, List<CellDto> columnTotals, CellDto total) {
    }

    /** The matrix as JSON text; {@code withSegmentIds} adds each cell's segment ids for click-through. */
    public static String toJson(Matrix matrix, boolean withSegmentIds) {
        try {
            return MAPPER.writeValueAsString(toDto(matrix, withSegmentIds)) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Matrix DTOs must always serialise", e);
        }
    }

    public static void write(Matrix matrix, boolean withSegmentIds, Path file) {
        try {
            AtomicFiles.writeString(file, toJson(matrix, withSegmentIds));
        } catch (IOException e) {
            throw WriteFailures.of("the matrix export", file, e);
        }
    }

    private static MatrixDto toDto(Matrix matrix, boolean withSegmentIds) {
        List<ColumnDto> columns = matrix.columns().stream().map(c -> new ColumnDto(c.id(), c.label())).toList();
        List<RowDto> rows = new ArrayList<>();
        for (int row = 0; row < matrix.rows().size(); row++) {
            Matrix.Row header = matrix.rows().get(row);
            List<CellDto> cells = new ArrayList<>();
            for (int column = 0; column < columns.size(); column++) {
                cells.add(cell(matrix.cell(row, column), withSegmentIds ? matrix.segmentIds(row, column) : null));
            }
            rows.add(new RowDto(header.kind().name(), header.id(), header.label(),
                    header.parent() < 0 ? null : header.parent(), header.depth(), cells,
                    cell(matrix.rowTotal(row), null)));
        }
        List<CellDto> columnTotals = new ArrayList<>();
        for (int column = 0; column < columns.size(); column++) {
            columnTotals.add(cell(matrix.columnTotal(column), null));
        }
        return new MatrixDto(columns, rows, columnTotals, cell(matrix.total(), null));
    }

    private static CellDto cell(Matrix.Tally tally, long[] segmentIds) {
        return new CellDto(tally.segments(), tally.documents(), segmentIds);
    }
}
