package org.parallax.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.Workbench;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * `--svg` of tally, timeline and co-occurrence (issue 15 item 5): well-formed SVG whose labels and numbers
 * are text elements equal to what the CLI prints, with no embedded bitmap; Cyrillic and emoji survive.
 */
class SvgChartsCliTest {
    @TempDir
    static Path dir;
    static Path project;

    @BeforeAll
    static void sample() throws Exception {
        project = TestProjects.sampleCopy(dir);
        try (Workbench wb = Workbench.open(project)) {
            long frame = wb.codebook().addFrame("Теория 🤝 <&>", null, null).id();
            long code = wb.codebook().addCode("Код 😀", frame, null, null, null).id();
            wb.coding().code(1, 0, 10, code, null);
        }
    }

    static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document svg = factory.newDocumentBuilder().parse(file.toFile());
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(svg.getElementsByTagNameNS("*", "image").getLength()).isZero();
        return svg;
    }

    static List<String> texts(Document svg) {
        NodeList nodes = svg.getElementsByTagNameNS("*", "text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    @Test
    void heatMapHoldsTheMatrixLabelsAndCountsAsText() throws Exception {
        Path out = dir.resolve("matrix.svg");
        Cli run = Cli.parallax("tally", project, "--svg", out, "--format", "csv");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("Chart written to " + out);
        List<String> texts = texts(parse(out));
        List<List<String>> csv = XlsxCliTest.csvValues(run.out());
        for (List<String> row : csv.subList(1, csv.size() - 1)) {
            assertThat(texts).anyMatch(t -> t.strip().equals(row.get(0)));
        }
        List<String> header = csv.get(0);
        assertThat(texts).containsAll(header.subList(1, header.size() - 1));
        assertThat(texts).contains("Теория 🤝 <&>", "  Код 😀");
        long cellsWithNumbers = texts.stream().filter(t -> t.matches("\\d+")).count();
        assertThat(cellsWithNumbers).isEqualTo((long) (csv.size() - 2) * (header.size() - 2));
    }

    @Test
    void timelineDrawsOneLinePerFrameWithPeriodsAsText() throws Exception {
        Path out = dir.resolve("timeline.svg");
        Cli run = Cli.parallax("timeline", project, "--svg", out);
        assertThat(run.exit()).as(run.err()).isZero();
        Document svg = parse(out);
        List<List<String>> csv = XlsxCliTest.csvValues(Cli.parallax("timeline", project, "--format", "csv").out());
        int frames = (csv.get(0).size() - 2) / 2;
        assertThat(svg.getElementsByTagNameNS("*", "polyline").getLength()).isEqualTo(frames);
        List<String> texts = texts(svg);
        csv.subList(1, csv.size()).forEach(row -> assertThat(texts).contains(row.get(0)));
    }

    @Test
    void cooccurrenceHeatMapNamesEveryCode() throws Exception {
        Path out = dir.resolve("pairs.svg");
        // By paragraph: the sample's overlapping passages of two codes are two coders', no pair.
        Cli run = Cli.parallax("cooccurrence", project, "--by", "paragraph", "--svg", out);
        assertThat(run.exit()).as(run.err()).isZero();
        List<String> texts = texts(parse(out));
        List<List<String>> pairs = XlsxCliTest.csvValues(Cli.parallax("cooccurrence", project, "--by", "paragraph",
                "--format", "csv").out());
        assertThat(pairs).hasSizeGreaterThan(1);
        for (List<String> pair : pairs.subList(1, pairs.size())) {
            assertThat(texts).contains(pair.get(0), pair.get(1), pair.get(2));
        }
    }
}
