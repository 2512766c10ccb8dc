package org.studiopaths.ui;

/** Moves the main window between its screens. Screens get one and never reach for the window itself. */
public interface Navigator {

    void showHome();

    /** The production path: its exercise chooser, or straight into an exercise or free play. */
    void showProduction();

    /** The engineering path: its exercise chooser, mixes and the EQ drill. */
    void showEngineering();

    void showCompare();
}
