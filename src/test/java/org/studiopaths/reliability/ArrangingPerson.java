package org.studiopaths.reliability;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Window;
import org.studiopaths.Main;
import org.studiopaths.model.Project;
import org.studiopaths.ui.arrange.ArrangeView;

import java.util.concurrent.CompletableFuture;

/**
 * Run in a forked JVM by {@link KilledAppRestoresArrangementTest}: the real desktop app, started through its entry
 * point ({@link Main} with no arguments, so the arguments and system properties are the child's), and a person who
 * renames the first track as soon as the arranger shows, through the same model call the lane header's rename
 * makes. It never ends by itself: the test kills it.
 */
public final class ArrangingPerson {

    static final String RENAMED = "Bass, renamed just before the crash";

    private ArrangingPerson() {
    }

    /** What the person's edit does to the project on the screen. */
    static Project edited(Project p) {
        return p.updateTrack(0, t -> t.withName(RENAMED));
    }

    public static void main(String[] args) {
        Thread person = new Thread(ArrangingPerson::renameOnceTheArrangerShows, "arranging-person");
        person.setDaemon(true);
        person.start();
        Main.main(new String[0]);
    }

    private static void renameOnceTheArrangerShows() {
        while (true) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
            CompletableFuture<Boolean> done = new CompletableFuture<>();
            try {
                Platform.runLater(() -> done.complete(renameIfShown()));
            } catch (IllegalStateException toolkitNotStartedYet) {
                continue;
            }
            if (done.join()) {
                System.out.println("person: renamed the first track");
                return;
            }
        }
    }

    private static boolean renameIfShown() {
        for (Window w : Window.getWindows()) {
            Node view = w.getScene() == null ? null : w.getScene().getRoot().lookup(".arrange-view");
            if (view instanceof ArrangeView arranger) {
                arranger.model().renameTrack(0, RENAMED);
                return true;
            }
        }
        return false;
    }
}
