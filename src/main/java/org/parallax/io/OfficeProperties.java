package org.parallax.io;

import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;

/**
 * The document properties of every Word and Excel file Parallax writes: the application that made it, "Parallax", and
 * no author. POI names itself, "Apache POI", as the author and the application, which a reader of the file properties
 * took for whoever wrote the report; the researcher gives no author, and a pseudonymised file must carry no person
 * (docs/refi-qda.md#pseudonymised-export).
 */
final class OfficeProperties {
    static final String APPLICATION = "Parallax";

    private OfficeProperties() {
    }

    /** Sets the properties of {@code document} before it is written. */
    static void set(POIXMLDocument document) {
        POIXMLProperties properties = document.getProperties();
        PackagePropertiesPart core = properties.getCoreProperties().getUnderlyingProperties();
        core.setCreatorProperty((String) null);
        core.setLastModifiedByProperty((String) null);
        properties.getExtendedProperties().getUnderlyingProperties().setApplication(APPLICATION);
    }
}
