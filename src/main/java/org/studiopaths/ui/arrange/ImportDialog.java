package org.studiopaths.ui.arrange;

import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.converter.DoubleStringConverter;
import org.studiopaths.audio.SampleLibrary;
import org.studiopaths.ui.Overlay;

import java.util.function.Consumer;

/**
 * The card that imports one loop: what was detected, the fields to correct (name, category, bars and tempo,
 * key), Save and Cancel. Save keeps the loop through the {@link LoopImporter}; a failure is shown on the card.
 */
final class ImportDialog {

    private final ImportForm form;
    private final Overlay overlay;
    private final Label failure = new Label();
    // Kept: the bidirectional bindings to these adapters are weak.
    private final ObjectProperty<Integer> barsObject;

    private ImportDialog(Node owner, ImportForm form, LoopImporter importer, Consumer<LoopInfo> onSaved,
                         Runnable onClosed) {
        this.form = form;
        VBox card = new VBox(12);
        card.setId("import-dialog");
        card.getStyleClass().add("import-dialog");
        // The card sits over the whole window, outside the arrange screen and its stylesheet.
        card.getStylesheets().add(ImportDialog.class.getResource(ArrangeScreen.STYLESHEET).toExternalForm());
        card.setPrefWidth(560);
        Label title = new Label("Import a loop");
        title.getStyleClass().add("title-2");
        Label file = new Label(form.file().getFileName().toString());
        file.getStyleClass().add("text-muted");
        Label detected = new Label(form.detected());
        detected.setWrapText(true);
        detected.setId("import-detected");

        TextField name = new TextField();
        name.setId("import-name");
        name.textProperty().bindBidirectional(form.nameProperty());
        tip(name, "The name the loop browser shows");
        ComboBox<String> category = new ComboBox<>();
        category.getItems().setAll(SampleLibrary.LOOP_CATEGORIES);
        category.valueProperty().bindBidirectional(form.categoryProperty());
        tip(category, "Which track it belongs on: drums, bass, keys ...");

        Spinner<Integer> bars = new Spinner<>(1, 64, form.barsProperty().get());
        bars.setId("import-bars");
        bars.setEditable(true);
        barsObject = form.barsProperty().asObject();
        bars.getValueFactory().valueProperty().bindBidirectional(barsObject);
        tip(bars, "How many bars the file lasts; the tempo follows");
        Spinner<Double> tempo = new Spinner<>();
        tempo.setId("import-tempo");
        SpinnerValueFactory.DoubleSpinnerValueFactory tf =
                new SpinnerValueFactory.DoubleSpinnerValueFactory(20, 300, form.tempoProperty().get(), 0.5);
        tf.setConverter(new DoubleStringConverter());
        tempo.setValueFactory(tf);
        tempo.setEditable(true);
        tf.valueProperty().bindBidirectional(form.tempoProperty());
        tip(tempo, "The tempo it was played at (BPM); the app stretches it to your song's tempo");
        Button half = new Button("½ tempo");
        half.setId("import-half");
        half.setOnAction(e -> form.barsProperty().set(Math.max(1, form.barsProperty().get() / 2)));
        half.disableProperty().bind(form.barsProperty().lessThan(2));
        tip(half, "Half as fast: the file lasts half as many bars");
        Button twice = new Button("2× tempo");
        twice.setId("import-double");
        twice.setOnAction(e -> form.barsProperty().set(Math.min(64, form.barsProperty().get() * 2)));
        tip(twice, "Twice as fast: the file lasts twice as many bars");
        ComboBox<String> key = new ComboBox<>();
        key.setId("import-key");
        key.getItems().setAll(ImportForm.KEYS);
        key.setVisibleRowCount(12);
        key.valueProperty().bindBidirectional(form.keyProperty());
        tip(key, "The key it is in, so the app can tell when loops clash; no key for drums");

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, fieldName("Name"), name);
        grid.addRow(1, fieldName("Category"), category);
        grid.addRow(2, fieldName("Bars"), new HBox(8, bars, half, twice));
        grid.addRow(3, fieldName("Tempo (BPM)"), tempo);
        grid.addRow(4, fieldName("Key"), key);
        bars.setPrefWidth(110);
        half.setMinWidth(Region.USE_PREF_SIZE);
        twice.setMinWidth(Region.USE_PREF_SIZE);
        for (Control c : new Control[] {name, category, tempo, key}) {
            c.setMaxWidth(Double.MAX_VALUE);
            GridPane.setHgrow(c, Priority.ALWAYS);
        }

        Label problem = new Label();
        problem.getStyleClass().add("import-problem");
        problem.textProperty().bind(form.problemProperty());
        failure.getStyleClass().add("import-problem");
        for (Label l : new Label[] {problem, failure}) {
            l.managedProperty().bind(l.textProperty().isNotEmpty());
            l.visibleProperty().bind(l.managedProperty());
        }
        failure.setWrapText(true);
        Button save = new Button("Add to my loops");
        save.setId("import-save");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.disableProperty().bind(form.problemProperty().isNotNull());
        tip(save, "Copies the file into your library; it appears in the loop browser under \"my loops\"");
        Button cancel = new Button("Cancel");
        cancel.setId("import-cancel");
        cancel.setCancelButton(true);
        tip(cancel, "Nothing is copied (Escape)");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox buttons = new HBox(10, cancel, grow, save);
        buttons.setAlignment(Pos.CENTER_LEFT);

        card.getChildren().addAll(title, file, detected, grid, problem, failure, buttons);
        overlay = Overlay.show(owner, card);
        Runnable close = () -> {
            overlay.close();
            onClosed.run();
        };
        overlay.setOnEscape(close);
        cancel.setOnAction(e -> close.run());
        save.setOnAction(e -> {
            try {
                LoopInfo kept = importer.keep(form.file(), form.facts());
                onSaved.accept(kept);
                close.run();
            } catch (Exception ex) {
                failure.setText("Could not add the loop: " + ex.getMessage());
            }
        });
        name.requestFocus();
    }

    /**
     * Shows the card over the window {@code owner} is in.
     *
     * @param onSaved  gets the loop once it is kept
     * @param onClosed runs when the card closes, saved or not
     */
    static ImportDialog show(Node owner, ImportForm form, LoopImporter importer, Consumer<LoopInfo> onSaved,
                             Runnable onClosed) {
        return new ImportDialog(owner, form, importer, onSaved, onClosed);
    }

    ImportForm form() {
        return form;
    }

    boolean isShowing() {
        return overlay.isShowing();
    }

    private static Label fieldName(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static void tip(Control c, String text) {
        c.setTooltip(new Tooltip(text));
    }
}
