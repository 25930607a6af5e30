package org.parallax.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Everything that asks or tells the user something in a window, behind an interface so tests can stand in. */
public interface DialogService {

    /** Shows a failure; {@code message} names the file or item and the problem, never a stack trace. */
    void showError(String title, String message);

    void showInformation(String title, String message);

    /**
     * Asks before something is deleted, replaced or done at scale; true means go ahead. Cancel is the default
     * answer, so Enter keeps things as they are.
     */
    boolean confirm(String title, String message);

    Optional<String> askText(String title, String prompt, String initial);

    /** Asks for a memo over several lines, {@code initial} shown whole with its line breaks; empty when cancelled. */
    Optional<String> askMemo(String title, String prompt, String initial);

    /** Lets the user pick one of {@code options}, shown with their {@code toString()}. */
    default <T> Optional<T> choose(String title, String prompt, List<T> options) {
        return choose(title, prompt, options, options.isEmpty() ? null : options.get(0));
    }

    /**
     * As {@link #choose(String, String, List)}, with {@code preselected} chosen at first; null chooses none, so a
     * quick Enter picks nothing the user did not choose.
     */
    <T> Optional<T> choose(String title, String prompt, List<T> options, T preselected);

    /**
     * As {@link #choose(String, String, List, Object)} for a choice that replaces something (Restore from backup…):
     * {@code preselected} is chosen at first and OK takes it, but Cancel is the default button, so a quick Enter
     * replaces nothing.
     */
    default <T> Optional<T> chooseToReplace(String title, String prompt, List<T> options, T preselected) {
        return choose(title, prompt, options, preselected);
    }

    /**
     * Lets the user tick any of {@code options} (shown with their {@code toString()}), none ticked at first; the
     * button {@code action} confirms and is enabled only once one is ticked, so Enter alone chooses nothing. The
     * options ticked, in their order; empty when cancelled.
     */
    <T> Optional<List<T>> chooseSeveral(String title, String prompt, List<T> options, String action);

    List<Path> chooseFilesToImport();

    /** A folder whose documents, with its subfolders', are to be imported; empty when cancelled. */
    Optional<Path> chooseFolderToImport();

    Optional<Path> chooseProjectToOpen();

    Optional<Path> chooseNewProject();

    /** File → Open team project…: the URL and user, {@code suggested} filled in; empty when cancelled. */
    Optional<TeamProjectRequest> askTeamProject(TeamProjectRequest suggested);

    /** Asks for a password, shown as dots; empty when cancelled. The caller wipes the array after use. */
    Optional<char[]> askPassword(String title, String prompt);

    /**
     * Asks where to save an export of the given extension (without dot), suggesting {@code suggestedName}; it starts
     * where the last export went (at first the project's folder), not where documents were last imported from.
     */
    Optional<Path> chooseSaveFile(String title, String suggestedName, String extension);

    /** Asks for one existing file whose name ends in one of {@code extensions} (without dot). */
    Optional<Path> chooseFileToOpen(String title, String kind, List<String> extensions);
}
