package org.parallax.workbench;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keys that one person's name has however it is written: lower case, without accents, Cyrillic in Latin letters, and
 * the letters the usual transliterations (English, German, French, passport) spell differently made one, so that
 * "Анна Иванова", "Anna Ivanova", "Iwanowa" and "IVANOVA" meet; and the Russian case forms of a name's key
 * ("Ивановой", "Ivanovoy"). Only whole words are compared, never a part of a longer word.
 */
final class NameKeys {
    /** Russian letters (and the Ukrainian ones) as the key spells them. */
    private static final String CYRILLIC = "абвгдежзийклмнопрстуфхцчшщъыьэюяіїєґ";
    private static final String[] LATIN = {"a", "b", "v", "g", "d", "e", "z", "z", "i", "i", "k", "l", "m", "n",
        "o", "p", "r", "s", "t", "u", "f", "h", "c", "c", "s", "s", "", "i", "", "e", "iu", "ia", "i", "i", "e", "g"};
    /** Spellings the transliterations differ in, longest first, each with the one the key keeps. */
    private static final List<String[]> SPELLINGS = List.of(new String[] {"shch", "s"}, new String[] {"tsch", "c"},
            new String[] {"sch", "s"}, new String[] {"tch", "c"}, new String[] {"sh", "s"}, new String[] {"ch", "c"},
            new String[] {"zh", "z"}, new String[] {"kh", "h"}, new String[] {"ts", "c"}, new String[] {"tz", "c"},
            new String[] {"ph", "f"}, new String[] {"ck", "k"}, new String[] {"x", "ks"}, new String[] {"ye", "e"},
            new String[] {"je", "e"}, new String[] {"oe", "o"}, new String[] {"ue", "u"}, new String[] {"ae", "a"},
            new String[] {"y", "i"}, new String[] {"j", "i"}, new String[] {"w", "v"}, new String[] {"q", "k"});

    private NameKeys() {
    }

    /** The key of one word. */
    static String key(String word) {
        // "ё" before the accents go, which would leave it an "е".
        String plain = Normalizer.normalize(word.toLowerCase(Locale.ROOT).replace("ё", "io"), Normalizer.Form.NFD);
        StringBuilder latin = new StringBuilder(plain.length() + 4);
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            int cyrillic = CYRILLIC.indexOf(c);
            if (cyrillic >= 0) {
                latin.append(LATIN[cyrillic]);
            } else if (c == 'ł') {
                latin.append('l');
            } else if (c == 'ß') {
                latin.append("ss");
            } else if (c == 'ø') {
                latin.append('o');
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                latin.append(c);
            }
        }
        String key = latin.toString();
        for (String[] spelling : SPELLINGS) {
            key = key.replace(spelling[0], spelling[1]);
        }
        // "ё" after a consonant is "yo" in English, "o" in German ("Фёдор", "Fyodor"; "Шёненборн", "Schönenborn").
        return withoutDoubles(AFTER_CONSONANT_IO.matcher(key).replaceAll("o"));
    }

    private static final Pattern AFTER_CONSONANT_IO = Pattern.compile("(?<=[bcdfghklmnprstvz])io");

    /**
     * A letter written twice counts once ("Kirill", "Kiril"; "Дмитрий", "Dmitry"), unless that leaves fewer than three
     * letters: a short name ("ann") kept whole is not the short ordinary word ("an") it would become, which made every
     * "an" of a text the coder "ann" and every "ann" an ordinary word, left in a file unreplaced.
     */
    private static String withoutDoubles(String key) {
        StringBuilder single = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            if (i == 0 || key.charAt(i) != key.charAt(i - 1)) {
                single.append(key.charAt(i));
            }
        }
        return single.length() < 3 && key.length() > single.length() ? key : single.toString();
    }

    /**
     * The key and the keys of its Russian case forms: feminine -ova/-ina and given names in -a ("Ивановой", "Анне"),
     * -skaya ("Жуковской"), -sky ("Жуковского"), -ei/-ii ("Сергея", "Дмитрием") and a final consonant ("Иванову",
     * "Ивановым"); and the German genitive in -s ("Frau Bergs Meinung", "Putins Rede"), which went out as it was
     * written. Each is a whole word with one of a few endings, so no longer ordinary word ("Ивановка") is one.
     */
    static Set<String> inflected(String key) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(key);
        if (key.length() < 3) {
            return forms;
        }
        if (key.endsWith("skaia") || key.endsWith("ckaia")) {
            endings(forms, key.substring(0, key.length() - 3), "aia", "oi", "uiu", "oiu");
        } else if (key.endsWith("ski") || key.endsWith("cki")) {
            endings(forms, key.substring(0, key.length() - 1), "i", "ogo", "omu", "im", "om", "ie", "ih", "imi");
        } else if (key.endsWith("a")) {
            endings(forms, key.substring(0, key.length() - 1), "a", "i", "e", "u", "oi", "oiu", "ei", "eiu", "", "as");
        } else if (key.endsWith("i")) {
            endings(forms, key.substring(0, key.length() - 1), "i", "ia", "iu", "em", "iem", "e");
        } else if (!"eiou".contains(key.substring(key.length() - 1))) {
            endings(forms, key, "", "a", "u", "om", "e", "im", "ih", "imi", "i", "ia", "iu", "em", "s");
        }
        return forms;
    }

    /**
     * Whether a word whose key is a case form (not the name's own key) is taken for the name: when it is written in
     * Cyrillic, or its key is long enough not to be a short English word ("Any" is no genitive of "Аня").
     */
    static boolean caseFormCounts(String key, String word) {
        return key.length() >= 5 || cyrillic(word);
    }

    /** Whether {@code word} is written in Cyrillic letters, as its first letter says. */
    static boolean cyrillic(String word) {
        return Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.CYRILLIC;
    }

    private static void endings(Set<String> forms, String stem, String... endings) {
        for (String ending : endings) {
            // A stem ending as the ending begins ("Мари" + "и") is written with the letter once.
            String form = withoutDoubles(stem + ending);
            if (form.length() >= 3 && (!ending.isEmpty() || stem.endsWith("i"))) {
                forms.add(form);
            }
        }
    }
}
