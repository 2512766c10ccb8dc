package org.studiopaths.ui.mix;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.studiopaths.engine.MeterBank;
import org.studiopaths.engine.Player;
import org.studiopaths.model.Master;
import org.studiopaths.model.Project;
import org.studiopaths.ui.session.ProjectSession;

/**
 * The console's view-model: a strip per track, the selected strip, the master fader and the meters. It taps
 * the engine's player with a {@link MeterBank} while it lives ({@link #dispose} removes the taps) and reads
 * it once per frame in {@link #updateMeters}. Holds no controls.
 */
public final class MixerModel {

    private final ProjectSession session;
    private final MeterBank bank = new MeterBank();
    private final MasterMeters master;
    private final LevelMeterModel masterMeter = new LevelMeterModel();
    private final ObservableList<StripModel> strips = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(this, "selected", 0);
    /** Spectrum of the selected strip rather than the master. */
    private final BooleanProperty spectrumOfSelected = new SimpleBooleanProperty(this, "spectrumOfSelected");
    private final ReadOnlyDoubleWrapper masterDb = new ReadOnlyDoubleWrapper(this, "masterDb");
    private final ReadOnlyStringWrapper masterLabel = new ReadOnlyStringWrapper(this, "masterLabel", "");
    private final double[] level = new double[3];

    public MixerModel(ProjectSession session) {
        this.session = session;
        this.master = new MasterMeters(bank);
        rebuild(session.project());
        session.projectProperty().addListener((obs, before, now) -> {
            if (before.tracks().size() != now.tracks().size()) {
                rebuild(now);
            } else {
                strips.forEach(s -> s.refresh(now));
                refreshMaster(now);
            }
        });
        selected.addListener((obs, a, b) -> updateFocus());
        spectrumOfSelected.addListener((obs, a, b) -> updateFocus());
        session.playingProperty().addListener((obs, was, now) -> {
            if (now) {
                master.reset();
            }
        });
        Player player = session.engine().player();
        player.setTrackTap(bank);
        player.setOutputTap(bank);
    }

    private void rebuild(Project p) {
        StripModel[] made = new StripModel[p.tracks().size()];
        for (int i = 0; i < made.length; i++) {
            made[i] = new StripModel(session, i);
        }
        strips.setAll(made);
        if (selected.get() >= made.length) {
            selected.set(Math.max(0, made.length - 1));
        }
        refreshMaster(p);
    }

    private void refreshMaster(Project p) {
        masterDb.set(p.master().gainDb());
        masterLabel.set(FaderScale.label(p.master().gainDb()));
    }

    private void updateFocus() {
        bank.setFocus(spectrumOfSelected.get() ? selected.get() : MeterBank.FOCUS_OUTPUT);
    }

    public ProjectSession session() { return session; }
    public MeterBank meterBank() { return bank; }
    public ObservableList<StripModel> strips() { return strips; }
    public IntegerProperty selectedProperty() { return selected; }
    public BooleanProperty spectrumOfSelectedProperty() { return spectrumOfSelected; }
    public MasterMeters masterMeters() { return master; }
    public LevelMeterModel masterMeter() { return masterMeter; }
    public ReadOnlyDoubleProperty masterDbProperty() { return masterDb.getReadOnlyProperty(); }
    public ReadOnlyStringProperty masterLabelProperty() { return masterLabel.getReadOnlyProperty(); }

    public StripModel selectedStrip() {
        int i = selected.get();
        return i >= 0 && i < strips.size() ? strips.get(i) : null;
    }

    /** Reads what the audio thread measured since the last frame into every meter. */
    public void updateMeters(long nanos) {
        for (StripModel s : strips) {
            for (int ch = 0; ch < 2; ch++) {
                bank.takeLevels(s.index(), ch, level);
                s.meter().update(ch, level, nanos);
            }
        }
        for (int ch = 0; ch < 2; ch++) {
            bank.takeLevels(MeterBank.OUTPUT, ch, level);
            masterMeter.update(ch, level, nanos);
        }
        master.update();
    }

    // ---- commands ----------------------------------------------------------------------------------

    /** Selects the strip {@code step} places to the right (negative: left), stopping at the ends. */
    public void moveSelection(int step) {
        if (!strips.isEmpty()) {
            selected.set(Math.max(0, Math.min(strips.size() - 1, selected.get() + step)));
        }
    }

    public void toggleMuteSelected() {
        StripModel s = selectedStrip();
        if (s != null) {
            s.toggleMute();
        }
    }

    public void toggleSoloSelected() {
        StripModel s = selectedStrip();
        if (s != null) {
            s.toggleSolo();
        }
    }

    /** Solo just this track (for "hear the difference"), one undo step. */
    public void soloOnly(int track) {
        session.edit("Solo " + session.project().tracks().get(track).name(), p -> {
            Project q = p;
            for (int i = 0; i < q.tracks().size(); i++) {
                int at = i;
                q = q.updateTrack(i, t -> t.withSolo(at == track));
            }
            return q;
        });
        selected.set(track);
    }

    public void beginMasterDrag() {
        session.beginGesture("Master fader");
    }

    public void dragMasterTo(double db) {
        double g = StripModel.clampGain(db);
        session.updateGesture(p -> p.withMaster(new Master(g)));
    }

    public void setMasterDb(double db) {
        double g = StripModel.clampGain(db);
        session.edit("Master fader", p -> p.withMaster(new Master(g)));
    }

    public void endDrag() {
        session.endGesture();
    }

    /** Removes the meter taps from the player. */
    public void dispose() {
        Player player = session.engine().player();
        player.setTrackTap(null);
        player.setOutputTap(null);
    }
}
