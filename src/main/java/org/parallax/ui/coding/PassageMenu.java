package org.parallax.ui.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.parallax.model.Code;
import org.parallax.model.Segment;
import org.parallax.ui.common.DialogService;
import org.parallax.ui.common.MenuText;

/**
 * The text's context menu, the same in the document view and in either text of the split lens view: with a
 * selection "Code selection as" ▸ frame ▸ code and "Use selection as evidence…"; for each passage at the place asked
 * its memo, its use as evidence and a change of its code, then the removals at the end, after a separator: a
 * right-click followed by a slip of the finger must not remove a passage (peers order it so too).
 */
public final class PassageMenu {
    private final DocumentViewModel viewModel;
    private final DialogService dialogs;

    public PassageMenu(DocumentViewModel viewModel, DialogService dialogs) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
    }

    /**
     * The menu for {@code passages} (innermost first) and {@code selected}, the range of the stored text selected
     * where it was asked for (null or empty: none); none when there is neither passage nor selection.
     */
    public Optional<ContextMenu> of(List<Segment> passages, TextRange selected) {
        boolean hasSelection = selected != null && !selected.isEmpty();
        OpenDocument open = viewModel.documentProperty().get();
        if (open == null || passages.isEmpty() && !hasSelection) {
            return Optional.empty();
        }
        ContextMenu menu = new ContextMenu();
        menu.setId("passageMenu");
        if (hasSelection) {
            menu.getItems().addAll(CodeSelectionMenu.of(open.codebook(), codeId -> viewModel.code(selected, codeId)));
            MenuItem selection = new MenuItem("Use selection as evidence…");
            selection.setOnAction(e -> viewModel.useAsEvidence(selected));
            menu.getItems().add(selection);
        }
        var names = open.codebook().codesById();
        List<MenuItem> removals = new ArrayList<>();
        for (Segment passage : passages) {
            String name = names.containsKey(passage.codeId()) ? names.get(passage.codeId()).name() : "?";
            if (!menu.getItems().isEmpty()) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            MenuItem memo = MenuText.plain(new MenuItem("Edit memo of “" + name + "”…"));
            memo.setOnAction(e -> dialogs.askMemo("Memo", "Memo for this passage:",
                    passage.memo() == null ? "" : passage.memo()).ifPresent(text -> viewModel.editMemo(passage, text)));
            MenuItem evidence = MenuText.plain(new MenuItem("Use “" + name + "” as evidence…"));
            evidence.setOnAction(e -> viewModel.useAsEvidence(passage));
            Menu change = MenuText.plain(new Menu("Change “" + name + "” to"));
            for (Code code : viewModel.otherCodes(passage)) {
                MenuItem item = MenuText.plain(new MenuItem(code.name()));
                item.setOnAction(e -> viewModel.changeCode(passage, code.id()));
                change.getItems().add(item);
            }
            menu.getItems().addAll(memo, evidence, change);
            MenuItem remove = MenuText.plain(new MenuItem("Remove “" + name + "”"));
            remove.setOnAction(e -> viewModel.remove(passage));
            removals.add(remove);
        }
        if (!removals.isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
            menu.getItems().addAll(removals);
        }
        return Optional.of(menu);
    }
}
