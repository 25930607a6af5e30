package org.parallax.io;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.parallax.model.ParallaxException;

/**
 * Reads passages given by quotation rather than offsets (columns file, code, quote, coder, memo), the
 * form the sample project keeps its coding in so that it survives any change of offsets convention.
 */
public final class QuotedPassagesCsv {
    /** One passage: the exact text {@code quote} of {@code file}, coded with {@code code} by {@code coder}. */
    public record QuotedPassage(String file, String code, String quote, String coder, String memo, long line) {
    }

    private QuotedPassagesCsv() {
    }

    public static List<QuotedPassage> read(Path csv) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            List<QuotedPassage> out = new ArrayList<>();
            for (CSVRecord r : format.parse(in)) {
                out.add(new QuotedPassage(r.get("file"), r.get("code"), r.get("quote"), r.get("coder"),
                        r.isMapped("memo") && !r.get("memo").isBlank() ? r.get("memo") : null,
                        r.getRecordNumber() + 1));
            }
            return out;
        } catch (CharacterCodingException e) {
            throw new ParallaxException(csv.getFileName() + ": cannot read passages (not UTF-8 text)", e);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // The CSV parser reports a broken quote from its iterator, wrapped in an UncheckedIOException.
            throw new ParallaxException(csv.getFileName() + ": cannot read passages (" + Causes.brief(e) + ")", e);
        }
    }
}
