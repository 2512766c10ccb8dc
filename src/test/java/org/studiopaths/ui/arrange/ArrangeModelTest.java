package org.studiopaths.ui.arrange;

import org.junit.jupiter.api.Test;
import org.studiopaths.model.Clip;
import org.studiopaths.model.Project;
import org.studiopaths.model.Section;
import org.studiopaths.model.Track;
import org.studiopaths.ui.session.ProjectSession;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArrangeModelTest {

    private static final double EPS = 1e-9;

    @Test
    void snapsToBarsAndBeatsInFourFour() {
        assertEquals(2, Grid.snap(2.3, false, 4), EPS);
        assertEquals(3, Grid.snap(2.6, false, 4), EPS);
        assertEquals(2.25, Grid.snap(2.3, true, 4), EPS);
        assertEquals(1, Grid.snap(0.2, true, 4), EPS, "never before bar 1");
        assertEquals("2:2", Grid.barsBeats(2.25, 4));
    }

    @Test
    void snapsToBeatsInThreeFour() {
        assertEquals(1 + 4.0 / 3, Grid.snap(2.3, true, 3), EPS);
        assertEquals(1 + 2.0 / 3, Grid.snap(1.7, true, 3), EPS);
        assertEquals("2:2", Grid.barsBeats(1 + 4.0 / 3, 3));
        assertEquals(1.0 / 3, Grid.snapLength(0.1, true, 3), EPS);

        ArrangeModel m = new ArrangeModel(TestSessions.session(Project.empty("", 90).withBeatsPerBar(3)));
        m.snapToBeatProperty().set(true);
        m.drop(TestSessions.drums(), 2.4, 0);
        assertEquals(1 + 4.0 / 3, m.project().tracks().get(0).clips().get(0).startBar(), EPS);
    }

    @Test
    void dropBelowTheLastLaneMakesANewTrackInOneUndoStep() {
        ProjectSession s = TestSessions.session(Project.empty("", 100));
        ArrangeModel m = new ArrangeModel(s);
        m.drop(TestSessions.drums(), 1.2, 0);
        m.drop(TestSessions.bass(), 5, 3);
        m.drop(TestSessions.drums(), 3, 0);

        Project p = s.project();
        assertEquals(2, p.tracks().size());
        assertEquals("Drums", p.tracks().get(0).name());
        assertEquals("Bass", p.tracks().get(1).name());
        assertEquals(List.of(Clip.of("loops/pop/drums-basic.wav", 1, 2), Clip.of("loops/pop/drums-basic.wav", 3, 2)),
                p.tracks().get(0).clips());
        assertEquals(Clip.of("loops/pop/bass-root.wav", 5, 4), p.tracks().get(1).clips().get(0));
        assertEquals(new ClipRef(0, 1), m.selection());

        s.undo();
        s.undo();
        assertEquals(1, s.project().tracks().size(), "undoing the bass drop removes its new track too");
        assertEquals(1, s.project().tracks().get(0).clips().size());
    }

    @Test
    void aMoveAcrossLanesIsOneUndoStep() {
        ProjectSession s = TestSessions.session(twoTracks());
        ArrangeModel m = new ArrangeModel(s);
        Project before = s.project();

        m.beginMove(new ClipRef(0, 0), 1.5);
        m.updateMove(2.1, 0);
        m.updateMove(3.4, 1);
        m.updateMove(4.6, 1);
        m.endDrag();

        Project after = s.project();
        assertTrue(after.tracks().get(0).clips().isEmpty());
        assertEquals(List.of(Clip.of("b.wav", 1, 4), Clip.of("a.wav", 4, 2)), after.tracks().get(1).clips());
        assertEquals(new ClipRef(1, 1), m.selection());

        s.undo();
        assertEquals(before, s.project());
        assertNull(m.selection(), "the selection never points at a clip that is gone");
        s.redo();
        assertEquals(after, s.project());
    }

    @Test
    void resizingRepeatsTheLoopAndIsOneUndoStep() {
        ProjectSession s = TestSessions.session(twoTracks());
        ArrangeModel m = new ArrangeModel(s);
        m.snapToBeatProperty().set(true);

        m.beginResize(new ClipRef(0, 0));
        m.updateResize(5.1);
        m.updateResize(7.2);
        m.endDrag();
        assertEquals(Clip.of("a.wav", 1, 6.25), s.project().tracks().get(0).clips().get(0));

        m.beginResize(new ClipRef(0, 0));
        m.updateResize(0.5);
        m.endDrag();
        assertEquals(0.25, s.project().tracks().get(0).clips().get(0).lengthBars(), EPS, "at least one beat");

        s.undo();
        s.undo();
        assertEquals(twoTracks(), s.project());
    }

    @Test
    void duplicateDeleteMuteAndSoloAreEachOneUndoStep() {
        ProjectSession s = TestSessions.session(twoTracks());
        ArrangeModel m = new ArrangeModel(s);
        m.selectionProperty().set(new ClipRef(0, 0));

        m.duplicateSelected();
        assertEquals(Clip.of("a.wav", 3, 2), s.project().tracks().get(0).clips().get(1));
        assertEquals(new ClipRef(0, 1), m.selection());

        m.toggleMuteOfSelection();
        m.toggleSoloOfSelection();
        assertTrue(s.project().tracks().get(0).mute());
        assertTrue(s.project().tracks().get(0).solo());

        m.deleteSelected();
        assertEquals(1, s.project().tracks().get(0).clips().size());

        s.undo();
        assertEquals(2, s.project().tracks().get(0).clips().size());
        s.undo();
        assertFalse(s.project().tracks().get(0).solo());
        s.undo();
        assertFalse(s.project().tracks().get(0).mute());
        s.undo();
        assertEquals(twoTracks(), s.project());
    }

    @Test
    void sectionsAreAddedRenamedAndMovedInOrder() {
        ProjectSession s = TestSessions.session(twoTracks());
        ArrangeModel m = new ArrangeModel(s);
        m.addSection(m.suggestSectionName(), 1);
        m.addSection(m.suggestSectionName(), 5.4);
        m.renameSection(1, "Drop");
        m.beginSectionMove(0);
        m.updateSectionMove(7);
        m.updateSectionMove(9.2);
        m.endSectionMove();
        assertEquals(List.of(new Section("Drop", 5), new Section("Intro", 9)), s.project().sections());
        s.undo();
        assertEquals(List.of(new Section("Intro", 1), new Section("Drop", 5)), s.project().sections());
    }

    @Test
    void geometryMapsBarsAndLanesToPixelsBothWays() {
        ArrangeModel m = new ArrangeModel(TestSessions.session(twoTracks()));
        m.pixelsPerBarProperty().set(100);
        m.scrollBarsProperty().set(2);
        assertEquals(150, m.xOfBar(4.5), EPS);
        assertEquals(4.5, m.barAtX(150), EPS);
        assertEquals(1, m.laneAtY(ArrangeModel.RULER_HEIGHT + ArrangeModel.LANE_HEIGHT * 1.5));
        assertEquals(-1, m.laneAtY(ArrangeModel.RULER_HEIGHT - 1));
        m.scrollBarsProperty().set(0);
        assertEquals(new ClipRef(1, 0), m.clipAt(m.xOfBar(2), m.yOfLane(1) + 5).orElseThrow());
        m.zoomBy(2, 300);
        assertEquals(200, m.pixelsPerBarProperty().get(), EPS);
        assertEquals(4, m.barAtX(300), EPS, "zoom keeps the bar under the pointer in place");
    }

    private static Project twoTracks() {
        return Project.empty("", 100)
                .addTrack(Track.named("Drums").addClip(Clip.of("a.wav", 1, 2)))
                .addTrack(Track.named("Bass").addClip(Clip.of("b.wav", 1, 4)));
    }
}
