package org.parallax.ui.app;

import java.util.List;
import org.parallax.ui.common.DialogService;
import org.parallax.workbench.DocumentsFolder;

/** Starting work on a project, shared by the File menu and the start page. */
final class ProjectActions {
    static final String TABLE1_TEMPLATE = "The Table 1 codebook (realist and constructivist frames, scenarios)";
    static final String EMPTY_CODEBOOK = "An empty codebook";

    private final MainViewModel viewModel;
    private final DialogService dialogs;

    ProjectActions(MainViewModel viewModel, DialogService dialogs) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
    }

    /** Asks where, then whether to start from the Table 1 codebook template. */
    void newProject() {
        dialogs.chooseNewProject().ifPresent(file -> dialogs.choose("New project", "Start the codebook from:",
                        List.of(TABLE1_TEMPLATE, EMPTY_CODEBOOK))
                .ifPresent(choice -> viewModel.create(file, choice.equals(TABLE1_TEMPLATE))));
    }

    /**
     * Opens a Parallax project, or a REFI-QDA project (.qdpx) another program exported, which becomes a project of
     * its own beside it, as a double-clicked one does: where QualCoder and NVivo users look for it.
     */
    void openProject() {
        dialogs.chooseProjectToOpen().ifPresent(file -> {
            if (StartupProject.isQdpx(file.toString())) {
                viewModel.openQdpx(file, DocumentsFolder.ofCurrentUser());
            } else {
                viewModel.open(file);
            }
        });
    }

    /** File → Open team project…: URL and user, then the project opens in the background. */
    void openTeamProject() {
        dialogs.askTeamProject(viewModel.teamProjectToSuggest()).ifPresent(viewModel::openTeam);
    }

    void openSample() {
        viewModel.openSample();
    }
}
