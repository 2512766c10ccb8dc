package org.studiopaths.ui.mix;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** One channel strip: name, mute/solo, high-pass, pan, meter beside fader, value. Click to select it. */
public final class StripView extends VBox {

    private final StripModel strip;
    private final FaderControl fader;
    private final PanKnob pan;
    private final MeterView meter;

    public StripView(StripModel strip, MixerModel mixer) {
        this.strip = strip;
        getStyleClass().add("strip");
        setAlignment(Pos.TOP_CENTER);
        setSpacing(6);

        Label name = new Label();
        name.textProperty().bind(strip.nameProperty());
        name.getStyleClass().add("strip-name");

        ToggleButton mute = new ToggleButton("M");
        mute.getStyleClass().add("mute");
        mute.setTooltip(new Tooltip("Mute: silence this strip (key M)"));
        mute.selectedProperty().bind(strip.muteProperty());
        mute.setOnAction(e -> strip.toggleMute());
        ToggleButton solo = new ToggleButton("S");
        solo.getStyleClass().add("solo");
        solo.setTooltip(new Tooltip("Solo: hear only soloed strips (key S)"));
        solo.selectedProperty().bind(strip.soloProperty());
        solo.setOnAction(e -> strip.toggleSolo());
        HBox ms = new HBox(4, mute, solo);
        ms.setAlignment(Pos.CENTER);

        Spinner<Integer> hp = new Spinner<>(0, 2000, (int) strip.eqProperty().get().highPassHz(), 10);
        hp.setEditable(true);
        hp.setPrefWidth(84);
        hp.getStyleClass().add("high-pass");
        hp.setTooltip(new Tooltip("High-pass: removes rumble below this frequency (0 = off)"));
        hp.valueProperty().addListener((o, a, b) -> {
            if (b != null && b != (int) strip.eqProperty().get().highPassHz()) {
                strip.setHighPassHz(b < 20 ? 0 : b);
            }
        });
        strip.eqProperty().addListener((o, a, b) -> hp.getValueFactory().setValue((int) b.highPassHz()));
        Label hpLabel = new Label("High-pass Hz");
        hpLabel.getStyleClass().add("small");
        hpLabel.setTooltip(hp.getTooltip());

        pan = new PanKnob(() -> strip.panProperty().get(), new FaderControl.Listener() {
            public void begin() { strip.beginPanDrag(); }
            public void drag(double v) { strip.dragPanTo(v); }
            public void end() { strip.endDrag(); }
            public void set(double v) { strip.setPan(v); }
        });
        Tooltip.install(pan, new Tooltip("Pan: drag up for right, down for left; double-click to centre"));
        Label panLabel = new Label();
        panLabel.textProperty().bind(strip.panLabelProperty());
        panLabel.getStyleClass().add("small");
        panLabel.setTooltip(new Tooltip("Where the strip sits between the speakers: C centre, L left, R right (0 to 100)"));

        fader = new FaderControl(() -> strip.gainDbProperty().get(), new FaderControl.Listener() {
            public void begin() { strip.beginFaderDrag(); }
            public void drag(double db) { strip.dragFaderTo(db); }
            public void end() { strip.endDrag(); }
            public void set(double db) { strip.setGainDb(db); }
        });
        Tooltip.install(fader, new Tooltip("Fader: drag (Shift for fine), scroll to nudge, double-click for 0 dB"));
        meter = new MeterView(strip.meter());
        Tooltip.install(meter, new Tooltip("Level meter: how loud this strip plays right now, in dB below the top"
                + " (0). The red light at the top means it clipped"));
        HBox faderAndMeter = new HBox(6, meter, fader);
        faderAndMeter.setAlignment(Pos.TOP_CENTER); // a wide strip keeps them together in its middle
        VBox.setVgrow(faderAndMeter, Priority.ALWAYS);

        Label value = new Label();
        value.textProperty().bind(strip.gainLabelProperty());
        value.getStyleClass().add("fader-value");
        value.setId("value-" + strip.index());
        value.setTooltip(new Tooltip("The fader's setting: 0 dB leaves the part as recorded, minus is quieter"));
        name.setTooltip(new Tooltip("Click the strip to show its EQ below; Left and Right select the next strip"));

        getChildren().addAll(name, ms, hpLabel, hp, pan, panLabel, faderAndMeter, value);
        setOnMousePressed(e -> mixer.selectedProperty().set(strip.index()));
        mixer.selectedProperty().addListener((o, a, b) -> select(b.intValue() == strip.index()));
        select(mixer.selectedProperty().get() == strip.index());
        strip.gainDbProperty().addListener(o -> fader.redraw());
        strip.panProperty().addListener(o -> pan.redraw());
        strip.audibleProperty().addListener((o, a, b) -> pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("silent"), !b));
        pan.redraw();
        fader.setId("fader-" + strip.index());
        meter.setId("meter-" + strip.index());
    }

    private void select(boolean on) {
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("selected"), on);
    }

    public StripModel model() { return strip; }
    public MeterView meter() { return meter; }

    public void redrawMeter() {
        meter.refresh();
    }
}
