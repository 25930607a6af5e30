package org.parallax.io;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Whether a PDF's page tree leads back into itself (a node among its own descendants). PDFBox skips such a node
 * with a log line and reads the pages it can reach, so a looping file read as blank was called "no extractable text
 * (scanned PDF?)", and one with pages beyond the loop would import half a document.
 */
final class PdfPageTreeLoop {
    private PdfPageTreeLoop() {
    }

    static boolean in(PDDocument doc) {
        COSBase root = doc.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.PAGES);
        if (!(root instanceof COSDictionary rootNode)) {
            return false;
        }
        // Depth first without recursion (a hostile tree may be deep); a node is on the path from its entry until
        // its last kid is done. A node met again off the path (listed twice) is no loop and is not walked again.
        Set<COSDictionary> onPath = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<COSDictionary> done = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object> work = new ArrayDeque<>();
        work.push(rootNode);
        while (!work.isEmpty()) {
            Object next = work.pop();
            if (next instanceof Leaving leaving) {
                onPath.remove(leaving.node());
                done.add(leaving.node());
                continue;
            }
            COSDictionary node = (COSDictionary) next;
            if (onPath.contains(node)) {
                return true;
            }
            if (done.contains(node)) {
                continue;
            }
            onPath.add(node);
            work.push(new Leaving(node));
            if (node.getDictionaryObject(COSName.KIDS) instanceof COSArray kids) {
                for (int i = 0; i < kids.size(); i++) {
                    if (kids.getObject(i) instanceof COSDictionary kid) {
                        work.push(kid);
                    }
                }
            }
        }
        return false;
    }

    private record Leaving(COSDictionary node) {
    }
}
