package org.parallax.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.parallax.ui.common.DialogService;

/** A dialog service that records what would be shown and answers from a script. */
public final class RecordingDialogs implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<String> informations = new ArrayList<>();
    public final List<String> confirmations = new ArrayList<>();
    public final Deque<String> textAnswers = new ArrayDeque<>();
    public boolean confirmAnswer = true;
    public String choiceAnswer;

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
        return confirmAnswer;
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        return Optional.ofNullable(textAnswers.poll());
    }

    @Override
    public <T> Optional<T> choose(String title, String prompt, List<T> options) {
        return options.stream().filter(o -> o.toString().equals(choiceAnswer)).findFirst();
    }

    @Override
    public List<Path> chooseFilesToImport() {
        return List.of();
    }

    @Override
    public Optional<Path> chooseProjectToOpen() {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseNewProject() {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String extension) {
        return Optional.empty();
    }
}
