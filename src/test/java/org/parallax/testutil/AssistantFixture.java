package org.parallax.testutil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.parallax.workbench.ImportReport;
import org.parallax.workbench.ImportRequest;
import org.parallax.workbench.TaskProgress;
import org.parallax.workbench.Workbench;

/**
 * A project the assistant can learn from: generated English and Russian documents whose sentences are about
 * military posture, about dialogue, or about neither; the coder "analyst" coded every posture sentence
 * "Balance of power" and every dialogue sentence "Institutionalized dialogue". Words vary (and Russian words
 * are inflected) so that only stemming and word overlap, not exact repeats, connect new sentences to coded ones.
 */
public final class AssistantFixture {
    public static final String POWER = "Balance of power";
    public static final String DIALOGUE = "Institutionalized dialogue";
    public static final String CODER = "analyst";

    private static final String[][] EN_POWER = {
        {"The alliance", "Moscow", "The defence ministry", "The general staff"},
        {"deployed", "moved", "stationed", "reinforced"},
        {"missile brigades", "armoured divisions", "tank battalions", "missile launchers"},
        {"near the border", "along the eastern flank", "close to the frontier", "at forward bases"}};
    private static final String[][] EN_DIALOGUE = {
        {"The council", "Both delegations", "The ambassadors", "The foreign ministers"},
        {"agreed to hold", "resumed", "scheduled", "welcomed"},
        {"regular consultations", "joint meetings", "a dialogue session", "talks of the council"},
        {"on common concerns", "in Brussels", "within the joint council", "every month"}};
    private static final String[][] EN_OTHER = {
        {"The weather", "The harvest", "The museum", "The railway"},
        {"was", "remained", "seemed", "became"},
        {"unusually warm", "rather quiet", "well attended", "freshly painted"},
        {"this autumn", "in the old town", "for visitors", "after the holiday"}};
    private static final String[][] RU_POWER = {
        {"Альянс", "Москва", "Министерство обороны", "Генеральный штаб"},
        {"разместил", "перебросил", "усилил", "развернул"},
        {"ракетные бригады", "танковые дивизии", "ракетных установок", "бронетанковых батальонов"},
        {"у границы", "на восточном фланге", "вблизи границ", "на передовых базах"}};
    private static final String[][] RU_DIALOGUE = {
        {"Совет", "Обе делегации", "Послы", "Министры иностранных дел"},
        {"договорились провести", "возобновили", "назначили", "приветствовали"},
        {"регулярные консультации", "совместные заседания", "диалог совета", "консультациях совета"},
        {"по общим вопросам", "в Брюсселе", "в рамках совета", "каждый месяц"}};
    private static final String[][] RU_OTHER = {
        {"Погода", "Урожай", "Музей", "Железная дорога"},
        {"была", "оставалась", "казалась", "стала"},
        {"необычно тёплой", "довольно тихой", "полной посетителей", "свежевыкрашенной"},
        {"этой осенью", "в старом городе", "для гостей", "после праздника"}};

    private AssistantFixture() {
    }

    /** Creates the project with {@code english} English and {@code russian} Russian documents, coded by the analyst. */
    public static Path create(Path dir, int english, int russian) {
        return create(dir, english, russian, CODER);
    }

    /** {@link #create(Path, int, int)} coded by {@code coder} instead of the analyst. */
    public static Path create(Path dir, int english, int russian, String coder) {
        Path file = dir.resolve("assistant.parallax");
        Random random = new Random(7);
        List<Doc> docs = new ArrayList<>();
        for (int i = 0; i < english + russian; i++) {
            boolean ru = i >= english;
            docs.add(document(random, ru, (ru ? "ru-" : "en-") + i));
        }
        try (Workbench wb = TestProjects.table1(dir)) {
            wb.setActiveCoder(coder);
            List<Path> files = new ArrayList<>();
            for (Doc d : docs) {
                files.add(TestProjects.textFile(dir, d.name() + ".txt", d.text()));
            }
            ImportReport report = wb.documents().importFiles(ImportRequest.of(files), TaskProgress.NONE);
            for (int i = 0; i < docs.size(); i++) {
                long id = report.imported().get(i).id();
                String stored = wb.documents().text(id);
                for (Coded c : docs.get(i).coded()) {
                    int start = stored.indexOf(c.sentence());
                    wb.coding().code(id, start, start + c.sentence().length(), wb.codebook().code(c.code()).id(), null);
                }
            }
        }
        return dir.resolve("test.parallax");
    }

    /** An uncoded English document about both topics, for suggestions. */
    public static String englishProbe() {
        return "The defence ministry moved tank battalions to forward bases. The museum was rather quiet this "
                + "autumn. The foreign ministers agreed to hold joint meetings on common concerns.\n";
    }

    /** An uncoded Russian document about military posture, in word forms the training never used together. */
    public static String russianProbe() {
        return "Генеральный штаб развернул танковые дивизии на восточном фланге. Музей казался довольно тихим.\n";
    }

    private static Doc document(Random random, boolean ru, String name) {
        StringBuilder text = new StringBuilder();
        List<Coded> coded = new ArrayList<>();
        for (int paragraph = 0; paragraph < 3; paragraph++) {
            for (int s = 0; s < 4; s++) {
                int kind = random.nextInt(3);
                String[][] parts = switch (kind) {
                    case 0 -> ru ? RU_POWER : EN_POWER;
                    case 1 -> ru ? RU_DIALOGUE : EN_DIALOGUE;
                    default -> ru ? RU_OTHER : EN_OTHER;
                };
                String sentence = sentence(random, parts);
                // the same sentence twice in a document would be coded once; keep each unique
                while (text.indexOf(sentence) >= 0) {
                    sentence = sentence(random, parts);
                }
                if (kind < 2) {
                    coded.add(new Coded(sentence, kind == 0 ? POWER : DIALOGUE));
                }
                text.append(sentence).append(' ');
            }
            text.setLength(text.length() - 1);
            text.append("\n\n");
        }
        return new Doc(name, text.toString(), coded);
    }

    private static String sentence(Random random, String[][] parts) {
        StringBuilder s = new StringBuilder();
        for (String[] choices : parts) {
            s.append(s.length() == 0 ? "" : " ").append(choices[random.nextInt(choices.length)]);
        }
        return s.append('.').toString();
    }

    private record Doc(String name, String text, List<Coded> coded) {
    }

    private record Coded(String sentence, String code) {
    }
}
