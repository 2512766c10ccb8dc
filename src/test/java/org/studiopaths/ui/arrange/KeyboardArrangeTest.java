package org.studiopaths.ui.arrange;

import org.junit.jupiter.api.Test;
import org.studiopaths.model.Clip;
import org.studiopaths.model.Project;
import org.studiopaths.model.Track;
import org.studiopaths.ui.session.ProjectSession;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The arrange model's keyboard edits: a loop added at the playhead, clips selected and moved by key. */
class KeyboardArrangeTest {

    private static final double EPS = 1e-9;
    private static final LoopCatalog CATALOG = () -> List.of(TestSessions.drums(), TestSessions.bass());
    private static final String DRUMS = "loops/pop/drums-basic.wav";
    private static final String BASS = "loops/pop/bass-root.wav";

    /** Lane 0 "Beat" with drums at bar 1, lane 1 "Low end" with bass at bar 1: lanes found by their clips. */
    private static Project twoLanes() {
        return Project.empty("", 100)
                .addTrack(Track.named("Beat").addClip(Clip.of(DRUMS, 1, 2)))
                .addTrack(Track.named("Low end").addClip(Clip.of(BASS, 1, 4)));
    }

    @Test
    void enterPutsTheLoopOnItsCategorysLaneAtTheSnappedPlayheadInOneUndoStep() {
        ProjectSession s = TestSessions.session(twoLanes());
        ArrangeModel m = new ArrangeModel(s);
        s.seekBar(2.4);

        m.addAtPlayhead(TestSessions.bass(), CATALOG);

        assertEquals(List.of(Clip.of(BASS, 1, 4), Clip.of(BASS, 2, 4)), s.project().tracks().get(1).clips());
        assertEquals(1, s.project().tracks().get(0).clips().size(), "the drum lane is untouched");
        assertEquals(new ClipRef(1, 1), m.selection());
        s.undo();
        assertEquals(twoLanes(), s.project());
    }

    @Test
    void snapsThePlayheadToBeatsWhenTheGridIsBeats() {
        ProjectSession s = TestSessions.session(twoLanes());
        ArrangeModel m = new ArrangeModel(s);
        m.snapToBeatProperty().set(true);
        s.seekBar(2.3);

        m.addAtPlayhead(TestSessions.drums(), CATALOG);

        assertEquals(Clip.of(DRUMS, 2.25, 2), s.project().tracks().get(0).clips().get(1));
    }

    @Test
    void aLoopWithoutALaneGetsANewOneNamedAfterItsCategory() {
        ProjectSession s = TestSessions.session(Project.empty("", 100)
                .addTrack(Track.named("Beat").addClip(Clip.of(DRUMS, 1, 2))));
        ArrangeModel m = new ArrangeModel(s);

        m.addAtPlayhead(TestSessions.bass(), CATALOG);

        assertEquals(2, s.project().tracks().size());
        assertEquals("Bass", s.project().tracks().get(1).name());
        assertEquals(List.of(Clip.of(BASS, 1, 4)), s.project().tracks().get(1).clips());
        assertEquals(new ClipRef(1, 0), m.selection());
        s.undo();
        assertEquals(1, s.project().tracks().size(), "lane and clip go in one undo step");
    }

    @Test
    void aPlayheadPastTheEndPlacesTheLoopAtTheEndOfTheSong() {
        ProjectSession s = TestSessions.session(twoLanes()); // ends at bar 5 (the bass: bars 1–4)
        ArrangeModel m = new ArrangeModel(s);
        s.seekBar(9.6);

        m.addAtPlayhead(TestSessions.drums(), CATALOG);

        assertEquals(Clip.of(DRUMS, 5, 2), s.project().tracks().get(0).clips().get(1));
    }

    @Test
    void theEndOffTheGridRoundsUpSoTheNewClipDoesNotOverlapTheLastOne() {
        ProjectSession s = TestSessions.session(Project.empty("", 100)
                .addTrack(Track.named("Beat").addClip(Clip.of(DRUMS, 1, 2.25))));
        ArrangeModel m = new ArrangeModel(s);
        s.seekBar(20);

        m.addAtPlayhead(TestSessions.drums(), CATALOG);

        assertEquals(4, s.project().tracks().get(0).clips().get(1).startBar(), EPS);
    }

    @Test
    void selectsClipsInTimeOrderAcrossLanes() {
        Project p = Project.empty("", 100)
                .addTrack(Track.named("Beat").addClip(Clip.of(DRUMS, 5, 2)).addClip(Clip.of(DRUMS, 1, 2)))
                .addTrack(Track.named("Bass").addClip(Clip.of(BASS, 3, 4)));
        ArrangeModel m = new ArrangeModel(TestSessions.session(p));

        m.selectNeighbour(1);
        assertEquals(new ClipRef(0, 1), m.selection(), "nothing selected: the first clip in time");
        m.selectNeighbour(1);
        assertEquals(new ClipRef(1, 0), m.selection());
        m.selectNeighbour(1);
        assertEquals(new ClipRef(0, 0), m.selection());
        m.selectNeighbour(1);
        assertEquals(new ClipRef(0, 0), m.selection(), "the last stays selected");
        m.selectNeighbour(-1);
        assertEquals(new ClipRef(1, 0), m.selection());
        m.selectionProperty().set(null);
        m.selectNeighbour(-1);
        assertEquals(new ClipRef(0, 0), m.selection(), "nothing selected: the last clip in time");
    }

    @Test
    void movesTheSelectedClipOneGridStepPerPressEachOneUndoStep() {
        ProjectSession s = TestSessions.session(twoLanes());
        ArrangeModel m = new ArrangeModel(s);
        m.selectionProperty().set(new ClipRef(1, 0));

        m.nudgeSelected(1);
        m.nudgeSelected(1);
        assertEquals(3, s.project().tracks().get(1).clips().get(0).startBar(), EPS);
        m.snapToBeatProperty().set(true);
        m.nudgeSelected(-1);
        assertEquals(2.75, s.project().tracks().get(1).clips().get(0).startBar(), EPS);
        assertEquals(new ClipRef(1, 0), m.selection());

        s.undo();
        assertEquals(3, s.project().tracks().get(1).clips().get(0).startBar(), EPS);
        s.undo();
        s.undo();
        assertEquals(twoLanes(), s.project());
    }

    @Test
    void aClipAtBarOneDoesNotMoveEarlierNorMakeAnUndoStep() {
        ProjectSession s = TestSessions.session(twoLanes());
        ArrangeModel m = new ArrangeModel(s);
        m.selectionProperty().set(new ClipRef(0, 0));

        m.nudgeSelected(-1);

        assertEquals(twoLanes(), s.project());
        assertFalse(s.canUndoProperty().get());
    }
}
