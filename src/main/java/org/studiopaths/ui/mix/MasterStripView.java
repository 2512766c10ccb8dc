package org.studiopaths.ui.mix;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.studiopaths.dsp.MeterScale;

import java.util.Locale;

/** The master strip: fader and meter, and the numbers an engineer reads: peak, true peak, loudness. */
public final class MasterStripView extends VBox {

    private final MixerModel mixer;
    private final MeterView meter;
    private final FaderControl fader;
    private final Label peak = value("peak");
    private final Label truePeak = value("true-peak");
    private final Label momentary = value("lufs-m");
    private final Label shortTerm = value("lufs-s");
    private final Label integrated = value("lufs-i");

    public MasterStripView(MixerModel mixer) {
        this.mixer = mixer;
        getStyleClass().addAll("strip", "master-strip");
        setAlignment(Pos.TOP_CENTER);
        setSpacing(6);
        Label name = new Label("Master");
        name.getStyleClass().add("strip-name");

        GridPane numbers = new GridPane();
        numbers.getStyleClass().add("master-numbers");
        numbers.setHgap(6);
        row(numbers, 0, "Peak", peak, "The highest sample since play, in dB below full scale (0 dBFS clips)");
        row(numbers, 1, "True peak", truePeak, "The highest level between samples, as a converter makes it (keep below -1 dBTP)");
        row(numbers, 2, "Momentary", momentary, "Loudness of the last 0.4 s, in LUFS");
        row(numbers, 3, "Short-term", shortTerm, "Loudness of the last 3 s, in LUFS");
        row(numbers, 4, "Integrated", integrated, "Loudness of everything since play was pressed, in LUFS (streaming aims near -14)");

        fader = new FaderControl(() -> mixer.masterDbProperty().get(), new FaderControl.Listener() {
            public void begin() { mixer.beginMasterDrag(); }
            public void drag(double db) { mixer.dragMasterTo(db); }
            public void end() { mixer.endDrag(); }
            public void set(double db) { mixer.setMasterDb(db); }
        });
        fader.setId("fader-master");
        Tooltip.install(fader, new Tooltip("Master fader: turns the whole mix up or down; drag (Shift for fine),"
                + " scroll to nudge, double-click for 0 dB"));
        meter = new MeterView(mixer.masterMeter());
        Tooltip.install(meter, new Tooltip("The whole mix's level, in dB below the top (0); the red light at the"
                + " top means it clipped"));
        HBox faderAndMeter = new HBox(6, meter, fader);
        faderAndMeter.setAlignment(Pos.TOP_CENTER);
        VBox.setVgrow(faderAndMeter, Priority.ALWAYS);
        Label value = new Label();
        value.textProperty().bind(mixer.masterLabelProperty());
        value.getStyleClass().add("fader-value");
        value.setTooltip(new Tooltip("The master fader's setting"));
        mixer.masterDbProperty().addListener(o -> fader.redraw());
        getChildren().addAll(name, numbers, faderAndMeter, value);
    }

    private static Label value(String id) {
        Label l = new Label("–");
        l.setId(id);
        l.getStyleClass().add("meter-number");
        return l;
    }

    private static void row(GridPane grid, int r, String name, Label value, String tip) {
        Label n = new Label(name);
        n.getStyleClass().add("small");
        Tooltip.install(n, new Tooltip(tip));
        value.setTooltip(new Tooltip(tip));
        grid.addRow(r, n, value);
    }

    /** Refreshes the meter and the numbers (once per frame). */
    public void refresh() {
        meter.refresh();
        LevelMeterModel m = mixer.masterMeter();
        peak.setText(db(m.maxHoldDb(), "dBFS", LevelMeterModel.FLOOR_DB) + (m.maxHoldDb() >= 0 ? " clips!" : ""));
        MasterMeters mm = mixer.masterMeters();
        truePeak.setText(db(mm.truePeakDbtp(), "dBTP", -100));
        momentary.setText(db(mm.momentaryLufs(), "LUFS", -70));
        shortTerm.setText(db(mm.shortTermLufs(), "LUFS", -70));
        integrated.setText(mm.integratedLufs().isPresent() ? db(mm.integratedLufs().getAsDouble(), "LUFS", -70) : "– LUFS");
    }

    private static String db(double v, String unit, double floor) {
        if (v <= floor || v <= MeterScale.FLOOR_DB) {
            return "– " + unit;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, unit);
    }
}
