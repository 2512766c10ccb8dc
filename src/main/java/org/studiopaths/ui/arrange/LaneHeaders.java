package org.studiopaths.ui.arrange;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.studiopaths.model.Project;
import org.studiopaths.model.Track;

import java.util.ArrayList;
import java.util.List;

/**
 * The track headers left of the lanes: name (double-click to rename), mute, solo and a volume fader. They
 * scroll with the lanes; a fader drag is one undo step.
 */
public final class LaneHeaders extends Pane {

    public static final double WIDTH = 190;
    private static final double MIN_DB = -40;

    private final ArrangeModel model;
    private final VBox column = new VBox();
    private final List<Header> headers = new ArrayList<>();

    public LaneHeaders(ArrangeModel model, LoopCatalog catalog) {
        this.model = model;
        getStyleClass().add("lane-headers");
        setPrefWidth(WIDTH);
        setMinWidth(WIDTH);
        Region rulerCorner = new Region();
        rulerCorner.getStyleClass().add("ruler-corner");
        rulerCorner.setPrefSize(WIDTH, ArrangeModel.RULER_HEIGHT);
        rulerCorner.setMinHeight(ArrangeModel.RULER_HEIGHT);
        column.setLayoutY(ArrangeModel.RULER_HEIGHT);
        column.translateYProperty().bind(model.scrollYProperty().negate());
        getChildren().addAll(column, rulerCorner);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        model.session().projectProperty().addListener((o, a, p) -> sync(p, catalog));
        sync(model.project(), catalog);
    }

    private void sync(Project p, LoopCatalog catalog) {
        while (headers.size() > p.tracks().size()) {
            headers.remove(headers.size() - 1);
            column.getChildren().remove(column.getChildren().size() - 1);
        }
        while (headers.size() < p.tracks().size()) {
            Header h = new Header(headers.size());
            headers.add(h);
            column.getChildren().add(h.box);
        }
        for (int i = 0; i < headers.size(); i++) {
            Track t = p.tracks().get(i);
            String category = ArrangeModel.categoryOf(t, catalog);
            headers.get(i).show(t, category);
        }
    }

    /** One track's header; its controls stay while the track exists, so a fader drag is never interrupted. */
    private final class Header {
        final int index;
        final HBox box = new HBox(6);
        final Region swatch = new Region();
        final Label name = new Label();
        final ToggleButton mute = new ToggleButton("M");
        final ToggleButton solo = new ToggleButton("S");
        final Slider volume = new Slider(MIN_DB, 6, 0);
        final Label db = new Label();
        boolean updating;

        Header(int index) {
            this.index = index;
            box.getStyleClass().add("lane-header");
            box.setPrefHeight(ArrangeModel.LANE_HEIGHT);
            box.setMinHeight(ArrangeModel.LANE_HEIGHT);
            box.setMaxHeight(ArrangeModel.LANE_HEIGHT);
            box.setPrefWidth(WIDTH);
            swatch.getStyleClass().add("lane-swatch");
            swatch.setPrefWidth(6);
            name.getStyleClass().add("lane-name");
            name.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2) {
                    rename();
                }
            });
            mute.getStyleClass().add("mute");
            solo.getStyleClass().add("solo");
            mute.setTooltip(new Tooltip("Mute this track (M)"));
            solo.setTooltip(new Tooltip("Hear only this track (S)"));
            mute.setOnAction(e -> model.setMute(index, mute.isSelected()));
            solo.setOnAction(e -> model.setSolo(index, solo.isSelected()));
            volume.setTooltip(new Tooltip("Track volume: drag, or Left and Right when it has the focus"
                    + " (double-click the name to rename the track)"));
            volume.setPrefWidth(96);
            volume.setOnMousePressed(e -> model.beginVolume(index));
            volume.valueProperty().addListener((o, a, v) -> {
                if (updating) {
                    return;
                }
                if (volume.isValueChanging()) {
                    model.updateVolume(index, dbOf(v.doubleValue()));
                } else if (!volume.isPressed()) { // a key: one undo step each
                    model.setVolume(index, dbOf(v.doubleValue()));
                }
            });
            volume.setOnMouseReleased(e -> {
                model.updateVolume(index, dbOf(volume.getValue()));
                model.endDrag();
            });
            db.getStyleClass().add("lane-db");
            HBox buttons = new HBox(4, mute, solo, db);
            buttons.setAlignment(Pos.CENTER_LEFT);
            VBox right = new VBox(4, name, buttons, volume);
            right.setPadding(new Insets(6, 6, 6, 2));
            box.getChildren().addAll(swatch, right);
        }

        private double dbOf(double slider) {
            return slider <= MIN_DB ? Track.SILENT_DB : Math.round(slider * 10) / 10.0;
        }

        void show(Track t, String category) {
            updating = true;
            name.setText(t.name());
            mute.setSelected(t.mute());
            solo.setSelected(t.solo());
            if (!volume.isValueChanging() && !volume.isPressed()) {
                volume.setValue(Math.max(MIN_DB, t.gainDb()));
            }
            db.setText(t.gainDb() <= Track.SILENT_DB ? "-∞ dB" : String.format("%+.1f dB", t.gainDb()));
            swatch.setStyle("-fx-background-color: " + web(CategoryColors.of(category)) + ";");
            updating = false;
        }

        private void rename() {
            TextInputDialog d = new TextInputDialog(name.getText());
            d.setTitle("Rename track");
            d.setHeaderText("A name for this track (up to " + Track.MAX_NAME_LENGTH + " characters)");
            d.showAndWait().ifPresent(n -> model.renameTrack(index, n));
        }
    }

    static String web(javafx.scene.paint.Color c) {
        return String.format("#%02x%02x%02x", (int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255),
                (int) Math.round(c.getBlue() * 255));
    }
}
