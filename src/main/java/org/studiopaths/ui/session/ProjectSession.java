package org.studiopaths.ui.session;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.studiopaths.engine.LiveEngine;
import org.studiopaths.engine.Player;
import org.studiopaths.engine.Timeline;
import org.studiopaths.model.Project;
import org.studiopaths.model.json.JsonFormatException;
import org.studiopaths.model.json.ProjectFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.UnaryOperator;

/**
 * The view-model both paths share: one project being worked on, its undo history (one step per gesture),
 * its file, and the transport. It never touches a control, so it is tested without a stage. Call it on the
 * JavaFX thread.
 */
public final class ProjectSession {

    private final LiveEngine engine;
    private final ReadOnlyObjectWrapper<Project> project = new ReadOnlyObjectWrapper<>(this, "project");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoName = new ReadOnlyStringWrapper(this, "undoName", "");
    private final ReadOnlyStringWrapper redoName = new ReadOnlyStringWrapper(this, "redoName", "");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyDoubleWrapper positionBars = new ReadOnlyDoubleWrapper(this, "positionBars", 1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final UndoHistory<Project> history = new UndoHistory<>();

    private WorkListener workListener = NO_LISTENER;
    private Project gestureStart;
    private String gestureName;
    private int edits;
    private int plays;

    public ProjectSession(LiveEngine engine, Project initial) {
        this.engine = engine;
        project.set(initial);
        engine.setProject(initial);
    }

    /** Told of the person's unsaved work, for autosave ({@link Autosaver#attach}). Called on the JavaFX thread. */
    public interface WorkListener {
        /** The project changed and is not saved (an edit, a drag step, undo, redo). */
        void edited(Project p);

        /** The work is saved or was replaced by an opened file: nothing unsaved remains. */
        void clean();
    }

    private static final WorkListener NO_LISTENER = new WorkListener() {
        @Override public void edited(Project p) { }
        @Override public void clean() { }
    };

    public void setWorkListener(WorkListener listener) {
        workListener = listener == null ? NO_LISTENER : listener;
    }

    // ---- the project and its history -------------------------------------------------------------

    public ReadOnlyObjectProperty<Project> projectProperty() { return project.getReadOnlyProperty(); }
    public Project project() { return project.get(); }
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canRedoProperty() { return canRedo.getReadOnlyProperty(); }
    public ReadOnlyStringProperty undoNameProperty() { return undoName.getReadOnlyProperty(); }
    public ReadOnlyStringProperty redoNameProperty() { return redoName.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Path> fileProperty() { return file.getReadOnlyProperty(); }
    /** The last thing the session wants the person to read (a save, an error). */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** Edits made so far (each gesture counts once), for the journal. */
    public int edits() { return edits; }

    /** Times play was pressed, for the journal. */
    public int plays() { return plays; }

    /** One edit, one undo step. Does nothing when the change returns the same project. */
    public void edit(String name, UnaryOperator<Project> change) {
        endGesture();
        Project before = project.get();
        Project after = change.apply(before);
        if (after.equals(before)) {
            return;
        }
        history.push(name, before, after);
        edits++;
        apply(after, true);
    }

    /**
     * Starts a gesture (a drag): {@link #updateGesture} may be called many times and is heard at once;
     * {@link #endGesture} makes the whole gesture one undo step.
     */
    public void beginGesture(String name) {
        endGesture();
        gestureStart = project.get();
        gestureName = name;
    }

    /** Applies a change computed from the project as it was when the gesture began. */
    public void updateGesture(UnaryOperator<Project> fromStart) {
        if (gestureStart == null) {
            throw new IllegalStateException("no gesture in progress");
        }
        apply(fromStart.apply(gestureStart), true);
    }

    public void endGesture() {
        if (gestureStart == null) {
            return;
        }
        Project before = gestureStart;
        gestureStart = null;
        if (!project.get().equals(before)) {
            history.push(gestureName, before, project.get());
            edits++;
            updateHistoryProperties();
        }
    }

    public void cancelGesture() {
        if (gestureStart != null) {
            Project before = gestureStart;
            gestureStart = null;
            apply(before, false);
        }
    }

    public void undo() {
        endGesture();
        UndoHistory.Step<Project> s = history.undo();
        if (s != null) {
            apply(s.before(), true);
            message.set("Undid " + s.name());
        }
    }

    public void redo() {
        endGesture();
        UndoHistory.Step<Project> s = history.redo();
        if (s != null) {
            apply(s.after(), true);
            message.set("Redid " + s.name());
        }
    }

    /** Replaces the project without an undo step (opening a file, starting an exercise). */
    public void replace(Project p, Path newFile) {
        endGesture();
        history.clear();
        file.set(newFile);
        apply(p, false);
        dirty.set(false);
        workListener.clean();
    }

    /**
     * Opens work restored from an autosave: no undo step, the file it belongs to (or null), and unsaved, so it is
     * autosaved again until the person saves it.
     */
    public void resume(Project p, Path belongsTo) {
        endGesture();
        history.clear();
        file.set(belongsTo);
        apply(p, true);
    }

    private void apply(Project p, boolean markDirty) {
        project.set(p);
        engine.setProject(p);
        if (markDirty) {
            dirty.set(true);
        }
        updateHistoryProperties();
        if (dirty.get()) {
            workListener.edited(p);
        }
    }

    private void updateHistoryProperties() {
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoName.set(history.undoName() == null ? "" : history.undoName());
        redoName.set(history.redoName() == null ? "" : history.redoName());
    }

    // ---- files ------------------------------------------------------------------------------------

    /** Saves whole (temporary file, then rename), keeping the previous file as NAME.bak. */
    public boolean save(Path target) {
        endGesture();
        try {
            if (Files.exists(target)) {
                Files.copy(target, target.resolveSibling(target.getFileName() + ".bak"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            ProjectFiles.write(project.get(), target);
            file.set(target);
            dirty.set(false);
            workListener.clean();
            message.set("Saved " + target.getFileName());
            return true;
        } catch (IOException e) {
            message.set("Could not save " + target + ": " + WriteProblems.describe(e) + ". Your work is still here.");
            return false;
        }
    }

    /** Opens a project file; on a bad file the current work stays and the message says what is wrong. */
    public boolean open(Path source) {
        try {
            Project p = ProjectFiles.read(source);
            replace(p, source);
            message.set("Opened " + source.getFileName());
            return true;
        } catch (JsonFormatException e) {
            message.set(e.getMessage());
            return false;
        }
    }

    // ---- transport ------------------------------------------------------------------------------

    public ReadOnlyBooleanProperty playingProperty() { return playing.getReadOnlyProperty(); }
    /** The playhead, a 1-based fractional bar; follow it with {@link #pollPlayhead}. */
    public ReadOnlyDoubleProperty positionBarsProperty() { return positionBars.getReadOnlyProperty(); }

    public void play() {
        if (engine.play()) {
            plays++;
            playing.set(true);
        } else {
            message.set(engine.playbackProblem());
        }
    }

    public void stop() {
        engine.stop();
        playing.set(false);
    }

    public void togglePlay() {
        if (playing.get()) {
            stop();
        } else {
            play();
        }
    }

    /** Moves the playhead to a bar (1-based). */
    public void seekBar(double bar) {
        engine.player().seek(Timeline.frameOfBar(project.get(), Math.max(1, bar)));
        positionBars.set(Math.max(1, bar));
    }

    public void returnToStart() {
        seekBar(1);
    }

    /** Loops bars [fromBar, toBar) while playing; pass toBar ≤ fromBar to stop looping. */
    public void setLoopBars(double fromBar, double toBar) {
        Project p = project.get();
        engine.player().setLoop(toBar > fromBar
                ? new Player.LoopRange(Timeline.frameOfBar(p, fromBar), Timeline.frameOfBar(p, toBar))
                : Player.LoopRange.OFF);
    }

    /** Reads the engine's playhead into {@link #positionBarsProperty}; call it once per frame while shown. */
    public void pollPlayhead() {
        Player player = engine.player();
        if (playing.get() && !player.isPlaying()) {
            playing.set(false);
            if (engine.playbackProblem() != null) {
                message.set(engine.playbackProblem());
            }
        }
        if (playing.get()) {
            positionBars.set(Timeline.barAtFrame(project.get(), player.positionFrame()));
        }
    }

    public LiveEngine engine() {
        return engine;
    }
}
