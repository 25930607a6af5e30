package org.parallax.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.parallax.ui.common.DialogService;
import org.parallax.ui.common.TeamProjectRequest;

/**
 * A dialog service that records what would be shown and answers from a script. The records are written on the FX
 * thread and read by the test's thread, so they are lists safe to read while written.
 */
public final class RecordingDialogs implements DialogService {
    public final List<String> errors = new CopyOnWriteArrayList<>();
    public final List<String> informations = new CopyOnWriteArrayList<>();
    public final List<String> confirmations = new CopyOnWriteArrayList<>();
    public final Deque<String> textAnswers = new ArrayDeque<>();
    public boolean confirmAnswer = true;
    /** What happens while a question is open, before it is answered (the user's other programs at work). */
    public Runnable whileConfirming = () -> {
    };
    public String choiceAnswer;
    /** The choices offered, as shown, with the one chosen at first (null for none). */
    public final List<Choice> choices = new CopyOnWriteArrayList<>();

    public record Choice(List<String> options, String preselected) {
    }
    /** Answers to file choosers (open, save, new project), in the order they are asked. */
    public final Deque<Path> pathAnswers = new ArrayDeque<>();
    public List<Path> filesToImport = List.of();
    /** Answers to File → Open team project…, in order; none left means cancel. */
    public final Deque<TeamProjectRequest> teamProjectAnswers = new ArrayDeque<>();
    /** Answers to password prompts, in order; none left means cancel. */
    public final Deque<String> passwordAnswers = new ArrayDeque<>();
    /** The prompts of the password dialogs asked, in order. */
    public final List<String> passwordPrompts = new CopyOnWriteArrayList<>();
    /** Titles of the file choosers asked, in order. */
    public final List<String> chooserTitles = new CopyOnWriteArrayList<>();

    @Override
    public synchronized void showError(String title, String message) {
        errors.add(message);
    }

    @Override
    public synchronized void showInformation(String title, String message) {
        informations.add(message);
    }

    @Override
    public synchronized boolean confirm(String title, String message) {
        confirmations.add(message);
        whileConfirming.run();
        return confirmAnswer;
    }

    /** The prompts of the text dialogs asked, in order, each with the text it offered: "prompt [initial]". */
    public final List<String> textPrompts = new CopyOnWriteArrayList<>();

    @Override
    public synchronized Optional<String> askText(String title, String prompt, String initial) {
        textPrompts.add(prompt + " [" + initial + "]");
        return Optional.ofNullable(textAnswers.poll());
    }

    /** The prompts of the memo dialogs asked, in order, each with the memo it offered: "prompt [initial]". */
    public final List<String> memoPrompts = new CopyOnWriteArrayList<>();
    /** When set, memo dialogs are shown by it (a real window's) instead of answered from {@link #textAnswers}. */
    public DialogService shownMemoDialogs;

    @Override
    public Optional<String> askMemo(String title, String prompt, String initial) {
        synchronized (this) {
            memoPrompts.add(prompt + " [" + initial + "]");
            if (shownMemoDialogs == null) {
                return Optional.ofNullable(textAnswers.poll());
            }
        }
        return shownMemoDialogs.askMemo(title, prompt, initial);
    }

    @Override
    public <T> Optional<T> choose(String title, String prompt, List<T> options, T preselected) {
        choices.add(new Choice(options.stream().map(String::valueOf).toList(),
                preselected == null ? null : preselected.toString()));
        return options.stream().filter(o -> o.toString().equals(choiceAnswer)).findFirst();
    }

    @Override
    public <T> Optional<T> chooseToReplace(String title, String prompt, List<T> options, T preselected) {
        choicesToReplace.add(title);
        return choose(title, prompt, options, preselected);
    }

    /** The titles of the choices asked with Cancel as their default button (a choice that replaces something). */
    public final List<String> choicesToReplace = new CopyOnWriteArrayList<>();

    /** Each multiple choice asked: its prompt, its options as shown and the button that confirms. */
    public record Several(String prompt, List<String> options, String action) {
    }

    public final List<Several> severalAsked = new CopyOnWriteArrayList<>();
    /** Answers to multiple choices, in order, each the options ticked as shown; none left means cancel. */
    public final Deque<List<String>> severalAnswers = new ArrayDeque<>();

    @Override
    public synchronized <T> Optional<List<T>> chooseSeveral(String title, String prompt, List<T> options,
                                                            String action) {
        severalAsked.add(new Several(prompt, options.stream().map(String::valueOf).toList(), action));
        List<String> ticked = severalAnswers.poll();
        if (ticked == null) {
            return Optional.empty();
        }
        // As the dialog: its button is greyed until one is ticked, so no answer ticks none.
        if (ticked.isEmpty()) {
            throw new AssertionError("the dialog cannot be confirmed with nothing ticked");
        }
        return Optional.of(options.stream().filter(o -> ticked.contains(String.valueOf(o))).toList());
    }

    @Override
    public Optional<Path> chooseFolderToImport() {
        return answer("Import the documents of a folder");
    }

    @Override
    public List<Path> chooseFilesToImport() {
        chooserTitles.add("Import documents");
        return filesToImport;
    }

    @Override
    public Optional<Path> chooseProjectToOpen() {
        return answer("Open project");
    }

    @Override
    public Optional<Path> chooseNewProject() {
        return answer("New project");
    }

    @Override
    public synchronized Optional<TeamProjectRequest> askTeamProject(TeamProjectRequest suggested) {
        return Optional.ofNullable(teamProjectAnswers.poll());
    }

    @Override
    public synchronized Optional<char[]> askPassword(String title, String prompt) {
        passwordPrompts.add(prompt);
        return Optional.ofNullable(passwordAnswers.poll()).map(String::toCharArray);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String extension) {
        synchronized (this) {
            if (pathAnswers.isEmpty() && saveAs != null) {
                chooserTitles.add(title);
                return Optional.of(saveAs.apply(suggestedName));
            }
        }
        return answer(title);
    }

    /** When no path answer is queued: where a file to be saved goes, by the name the window suggests. */
    public volatile java.util.function.Function<String, Path> saveAs;

    @Override
    public Optional<Path> chooseFileToOpen(String title, String kind, List<String> extensions) {
        return answer(title);
    }

    private synchronized Optional<Path> answer(String title) {
        chooserTitles.add(title);
        return Optional.ofNullable(pathAnswers.poll());
    }
}
