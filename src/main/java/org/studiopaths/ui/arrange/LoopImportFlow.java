package org.studiopaths.ui.arrange;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.stage.FileChooser;
import org.studiopaths.audio.AudioFileException;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * Imports the files the user drops or picks, one dialog after the other. A file the WAV reader refuses is
 * named with the reader's one-line message and nothing is copied.
 */
final class LoopImportFlow {

    private final Node owner;
    private final LoopImporter importer;
    private final Consumer<LoopInfo> onImported;
    private final Deque<Path> waiting = new ArrayDeque<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private ImportDialog showing;

    LoopImportFlow(Node owner, LoopImporter importer, Consumer<LoopInfo> onImported) {
        this.owner = owner;
        this.importer = importer;
        this.onImported = onImported;
    }

    /** The last refusal or success, one line; empty at first. */
    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The dialog on screen, or null. */
    ImportDialog showing() {
        return showing;
    }

    void importFiles(List<Path> files) {
        waiting.addAll(files);
        if (showing == null) {
            next();
        }
    }

    /** Asks for WAV files with the system's file chooser. */
    void choose() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Import loops (WAV)");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("WAV audio", "*.wav", "*.WAV", "*.wave"));
        List<File> files = fc.showOpenMultipleDialog(owner.getScene() == null ? null : owner.getScene().getWindow());
        if (files != null) {
            importFiles(files.stream().map(File::toPath).toList());
        }
    }

    private void next() {
        showing = null;
        Path file = waiting.poll();
        if (file == null) {
            return;
        }
        ImportForm form;
        try {
            form = ImportForm.read(file);
        } catch (AudioFileException e) {
            message.set(e.getMessage());
            next();
            return;
        }
        showing = ImportDialog.show(owner, form, importer, loop -> {
            message.set("Added \u201c" + loop.name() + "\u201d to your loops");
            onImported.accept(loop);
        }, this::next);
    }
}
