package org.studiopaths.ui;

import javafx.scene.Node;

/**
 * Makes a path's screen each time the learner opens it. Registered with
 * {@link MainWindow#setScreenFactory(org.studiopaths.exercise.Side, ScreenFactory)} (DesktopApp registers the
 * arrange and mix screens).
 */
@FunctionalInterface
public interface ScreenFactory {

    /**
     * @param services  the engine, journal and status bar
     * @param navigator to move to another screen (the screen never reaches for the window itself)
     */
    Node create(AppServices services, Navigator navigator);
}
