package org.studiopaths;

import org.studiopaths.cli.Cli;

/**
 * The jar's entry point: with no arguments it opens the desktop app, otherwise it runs a command
 * ({@code spec/cli.md}). Commands never start the JavaFX toolkit, so they work with no display.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            // Loaded by name so that commands never touch JavaFX classes.
            try {
                Class.forName("org.studiopaths.ui.DesktopApp").getMethod("launchApp", String[].class)
                        .invoke(null, (Object) args);
            } catch (ReflectiveOperationException e) {
                System.err.println("studio-paths: the desktop app could not start: " + e);
                System.exit(1);
            }
            return;
        }
        System.exit(Cli.run(args));
    }
}
