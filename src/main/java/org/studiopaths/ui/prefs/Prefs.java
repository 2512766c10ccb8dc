package org.studiopaths.ui.prefs;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** The settings while the app runs: every change is written to {@code settings.json} at once. */
public final class Prefs {

    private final SettingsStore store;
    private final ReadOnlyObjectWrapper<Settings> settings = new ReadOnlyObjectWrapper<>(this, "settings");
    private final Consumer<String> problems;

    /**
     * @param problems told (in one line) when the file could not be read or written
     */
    public Prefs(SettingsStore store, Consumer<String> problems) {
        this.store = store;
        this.problems = problems;
        SettingsStore.Loaded loaded = store.load();
        settings.set(loaded.settings());
        loaded.warning().ifPresent(problems);
    }

    public ReadOnlyObjectProperty<Settings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public Settings get() {
        return settings.get();
    }

    /** Changes the settings and writes them; an unchanged value writes nothing. */
    public void update(UnaryOperator<Settings> change) {
        Settings next = change.apply(settings.get());
        if (next.equals(settings.get())) {
            return;
        }
        settings.set(next);
        Optional<String> problem = store.save(next);
        problem.ifPresent(problems);
    }
}
