package org.studiopaths.ui.mix;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.studiopaths.model.Eq;
import org.studiopaths.model.Project;
import org.studiopaths.model.Track;
import org.studiopaths.ui.session.ProjectSession;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * One channel strip: its values as read-only properties (kept in step with the session's project) and
 * commands that change the project through the session. A click is one undo step; a drag (begin, drag…, end)
 * is one undo step too.
 */
public final class StripModel {

    public static final double PAN_STEP = 0.01;

    private final ProjectSession session;
    private final int index;
    private final LevelMeterModel meter = new LevelMeterModel();
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "");
    private final ReadOnlyDoubleWrapper gainDb = new ReadOnlyDoubleWrapper(this, "gainDb");
    private final ReadOnlyStringWrapper gainLabel = new ReadOnlyStringWrapper(this, "gainLabel", "");
    private final ReadOnlyDoubleWrapper pan = new ReadOnlyDoubleWrapper(this, "pan");
    private final ReadOnlyStringWrapper panLabel = new ReadOnlyStringWrapper(this, "panLabel", "C");
    private final ReadOnlyBooleanWrapper mute = new ReadOnlyBooleanWrapper(this, "mute");
    private final ReadOnlyBooleanWrapper solo = new ReadOnlyBooleanWrapper(this, "solo");
    private final ReadOnlyBooleanWrapper audible = new ReadOnlyBooleanWrapper(this, "audible", true);
    private final ReadOnlyObjectWrapper<Eq> eq = new ReadOnlyObjectWrapper<>(this, "eq", Eq.FLAT);

    StripModel(ProjectSession session, int index) {
        this.session = session;
        this.index = index;
        refresh(session.project());
    }

    void refresh(Project p) {
        if (index >= p.tracks().size()) {
            return;
        }
        Track t = p.tracks().get(index);
        name.set(t.name());
        gainDb.set(t.gainDb());
        gainLabel.set(FaderScale.label(t.gainDb()));
        pan.set(t.pan());
        panLabel.set(panLabel(t.pan()));
        mute.set(t.mute());
        solo.set(t.solo());
        audible.set(p.isAudible(index));
        eq.set(t.eq());
    }

    public int index() { return index; }
    public LevelMeterModel meter() { return meter; }
    public ReadOnlyStringProperty nameProperty() { return name.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty gainDbProperty() { return gainDb.getReadOnlyProperty(); }
    /** The fader's value as printed under it, e.g. "-3.5 dB". */
    public ReadOnlyStringProperty gainLabelProperty() { return gainLabel.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty panProperty() { return pan.getReadOnlyProperty(); }
    public ReadOnlyStringProperty panLabelProperty() { return panLabel.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty muteProperty() { return mute.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty soloProperty() { return solo.getReadOnlyProperty(); }
    /** False when muted or another strip is soloed. */
    public ReadOnlyBooleanProperty audibleProperty() { return audible.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Eq> eqProperty() { return eq.getReadOnlyProperty(); }

    // ---- fader ---------------------------------------------------------------------------------------

    public void setGainDb(double db) {
        session.edit(name.get() + " fader", p -> p.updateTrack(index, t -> t.withGainDb(clampGain(db))));
    }

    /** Double-click: back to 0 dB. */
    public void resetGain() {
        setGainDb(0);
    }

    public void beginFaderDrag() {
        session.beginGesture(name.get() + " fader");
    }

    /** Moves the fader during a drag; heard at once, one undo step when the drag ends. */
    public void dragFaderTo(double db) {
        double g = clampGain(db);
        session.updateGesture(p -> p.updateTrack(index, t -> t.withGainDb(g)));
    }

    public void endDrag() {
        session.endGesture();
    }

    static double clampGain(double db) {
        if (db < FaderScale.MIN_DB) {
            return Track.SILENT_DB;
        }
        return FaderScale.round(Math.min(FaderScale.MAX_DB, db));
    }

    // ---- pan, mute, solo -----------------------------------------------------------------------------

    public void setPan(double value) {
        session.edit(name.get() + " pan", p -> p.updateTrack(index, t -> t.withPan(clampPan(value))));
    }

    public void resetPan() {
        setPan(0);
    }

    public void beginPanDrag() {
        session.beginGesture(name.get() + " pan");
    }

    public void dragPanTo(double value) {
        double v = clampPan(value);
        session.updateGesture(p -> p.updateTrack(index, t -> t.withPan(v)));
    }

    static double clampPan(double v) {
        return Math.round(Math.max(-1, Math.min(1, v)) / PAN_STEP) * PAN_STEP;
    }

    static String panLabel(double pan) {
        int pct = (int) Math.round(Math.abs(pan) * 100);
        if (pct == 0) {
            return "C";
        }
        return (pan < 0 ? "L" : "R") + pct;
    }

    public void toggleMute() {
        session.edit((mute.get() ? "Unmute " : "Mute ") + name.get(),
                p -> p.updateTrack(index, t -> t.withMute(!t.mute())));
    }

    public void toggleSolo() {
        session.edit((solo.get() ? "Unsolo " : "Solo ") + name.get(),
                p -> p.updateTrack(index, t -> t.withSolo(!t.solo())));
    }

    // ---- EQ ------------------------------------------------------------------------------------------

    /** High-pass in Hz, 0 for off; clamped to 20–2000 Hz when on. */
    public void setHighPassHz(double hz) {
        double v = hz <= 0 ? 0 : Math.round(Math.max(20, Math.min(2000, hz)));
        session.edit(name.get() + " high-pass", p -> p.updateTrack(index, t -> t.withEq(t.eq().withHighPassHz(v))));
    }

    public void setEq(String what, UnaryOperator<Eq> change) {
        session.edit(name.get() + " " + what, p -> p.updateTrack(index, t -> t.withEq(EqLimits.clamp(change.apply(t.eq())))));
    }

    public void beginEqDrag(String what) {
        session.beginGesture(name.get() + " " + what);
    }

    /** During an EQ drag: the change is made to the EQ as it was when the drag began. */
    public void dragEq(UnaryOperator<Eq> fromStart) {
        session.updateGesture(p -> p.updateTrack(index, t -> t.withEq(EqLimits.clamp(fromStart.apply(t.eq())))));
    }

    static String hz(double hz) {
        return hz >= 1000 ? String.format(Locale.ROOT, "%.1f kHz", hz / 1000) : String.format(Locale.ROOT, "%.0f Hz", hz);
    }
}
