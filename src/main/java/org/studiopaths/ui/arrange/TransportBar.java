package org.studiopaths.ui.arrange;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.studiopaths.ui.session.ProjectSession;

/** Play, stop, return to start, position, tempo, loop, snap, zoom, undo/redo and the file buttons. */
public final class TransportBar extends HBox {

    final Button back = new Button("Back");
    final Button save = new Button("Save");
    final Button open = new Button("Open…");
    final Button export = new Button("Export WAV…");
    final ProgressBar progress = new ProgressBar();
    private final Label message = new Label();

    public TransportBar(ArrangeModel model, Runnable togglePlay) {
        ProjectSession s = model.session();
        getStyleClass().add("transport");
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(8, 12, 8, 12));

        Button start = new Button("|◀");
        start.setTooltip(new Tooltip("Return to start (Enter / Home)"));
        start.setOnAction(e -> s.returnToStart());
        Button play = new Button();
        play.getStyleClass().add("play");
        play.textProperty().bind(Bindings.when(s.playingProperty()).then("■").otherwise("▶"));
        play.setTooltip(new Tooltip("Play / stop (Space)"));
        play.setOnAction(e -> togglePlay.run());

        Label position = new Label();
        position.getStyleClass().add("position");
        position.setTooltip(new Tooltip("Where the playhead is: bar and beat (click the ruler to move it)"));
        position.textProperty().bind(Bindings.createStringBinding(
                () -> Grid.barsBeats(s.positionBarsProperty().get(), s.project().beatsPerBar()),
                s.positionBarsProperty(), s.projectProperty()));

        Spinner<Integer> tempo = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(40, 240,
                (int) Math.round(s.project().tempo())));
        tempo.setEditable(true);
        tempo.setPrefWidth(80);
        tempo.setTooltip(new Tooltip("Tempo in beats per minute; loops follow it"));
        tempo.valueProperty().addListener((o, a, v) -> {
            if (v != null && v != Math.round(s.project().tempo())) {
                s.edit("Change tempo", p -> p.withTempo(v));
            }
        });
        s.projectProperty().addListener((o, a, p) -> tempo.getValueFactory().setValue((int) Math.round(p.tempo())));
        Label bpm = new Label("BPM");

        ToggleButton loop = new ToggleButton("Loop");
        loop.setTooltip(new Tooltip("Drag on the ruler to choose bars to repeat; click here to stop looping"));
        loop.selectedProperty().bind(Bindings.createBooleanBinding(model::loopOn, model.loopStartProperty(),
                model.loopEndProperty()));
        loop.setOnAction(e -> {
            if (model.loopOn()) {
                model.clearLoop();
            } else {
                double from = Math.floor(s.positionBarsProperty().get());
                model.setLoopRange(from, from + 4);
            }
        });

        ToggleButton snap = new ToggleButton();
        snap.selectedProperty().bindBidirectional(model.snapToBeatProperty());
        snap.textProperty().bind(Bindings.when(snap.selectedProperty()).then("Snap: beat").otherwise("Snap: bar"));
        snap.setTooltip(new Tooltip("Clips land on whole bars, or on beats"));

        Button zoomOut = new Button("−");
        zoomOut.setTooltip(new Tooltip("Zoom out (-, Ctrl+scroll)"));
        zoomOut.setOnAction(e -> model.zoomBy(1 / 1.25, 0));
        Button zoomIn = new Button("+");
        zoomIn.setTooltip(new Tooltip("Zoom in (+, Ctrl+scroll)"));
        zoomIn.setOnAction(e -> model.zoomBy(1.25, 0));

        Button undo = new Button("↶");
        undo.disableProperty().bind(s.canUndoProperty().not());
        undo.setOnAction(e -> s.undo());
        Tooltip undoTip = new Tooltip();
        undoTip.textProperty().bind(Bindings.concat("Undo ", s.undoNameProperty(), " (Ctrl+Z)"));
        undo.setTooltip(undoTip);
        Button redo = new Button("↷");
        redo.disableProperty().bind(s.canRedoProperty().not());
        redo.setOnAction(e -> s.redo());
        Tooltip redoTip = new Tooltip();
        redoTip.textProperty().bind(Bindings.concat("Redo ", s.redoNameProperty(), " (Ctrl+Shift+Z)"));
        redo.setTooltip(redoTip);

        message.getStyleClass().add("message");
        s.messageProperty().addListener((o, a, m) -> message.setText(m));
        message.setMinWidth(0);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);

        progress.setPrefWidth(90);
        progress.setVisible(false);
        progress.managedProperty().bind(progress.visibleProperty());
        save.setTooltip(new Tooltip("Save (Ctrl+S)"));
        back.setTooltip(new Tooltip("Back to the exercise list (your attempt goes into the journal)"));
        open.setTooltip(new Tooltip("Open a song you saved (.json)"));
        export.setTooltip(new Tooltip("Render the song to a WAV file you can play anywhere"));

        Region gap = new Region();
        getChildren().addAll(back, sep(), start, play, position, sep(), tempo, bpm, loop, snap, sep(), zoomOut, zoomIn,
                sep(), undo, redo, message, gap, progress, open, save, export);
    }

    /** Shows a line to read (the session's own messages arrive here too). */
    public void say(String text) {
        message.setText(text);
    }

    private static Separator sep() {
        return new Separator(Orientation.VERTICAL);
    }
}
