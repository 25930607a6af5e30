package org.parallax.io;

/** Raw text taken out of a file, before normalisation, with the title the file declares (or null). */
record Extraction(String text, String declaredTitle) {
}
