package org.studiopaths.ui.mix;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.studiopaths.exercise.drill.EqDrill;
import org.studiopaths.exercise.drill.EqDrillScores;
import org.studiopaths.exercise.mix.BandLabels;
import org.studiopaths.model.Project;
import org.studiopaths.model.Track;
import org.studiopaths.ui.session.ProjectSession;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The EQ ear-training screen's view-model: one stem of one of the songs plays (soloed, looping its first bars) through
 * the session and its engine, with a hidden boost or cut ({@link EqDrill}); the learner can flip between the
 * changed and the flat sound, picks a band and boost or cut, and reads the feedback, credit, level and score.
 * Scores are saved after every answer. It never touches a control; call it on the JavaFX thread.
 */
public final class EqDrillModel {

    /** Bars looped from the start of the song: long enough to hear the part, short enough to compare. */
    static final double LOOP_BARS = 4;

    /** Where the scores are kept (an {@code EqDrillStore} in the app); a failure is said, never thrown. */
    public interface ScoreKeeper {
        void save(EqDrillScores scores) throws Exception;
    }

    private final ProjectSession session;
    private final List<Project> songs;
    private final EqDrill drill;
    private final ScoreKeeper keeper;
    private final Consumer<String> say;
    private final ReadOnlyBooleanWrapper hearingFlat = new ReadOnlyBooleanWrapper(this, "hearingFlat");
    private final ReadOnlyBooleanWrapper answered = new ReadOnlyBooleanWrapper(this, "answered");
    private final ReadOnlyIntegerWrapper pickedBand = new ReadOnlyIntegerWrapper(this, "pickedBand", -1);
    private final ReadOnlyStringWrapper question = new ReadOnlyStringWrapper(this, "question", "");
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper(this, "feedback", "");
    private final ReadOnlyStringWrapper credit = new ReadOnlyStringWrapper(this, "credit", "");
    private final ReadOnlyStringWrapper level = new ReadOnlyStringWrapper(this, "level", "");
    private final ReadOnlyStringWrapper score = new ReadOnlyStringWrapper(this, "score", "");
    private EqDrill.Round round;

    /**
     * @param session plays what the learner hears; its project is replaced each round
     * @param songs   the songs whose stems are drilled (flat, as the free mixes have them), by the title the
     *                drill's stems name
     * @param say     where a problem goes (the status bar)
     */
    public EqDrillModel(ProjectSession session, List<Project> songs, EqDrill drill, ScoreKeeper keeper,
                        Consumer<String> say) {
        this.session = session;
        this.songs = List.copyOf(songs);
        this.drill = drill;
        this.keeper = keeper;
        this.say = say;
        showScores(drill.scores());
        nextRound();
    }

    public ReadOnlyBooleanProperty hearingFlatProperty() { return hearingFlat.getReadOnlyProperty(); }
    /** Whether the round was answered (the band buttons wait for the next round). */
    public ReadOnlyBooleanProperty answeredProperty() { return answered.getReadOnlyProperty(); }
    /** The band (0 to 9) the learner picked this round, -1 before. */
    public ReadOnlyIntegerProperty pickedBandProperty() { return pickedBand.getReadOnlyProperty(); }
    /** What to listen to: "Listen to the Guitar of Sunday Drive: which octave was boosted or cut? ..." */
    public ReadOnlyStringProperty questionProperty() { return question.getReadOnlyProperty(); }
    public ReadOnlyStringProperty feedbackProperty() { return feedback.getReadOnlyProperty(); }
    /** "Credit 0.5 of 1" after an answer, empty before. */
    public ReadOnlyStringProperty creditProperty() { return credit.getReadOnlyProperty(); }
    /** "Level 2 of 5: a 10 dB change, Q 1.4" */
    public ReadOnlyStringProperty levelProperty() { return level.getReadOnlyProperty(); }
    /** "Score 11.5 from 17 rounds (68%)" */
    public ReadOnlyStringProperty scoreProperty() { return score.getReadOnlyProperty(); }

    /** The round being played (tests and the reveal read it). */
    public EqDrill.Round round() {
        return round;
    }

    /** A new hidden change; the learner hears it changed first. */
    public void nextRound() {
        round = drill.next();
        answered.set(false);
        pickedBand.set(-1);
        feedback.set("");
        credit.set("");
        question.set("Listen to the " + round.track() + " of " + round.song() + ": which octave was boosted or cut?"
                + " Compare with the flat sound, pick a band, then say boost or cut.");
        hearChanged();
        session.setLoopBars(1, 1 + Math.min(LOOP_BARS, Math.max(1, song().lengthBars())));
    }

    /** The stem with the hidden change. */
    public void hearChanged() {
        hearingFlat.set(false);
        session.replace(round.applyTo(soloed()), null);
    }

    /** The same stem with no change, to compare. */
    public void hearFlat() {
        hearingFlat.set(true);
        session.replace(soloed(), null);
    }

    public void toggleFlat() {
        if (hearingFlat.get()) {
            hearChanged();
        } else {
            hearFlat();
        }
    }

    /** Picks the band the learner thinks was changed (0 to 9). */
    public void pickBand(int band) {
        if (!answered.get()) {
            pickedBand.set(band);
        }
    }

    /** Answers with the picked band; does nothing before a band is picked or once answered. */
    public void answer(boolean boost) {
        if (answered.get() || pickedBand.get() < 0) {
            return;
        }
        EqDrill.Outcome o = drill.answer(round, new EqDrill.Answer(pickedBand.get(), boost));
        answered.set(true);
        feedback.set(o.message());
        credit.set("Credit " + number(o.credit()) + " of 1");
        showScores(o.scores());
        hearChanged();
        try {
            keeper.save(o.scores());
        } catch (Exception e) {
            say.accept("Could not save the EQ drill's scores: " + e.getMessage());
        }
    }

    private void showScores(EqDrillScores s) {
        level.set(String.format(Locale.ROOT, "Level %d of %d: a %d dB change, width Q %s (%d of %d right in a row to"
                        + " move up)", s.level(), EqDrill.LEVELS, Math.round(EqDrill.sizeDb(s.level())),
                number(EqDrill.q(s.level())), s.streak(), EqDrill.STREAK_TO_LEVEL_UP));
        score.set(s.rounds() == 0 ? "Score 0 so far: no rounds answered yet"
                : String.format(Locale.ROOT, "Score %s from %d round%s (%d%%)", number(s.totalCredit()), s.rounds(),
                s.rounds() == 1 ? "" : "s", Math.round(100 * s.meanCredit())));
    }

    /** The round's song. */
    private Project song() {
        return songs.stream().filter(p -> p.title().equals(round.song())).findFirst()
                .orElseThrow(() -> new IllegalStateException("the drill has no song called " + round.song()));
    }

    /** The round's song with only the round's track heard. */
    private Project soloed() {
        Project song = song();
        List<Track> tracks = new ArrayList<>();
        for (Track t : song.tracks()) {
            tracks.add(t.withMute(false).withSolo(t.name().equals(round.track())));
        }
        return song.withTracks(tracks);
    }

    /** The ten bands' labels, for the buttons. */
    public static List<String> bandLabels() {
        List<String> labels = new ArrayList<>();
        for (int b = 0; b < org.studiopaths.dsp.OctaveBands.COUNT; b++) {
            labels.add(BandLabels.of(b));
        }
        return labels;
    }

    /** 0.5, 1, 11.25 (no trailing zeros), one or two decimals. */
    static String number(double x) {
        String s = String.format(Locale.ROOT, "%.2f", x);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
