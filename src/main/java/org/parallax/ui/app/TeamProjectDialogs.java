package org.parallax.ui.app;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.parallax.ui.common.TeamProjectRequest;

/** The dialogs of File → Open team project…: where and as whom, then (only when needed) the password. */
final class TeamProjectDialogs {
    private TeamProjectDialogs() {
    }

    /** The form of a team project's URL, shown under the field (a prompt text would vanish with the focus). */
    static final String URL_FORM = "postgresql://HOST:PORT/DATABASE?project=NAME, for example "
            + "postgresql://db.example.org:5432/research?project=nato-russia";

    static Optional<TeamProjectRequest> askTeamProject(Window owner, TeamProjectRequest suggested) {
        Dialog<TeamProjectRequest> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Open team project");
        dialog.setHeaderText(null);
        TextField url = new TextField(suggested.url());
        url.setId("teamUrl");
        url.setPrefColumnCount(40);
        Label form = new Label(URL_FORM);
        form.setId("teamUrlForm");
        form.setWrapText(true);
        form.setMaxWidth(480);
        TextField user = new TextField(suggested.user());
        user.setId("teamUser");
        user.setPromptText("the URL's user, else PGUSER, else your system user");
        Label hint = new Label("The password is asked for when PGPASSWORD or ~/.pgpass has none. Parallax does not "
                + "store it.");
        hint.setWrapText(true);
        hint.setMaxWidth(480);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("URL:"), url);
        grid.add(form, 1, 1);
        grid.addRow(2, new Label("User:"), user);
        grid.add(hint, 0, 3, 2, 1);
        ButtonType open = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(open, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(open).disableProperty().bind(url.textProperty().isEmpty());
        dialog.getDialogPane().setContent(grid);
        dialog.setResultConverter(b -> b == open ? new TeamProjectRequest(url.getText().strip(), user.getText().strip())
                : null);
        // The caret after the URL, not the URL selected: a refused URL offered again is corrected, not retyped.
        Platform.runLater(() -> {
            url.requestFocus();
            url.end();
        });
        return dialog.showAndWait();
    }

    static Optional<char[]> askPassword(Window owner, String title, String prompt) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        PasswordField password = new PasswordField();
        password.setId("teamPassword");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        Label label = new Label(prompt);
        label.setWrapText(true);
        label.setMaxWidth(480);
        grid.add(label, 0, 0);
        grid.add(password, 0, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        // A PasswordField keeps its text as a String; it is cleared as soon as the characters are copied out.
        dialog.setResultConverter(b -> {
            char[] typed = b == ButtonType.OK ? password.getText().toCharArray() : null;
            password.clear();
            return typed;
        });
        Platform.runLater(password::requestFocus);
        return dialog.showAndWait();
    }
}
