package org.parallax.workbench;

import java.util.Locale;
import java.util.Set;

/** Names of the REFI-QDA variables that carry a document's metadata, and how attributes avoid them. */
final class ExchangeVariables {
    static final String TITLE = "title";
    static final String DATE = "date";
    static final String TYPE = "type";
    static final String ACTOR = "actor";
    static final String LANGUAGE = "language";
    static final String SCENARIO = "scenario";
    static final String SOURCE_FILE = "source file";
    static final String ATTRIBUTE_PREFIX = "attribute: ";
    private static final Set<String> RESERVED = Set.of(TITLE, DATE, TYPE, ACTOR, LANGUAGE, SCENARIO, SOURCE_FILE);

    private ExchangeVariables() {
    }

    /** An attribute keeps its name unless that name is one of the metadata variables (then it is prefixed). */
    static String attributeVariable(String attribute) {
        return isReserved(attribute) || attribute.startsWith(ATTRIBUTE_PREFIX) ? ATTRIBUTE_PREFIX + attribute
                : attribute;
    }

    static boolean isReserved(String variable) {
        return RESERVED.contains(variable.toLowerCase(Locale.ROOT));
    }

    /** The attribute name a non-metadata variable stands for. */
    static String attributeName(String variable) {
        return variable.startsWith(ATTRIBUTE_PREFIX) ? variable.substring(ATTRIBUTE_PREFIX.length()) : variable;
    }
}
