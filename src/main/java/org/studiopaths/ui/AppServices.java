package org.studiopaths.ui;

import org.studiopaths.engine.LiveEngine;
import org.studiopaths.files.Installation;

/**
 * What every screen shares for the life of the app: the folders, the engine. (Being extended with the sample
 * library, the exercises and the journal as those land.)
 */
public final class AppServices implements AutoCloseable {

    private final Installation installation;
    private final LiveEngine engine;

    public AppServices(Installation installation, LiveEngine engine) {
        this.installation = installation;
        this.engine = engine;
    }

    public Installation installation() {
        return installation;
    }

    public LiveEngine engine() {
        return engine;
    }

    @Override
    public void close() {
        engine.close();
    }
}
