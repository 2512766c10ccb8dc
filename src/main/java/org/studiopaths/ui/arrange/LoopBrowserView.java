package org.studiopaths.ui.arrange;

import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/**
 * The loop browser: category chips, kit, search, and the loops with their tempo, key and length. Click ▶ to
 * audition; drag a loop onto the timeline to use it. WAV files dropped from the desktop, or picked with
 * "Import loop…", are imported (see {@link LoopImportFlow}).
 */
public final class LoopBrowserView extends VBox {

    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private final Label importMessage = new Label();
    final Button importButton = new Button("Import loop…");
    /** The loops; Enter on the focused one adds it at the playhead (the arrange view answers it). */
    final ListView<LoopInfo> list;

    public LoopBrowserView(LoopBrowserModel model, Audition audition, LoopDrag drag) {
        getStyleClass().add("loop-browser");
        setSpacing(8);
        setPadding(new Insets(10));
        setPrefWidth(300); // room for "bass · my loops · 120 BPM · F minor · 2 bars"
        Label title = new Label("Loops");
        title.getStyleClass().add("panel-title");

        TextField search = new TextField();
        search.setPromptText("Search loops (name, key, kit)");
        search.textProperty().bindBidirectional(model.searchProperty());

        ComboBox<String> category = new ComboBox<>(model.categories());
        category.valueProperty().bindBidirectional(model.categoryProperty());
        category.setMaxWidth(Double.MAX_VALUE);
        category.setCellFactory(l -> new CategoryCell());
        category.setButtonCell(new CategoryCell());
        ComboBox<String> kit = new ComboBox<>(model.kits());
        kit.valueProperty().bindBidirectional(model.kitProperty());
        kit.setMaxWidth(Double.MAX_VALUE);
        HBox filters = new HBox(6, category, kit);
        HBox.setHgrow(category, Priority.ALWAYS);
        HBox.setHgrow(kit, Priority.ALWAYS);

        list = new ListView<>(model.shown());
        list.getStyleClass().add("loop-list");
        list.setCellFactory(l -> new LoopCell(audition, drag));
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setTooltip(new Tooltip("The loops: ▶ listens, drag one onto the timeline, or Enter adds the focused"
                + " loop at the playhead"));
        list.setPlaceholder(new Label("No loop matches.\nClear the search or pick \"All\"."));
        Label hint = new Label("▶ to listen · drag onto the timeline (or press Enter) to use · drop your own WAV files"
                + " here");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        importButton.setId("import-loop");
        importButton.setMaxWidth(Double.MAX_VALUE);
        importButton.setTooltip(new Tooltip("Add your own loop from a WAV file (or drop WAV files on this list)"));
        importMessage.getStyleClass().add("import-message");
        importMessage.setWrapText(true);
        importMessage.managedProperty().bind(importMessage.textProperty().isNotEmpty());
        importMessage.visibleProperty().bind(importMessage.managedProperty());
        search.setTooltip(new Tooltip("Show only loops whose name, key or kit has these words"));
        category.setTooltip(new Tooltip("Show one category of loops"));
        kit.setTooltip(new Tooltip("Show the loops of one kit (\"my loops\" are the ones you imported)"));
        getChildren().addAll(title, search, filters, list, hint, importButton, importMessage);
    }

    /** Lets WAV files be dropped here and the button import them through {@code flow}. */
    void acceptImports(LoopImportFlow flow) {
        importButton.setOnAction(e -> flow.choose());
        importMessage.textProperty().bind(flow.messageProperty());
        setOnDragOver(e -> {
            if (e.getGestureSource() == null && e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                pseudoClassStateChanged(DROP_TARGET, true);
            }
            e.consume();
        });
        setOnDragExited(e -> pseudoClassStateChanged(DROP_TARGET, false));
        setOnDragDropped(e -> {
            Dragboard db = e.getDragboard();
            boolean ok = db.hasFiles();
            if (ok) {
                List<Path> files = db.getFiles().stream().map(File::toPath).toList();
                // After the drop returns: the dialog must not open inside the drag-and-drop callback.
                Platform.runLater(() -> flow.importFiles(files));
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private static final class CategoryCell extends ListCell<String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(item);
            if (LoopBrowserModel.ALL.equals(item)) {
                setGraphic(null);
            } else {
                Region dot = new Region();
                dot.getStyleClass().add("category-dot");
                dot.setStyle("-fx-background-color: " + LaneHeaders.web(CategoryColors.of(item)) + ";");
                setGraphic(dot);
            }
        }
    }

    /** A loop: colour bar, name, facts, audition button; pressing and dragging it starts a loop drag. */
    private static final class LoopCell extends ListCell<LoopInfo> {
        private final Audition audition;
        private final Region colour = new Region();
        private final Label name = new Label();
        private final Label facts = new Label();
        private final Button listen = new Button("▶");
        private final Tooltip tip = new Tooltip();
        private final HBox box;

        LoopCell(Audition audition, LoopDrag drag) {
            this.audition = audition;
            getStyleClass().add("loop-cell");
            colour.getStyleClass().add("loop-colour");
            colour.setMinWidth(5);
            name.getStyleClass().add("loop-name");
            facts.getStyleClass().add("loop-facts");
            listen.getStyleClass().add("listen");
            listen.setFocusTraversable(false);
            listen.setTooltip(new Tooltip("Listen (in time with the song when it plays)"));
            listen.setOnAction(e -> {
                if (getItem() != null) {
                    audition.toggle(getItem());
                }
            });
            name.setMinWidth(0);
            facts.setMinWidth(0);
            listen.setMinWidth(USE_PREF_SIZE);
            // A cell as wide as the list, not its text: the listen button stays in view.
            setPrefWidth(0);
            VBox text = new VBox(1, name, facts);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            box = new HBox(8, colour, text, listen);
            box.setAlignment(Pos.CENTER_LEFT);
            setOnDragDetected(e -> {
                if (getItem() != null) {
                    drag.loopProperty().set(getItem());
                    startFullDrag();
                }
            });
            setOnMouseReleased(e -> {
                // Released anywhere but the timeline: the drag is over without a drop.
                if (drag.loopProperty().get() != null) {
                    drag.loopProperty().set(null);
                }
            });
            audition.playingProperty().addListener((o, a, b) -> refreshListen());
        }

        private void refreshListen() {
            listen.setText(getItem() != null && getItem().equals(audition.playingProperty().get()) ? "■" : "▶");
        }

        @Override
        protected void updateItem(LoopInfo item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            name.setText(item.name());
            String d = LoopBrowserModel.describe(item);
            facts.setText(item.category() + (item.kit().isEmpty() ? "" : " · " + item.kit())
                    + (d.isEmpty() ? "" : " · " + d));
            colour.setStyle("-fx-background-color: " + LaneHeaders.web(CategoryColors.of(item.category())) + ";");
            tip.setText(item.name() + "\n" + facts.getText() + "\nDrag onto the timeline to use it, or press Enter to add it"
                    + " at the playhead");
            setTooltip(tip);
            refreshListen();
            setGraphic(box);
        }
    }
}
