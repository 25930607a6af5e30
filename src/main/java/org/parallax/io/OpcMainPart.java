package org.parallax.io;

import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;

/** The main part of an Office package (a Word body, a workbook), found by its relationship, transitional or strict. */
final class OpcMainPart {
    private OpcMainPart() {
    }

    /** Null when the package names none. */
    static PackagePart of(OPCPackage pkg) throws InvalidFormatException {
        for (String relation : List.of(PackageRelationshipTypes.CORE_DOCUMENT,
                PackageRelationshipTypes.STRICT_CORE_DOCUMENT)) {
            PackageRelationship main = pkg.getRelationshipsByType(relation).getRelationship(0);
            PackagePart part = main == null ? null : pkg.getPart(main);
            if (part != null) {
                return part;
            }
        }
        return null;
    }
}
