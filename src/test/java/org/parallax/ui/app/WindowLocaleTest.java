package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The window's own words are English; the words JavaFX puts into its dialogs and the numbers on its charts' axes must
 * not come out in the machine's language beside them.
 */
class WindowLocaleTest {
    /** The bundle JavaFX reads its buttons' words from (ButtonType.CANCEL's "Cancel", the text fields' menu). */
    private static final String TOOLKIT_WORDS = "com/sun/javafx/scene/control/skin/resources/controls";
    private final Locale before = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void onAGermanOrRussianMachineTheToolkitsWordsAndNumbersAreEnglish() {
        for (Locale machine : new Locale[] {Locale.GERMANY, Locale.forLanguageTag("ru-RU"), Locale.FRANCE}) {
            Locale.setDefault(Launcher.windowLocale(machine));

            assertThat(ResourceBundle.getBundle(TOOLKIT_WORDS).getString("Dialog.cancel.button")).as(machine.toString())
                    .isEqualTo("Cancel");
            assertThat(NumberFormat.getInstance().format(0.8)).as(machine.toString()).isEqualTo("0.8");
        }
    }

    @Test
    void anEnglishMachineKeepsItsOwnLocale() {
        Locale british = Locale.UK;

        assertThat(Launcher.windowLocale(british)).isEqualTo(british);
    }
}
