package org.parallax.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;

/**
 * Says when POI left out a Word file's properties (docProps/core.xml: its title and date of creation). POI refuses a
 * DOCTYPE there, as every XML Parallax reads does (an entity could pull in a file of this computer or expand a
 * billion times), but it drops the part with no more than a log line: the document came in under its file name and
 * nobody was told why.
 */
final class DocxRefusedProperties {
    /** A DOCTYPE comes before the root element; properties are a few hundred bytes. */
    private static final int PROLOG_BYTES = 64 * 1024;

    private DocxRefusedProperties() {
    }

    /**
     * The line to show when {@code pkg}'s properties declare a DOCTYPE, which POI refuses; empty otherwise. POI keeps
     * the part, empty, so the refusal is told by the part's own bytes.
     */
    static Optional<String> warning(Path file, OPCPackage pkg, ZipFile zip) {
        Set<String> parts = new LinkedHashSet<>();
        for (String type : List.of(PackageRelationshipTypes.CORE_PROPERTIES,
                PackageRelationshipTypes.CORE_PROPERTIES_ECMA376)) {
            for (PackageRelationship relationship : pkg.getRelationshipsByType(type)) {
                try {
                    parts.add(PackagingURIHelper.createPartName(PackagingURIHelper.resolvePartUri(
                            relationship.getSourceURI(), relationship.getTargetURI())).getName().substring(1));
                } catch (InvalidFormatException | IllegalArgumentException e) {
                    // A relationship naming no part: nothing POI could have read.
                }
            }
        }
        return parts.stream().filter(part -> declaresDoctype(zip, part)).findFirst()
                .map(part -> file.getFileName() + ": its properties (" + part + ", with its title and date) were not "
                        + "read: they contain a DOCTYPE declaration, refused for safety; the title is taken from the "
                        + "file name");
    }

    private static boolean declaresDoctype(ZipFile zip, String entryName) {
        ZipArchiveEntry entry = zip.getEntry(entryName);
        if (entry == null) {
            return false;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            // Zero bytes out, so that a part in UTF-16 is read too.
            return new String(in.readNBytes(PROLOG_BYTES), StandardCharsets.ISO_8859_1).replace("\0", "")
                    .toUpperCase(Locale.ROOT).contains("<!DOCTYPE");
        } catch (IOException e) {
            return false;
        }
    }
}
