package org.parallax.ui.app;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.parallax.model.Coder;
import org.parallax.ui.common.ProjectContext;
import org.parallax.workbench.ProjectEvent;
import org.parallax.workbench.Workbench;

/** Who is coding, and blind coding (each coder sees only their own passages) for a second, unprimed coder. */
public final class CoderViewModel {
    private final ProjectContext context;
    private final BooleanProperty blind = new SimpleBooleanProperty(false);
    private final BooleanProperty pseudonymiseCoders = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper notChosenHere = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper secondCoderCopyOf = new ReadOnlyStringWrapper("");
    private boolean loading;

    public CoderViewModel(ProjectContext context) {
        this.context = context;
        context.workbenchProperty().addListener((o, was, now) -> load());
        context.onEvent(e -> {
            if (e == ProjectEvent.CODERS) {
                load();
            }
        });
        blind.addListener((o, was, now) -> {
            if (!loading) {
                // Refused (a team coder: only a lead may switch it; a read-only project), the switch goes back to
                // the saved setting instead of showing one the project does not have.
                context.write(wb -> wb.setBlindMode(now), refused -> load());
            }
        });
        pseudonymiseCoders.addListener((o, was, now) -> {
            if (!loading) {
                context.write(wb -> wb.pseudonymiseCoders(now), refused -> load());
            }
        });
    }

    private void load() {
        if (!context.isOpen()) {
            showNotChosen(new NotChosen("", ""));
            return;
        }
        context.read(wb -> new Switches(wb.blindMode(), wb.pseudonymisesCoders(), NotChosen.in(wb)), on -> {
            loading = true;
            blind.set(on.blind());
            pseudonymiseCoders.set(on.pseudonymiseCoders());
            showNotChosen(on.notChosen());
            loading = false;
        });
    }

    private void showNotChosen(NotChosen now) {
        // The copy's name first: the strip's wording follows it as its name shows the strip.
        secondCoderCopyOf.set(now.copyOf());
        notChosenHere.set(now.coder());
    }

    private record Switches(boolean blind, boolean pseudonymiseCoders, NotChosen notChosen) {
    }

    /** The coder nobody here chose, else empty, and the project a second coder's copy was made from, else empty. */
    private record NotChosen(String coder, String copyOf) {
        static NotChosen in(Workbench wb) {
            String coder = wb.coderNotChosenHere().orElse("");
            return new NotChosen(coder, coder.isEmpty() ? "" : wb.secondCoderCopyOf().orElse(""));
        }
    }

    /**
     * The coder a project made elsewhere (the sample's copy, a .qdpx import, a colleague's file) records passages
     * under while nobody at this computer has chosen it, else empty: the bar at the top of the window says so until
     * it is answered ({@link #keepCoder}, {@link #changeCoder}), without a question standing in front of the window.
     */
    public ReadOnlyStringProperty notChosenHereProperty() {
        return notChosenHere.getReadOnlyProperty();
    }

    /**
     * The project file a second coder's copy was made from (File → Copy for a second coder…) while nobody at this
     * computer has said who codes in the copy, else empty: the name it would code under is the computer's login, not
     * the second coder's, and the strip asks for theirs ({@link #codeAs}) instead of offering to keep it.
     */
    public ReadOnlyStringProperty secondCoderCopyOfProperty() {
        return secondCoderCopyOf.getReadOnlyProperty();
    }

    /** The name the project names is the one to code under: remembered as chosen here, the bar goes. */
    public void keepCoder() {
        context.write(Workbench::keepCoderHere);
        context.read(NotChosen::in, this::showNotChosen);
    }

    /**
     * The name typed in the strip is the one to code under: made the active coder and remembered as chosen here, the
     * strip goes; a blank name does nothing, a refused one (too long, a read-only project) is said and the strip stays.
     */
    public void codeAs(String typed) {
        String name = typed.strip();
        if (!name.isEmpty()) {
            context.write(wb -> wb.setActiveCoder(name));
        }
    }

    /**
     * Asks for the name to code under, the project's offered: a new name is made the active coder, the one offered
     * kept is remembered as chosen here; cancelled, nothing is chosen and the bar stays.
     */
    public void changeCoder() {
        String offered = notChosenHere.get();
        context.dialogs().askText("Who codes in this project?", "Passages and memos you write here are recorded "
                + "under this name, and every export writes it with them (the coder column, a REFI-QDA file's users, "
                + "reports):", offered).map(String::strip).filter(name -> !name.isEmpty()).ifPresent(name -> {
                    if (name.equals(offered)) {
                        keepCoder();
                    } else {
                        context.write(wb -> wb.setActiveCoder(name));
                    }
                });
    }

    /**
     * Asks for a coder's name (existing or new), the active coder's offered, and makes them the active coder: from
     * Edit → Switch coder… and from the coder's name in the status bar.
     */
    public void switchCoder() {
        context.read(wb -> new Coders(wb.activeCoder().name(), wb.coders().stream().map(Coder::name).toList()),
                coders -> ask("Switch coder", "Code as (known coders: " + String.join(", ", coders.known()) + "):",
                        coders.active()));
    }

    /**
     * Edit → Rename coder…: asks which coder (the active one offered) and their new name, and renames them, their
     * passages, memos and number in files kept, as one step Edit → Undo takes back; a refused name is said. On a team
     * project, where no coder is renamed, the line saying why is all it shows: nothing is asked to be refused after.
     */
    public void renameCoder() {
        Workbench current = context.workbench();
        if (current == null) {
            return;
        }
        var refusal = current.coderRenameRefusal();
        if (refusal.isPresent()) {
            context.dialogs().showInformation("Rename coder", refusal.get());
            return;
        }
        context.read(wb -> new Coders(wb.activeCoder().name(), wb.coders().stream().map(Coder::name)
                .filter(name -> !name.equals(Coder.ASSISTANT)).toList()), coders -> context.dialogs()
                .choose("Rename coder", "Coder to rename:", coders.known(), coders.active())
                .flatMap(old -> context.dialogs().askText("Rename coder", "New name for " + old + " (their passages "
                        + "and memos stay theirs; files name them so from now on):", old)
                        .map(String::strip).filter(name -> !name.isEmpty() && !name.equals(old))
                        .map(name -> new String[] {old, name}))
                .ifPresent(rename -> context.write(wb -> wb.renameCoder(rename[0], rename[1]))));
    }

    /**
     * A new project's first question: who codes in it. The name offered is the computer's login name, which the
     * passages were recorded under unasked; cancelled, it stays. The project keeps the name for its next opening.
     */
    public void askWhoCodes() {
        context.read(wb -> wb.activeCoder().name(), active -> ask("Who codes in this project?", "Passages you code "
                + "are recorded under this name, and every export writes it with them (the coder column, a REFI-QDA "
                + "file's users, reports); change it at any time by clicking “Coder:” in the status bar:",
                active));
    }

    private void ask(String title, String prompt, String offered) {
        context.dialogs().askText(title, prompt, offered).map(String::strip)
                .filter(name -> !name.isEmpty() && !name.equals(offered))
                .ifPresent(name -> context.write(wb -> wb.setActiveCoder(name)));
    }

    private record Coders(String active, List<String> known) {
    }

    public BooleanProperty blindProperty() {
        return blind;
    }

    /**
     * File → Export → Pseudonymise coders: every file the project writes names its coders Coder 1, Coder 2, … (a
     * setting of the project, kept in it).
     */
    public BooleanProperty pseudonymiseCodersProperty() {
        return pseudonymiseCoders;
    }
}
