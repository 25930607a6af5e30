package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The macOS "open file" events: a file can arrive before the window is ready or while it runs. */
class OpenFileRequestsTest {
    private final Path first = Path.of("/Users/Иван/Мои проекты/study one.parallax");
    private final Path second = Path.of("/Volumes/CD/nato-russia.parallax");

    @Test
    void theFileTheAppWasStartedForWaitsToBeTheStartupProject() {
        OpenFileRequests requests = new OpenFileRequests();
        requests.offer(Path.of("/Users/ivan/notes.txt"));
        requests.offer(first);
        requests.offer(second);
        assertThat(requests.takeFirst()).contains(first);

        List<Path> opened = new ArrayList<>();
        requests.openWith(opened::add);
        assertThat(opened).containsExactly(second);
        assertThat(requests.takeFirst()).isEmpty();
    }

    @Test
    void onceTheWindowRunsAFileGoesStraightToItsOpener() {
        OpenFileRequests requests = new OpenFileRequests();
        List<Path> opened = new ArrayList<>();
        requests.openWith(opened::add);
        requests.offer(first);
        requests.offer(Path.of("/Users/ivan/TEXT.PARALLAX"));
        requests.offer(Path.of("/Users/ivan/interview.docx"));
        assertThat(opened).containsExactly(first, Path.of("/Users/ivan/TEXT.PARALLAX"));
        assertThat(requests.takeFirst()).isEmpty();
    }
}
