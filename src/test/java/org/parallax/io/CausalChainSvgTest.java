package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The causal chain's SVG (`parallax export tracing … chain.svg`): two events of one date were numbered E1 and E2 in
 * one place, one over the other, and two evidence items of one date likewise (#3 over #4). Every label now has a place
 * of its own, and every one is still there.
 */
class CausalChainSvgTest {
    private static final LocalDate ROME = LocalDate.of(2002, 5, 28);

    /** A text's box as drawn: its anchor, an average glyph width of 0.62 of the font size, and its height. */
    private record Box(String text, double left, double right, double top, double bottom) {
        boolean overlaps(Box other) {
            return left < other.right && other.left < right && top < other.bottom && other.top < bottom;
        }
    }

    @Test
    void marksOfOneDateEachHaveALabelOfTheirOwnWhereNoOtherTextIs() throws Exception {
        List<SvgChart.Mark> events = List.of(new SvgChart.Mark(ROME, "Rome declaration"),
                new SvgChart.Mark(ROME, "NATO-Russia Council founded"),
                new SvgChart.Mark(LocalDate.of(2002, 6, 2), "A day after"),
                new SvgChart.Mark(LocalDate.of(2008, 8, 8), "Georgia war"));
        List<SvgChart.Mark> items = List.of(new SvgChart.Mark(ROME, "#3"), new SvgChart.Mark(ROME, "#4"),
                new SvgChart.Mark(ROME, "#12"), new SvgChart.Mark(LocalDate.of(2002, 6, 1), "#5"),
                new SvgChart.Mark(LocalDate.of(2008, 8, 8), "#6"));
        List<SvgChart.DatedSeries> series = List.of(new SvgChart.DatedSeries("Balance of power", null,
                List.of(LocalDate.of(2000, 1, 1), ROME), List.of(0.5, 0.7)));

        String svg = SvgChart.overTime("Causal chain of 'NR'", LocalDate.of(2000, 1, 1), LocalDate.of(2010, 1, 1),
                series, events, items, null);

        List<Box> boxes = boxes(svg);
        assertThat(boxes).extracting(Box::text).contains("E1", "E2", "E3", "E4", "#3", "#4", "#12", "#5", "#6");
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).overlaps(boxes.get(j))).as(boxes.get(i) + " and " + boxes.get(j)).isFalse();
            }
        }
    }

    private static List<Box> boxes(String svg) throws Exception {
        NodeList texts = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))).getElementsByTagName("text");
        List<Box> boxes = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            double x = Double.parseDouble(text.getAttribute("x"));
            double y = Double.parseDouble(text.getAttribute("y"));
            double size = Double.parseDouble(text.getAttribute("font-size"));
            double width = text.getTextContent().length() * size * 0.62;
            double left = switch (text.getAttribute("text-anchor")) {
                case "middle" -> x - width / 2;
                case "end" -> x - width;
                default -> x;
            };
            boxes.add(new Box(text.getTextContent(), left, left + width, y - size * 0.8, y + size * 0.2));
        }
        return boxes;
    }
}
