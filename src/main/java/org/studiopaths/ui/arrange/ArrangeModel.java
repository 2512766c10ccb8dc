package org.studiopaths.ui.arrange;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.studiopaths.model.Clip;
import org.studiopaths.model.Project;
import org.studiopaths.model.Section;
import org.studiopaths.model.Track;
import org.studiopaths.ui.session.ProjectSession;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The arrange view's view-model: timeline geometry (bar ↔ pixel, lane ↔ y), snapping, the selection, and every
 * edit the timeline offers as a {@link ProjectSession} edit or gesture, so each is one undo step. Touches no
 * control; the canvas only draws what this says and forwards the pointer here.
 */
public final class ArrangeModel {

    public static final double RULER_HEIGHT = 44;
    public static final double SECTION_ROW = 20;
    public static final double LANE_HEIGHT = 76;
    public static final double MIN_PIXELS_PER_BAR = 12;
    public static final double MAX_PIXELS_PER_BAR = 480;
    /** How close (pixels) to a clip's right edge the pointer resizes instead of moving. */
    public static final double RESIZE_HANDLE = 8;

    private final ProjectSession session;
    private final DoubleProperty pixelsPerBar = new SimpleDoubleProperty(this, "pixelsPerBar", 64);
    private final DoubleProperty scrollBars = new SimpleDoubleProperty(this, "scrollBars", 0);
    private final DoubleProperty scrollY = new SimpleDoubleProperty(this, "scrollY", 0);
    private final BooleanProperty snapToBeat = new SimpleBooleanProperty(this, "snapToBeat", false);
    private final ObjectProperty<ClipRef> selection = new SimpleObjectProperty<>(this, "selection");
    private final DoubleProperty loopStart = new SimpleDoubleProperty(this, "loopStart", 1);
    private final DoubleProperty loopEnd = new SimpleDoubleProperty(this, "loopEnd", 1);

    private ClipRef dragged;
    private Clip draggedClip;
    private double grabBar;

    public ArrangeModel(ProjectSession session) {
        this.session = session;
        // Undo can remove the selected clip; the selection must never point at nothing.
        session.projectProperty().addListener((o, a, p) -> {
            ClipRef s = selection.get();
            if (s != null && !s.existsIn(p)) {
                selection.set(null);
            }
        });
    }

    public ProjectSession session() { return session; }
    public Project project() { return session.project(); }
    public DoubleProperty pixelsPerBarProperty() { return pixelsPerBar; }
    public DoubleProperty scrollBarsProperty() { return scrollBars; }
    public DoubleProperty scrollYProperty() { return scrollY; }
    public BooleanProperty snapToBeatProperty() { return snapToBeat; }
    public ObjectProperty<ClipRef> selectionProperty() { return selection; }
    public ClipRef selection() { return selection.get(); }
    public DoubleProperty loopStartProperty() { return loopStart; }
    public DoubleProperty loopEndProperty() { return loopEnd; }

    // ---- geometry ---------------------------------------------------------------------------------

    public double xOfBar(double bar) {
        return (bar - 1 - scrollBars.get()) * pixelsPerBar.get();
    }

    public double barAtX(double x) {
        return 1 + scrollBars.get() + x / pixelsPerBar.get();
    }

    public double yOfLane(int lane) {
        return RULER_HEIGHT + lane * LANE_HEIGHT - scrollY.get();
    }

    /** The lane under a y (may be ≥ the number of tracks: the empty space below the last lane); -1 on the ruler. */
    public int laneAtY(double y) {
        if (y < RULER_HEIGHT) {
            return -1;
        }
        return (int) Math.floor((y - RULER_HEIGHT + scrollY.get()) / LANE_HEIGHT);
    }

    public double snap(double bar) {
        return Grid.snap(bar, snapToBeat.get(), project().beatsPerBar());
    }

    /** Bars worth showing: the song plus room to grow. */
    public double visibleSongBars() {
        return Math.max(32, Math.ceil(project().endBar()) + 8);
    }

    public void zoomBy(double factor, double anchorX) {
        double anchorBar = barAtX(anchorX);
        double ppb = Math.max(MIN_PIXELS_PER_BAR, Math.min(MAX_PIXELS_PER_BAR, pixelsPerBar.get() * factor));
        pixelsPerBar.set(ppb);
        scrollBars.set(Math.max(0, anchorBar - 1 - anchorX / ppb));
    }

    public void scrollByPixels(double dx, double dy, double viewHeight) {
        scrollBars.set(Math.max(0, Math.min(visibleSongBars(), scrollBars.get() + dx / pixelsPerBar.get())));
        double maxY = Math.max(0, (project().tracks().size() + 1) * LANE_HEIGHT + RULER_HEIGHT - viewHeight);
        scrollY.set(Math.max(0, Math.min(maxY, scrollY.get() + dy)));
    }

    /** The clip under a point, topmost (last drawn) first. */
    public Optional<ClipRef> clipAt(double x, double y) {
        int lane = laneAtY(y);
        Project p = project();
        if (lane < 0 || lane >= p.tracks().size()) {
            return Optional.empty();
        }
        double bar = barAtX(x);
        List<Clip> clips = p.tracks().get(lane).clips();
        for (int i = clips.size() - 1; i >= 0; i--) {
            Clip c = clips.get(i);
            if (bar >= c.startBar() && bar < c.endBar()) {
                return Optional.of(new ClipRef(lane, i));
            }
        }
        return Optional.empty();
    }

    /** Whether x is on the resize handle at the right edge of the clip. */
    public boolean onResizeHandle(ClipRef ref, double x) {
        double end = xOfBar(ref.in(project()).endBar());
        return x <= end && x >= end - RESIZE_HANDLE;
    }

    // ---- edits --------------------------------------------------------------------------------------

    /**
     * Places a loop where it was dropped (snapped); a drop below the last lane makes a new track. One undo step.
     */
    public void drop(LoopInfo loop, double bar, int lane) {
        Project before = project();
        int target = Math.max(0, lane);
        if (target >= before.tracks().size() && before.tracks().size() >= Project.MAX_TRACKS) {
            target = before.tracks().size() - 1;
        }
        int finalTarget = target;
        Clip clip = Clip.of(loop.path(), snap(bar), loop.clipBars(before.beatsPerBar()));
        session.edit("Add " + loop.name(), p -> {
            Project q = p;
            int t = finalTarget;
            if (t >= q.tracks().size()) {
                q = q.addTrack(Track.named(newTrackName(q, loop)));
                t = q.tracks().size() - 1;
            }
            return q.updateTrack(t, tr -> tr.addClip(clip));
        });
        int t = Math.min(finalTarget, project().tracks().size() - 1);
        selection.set(new ClipRef(t, project().tracks().get(t).clips().size() - 1));
    }

    /**
     * The keyboard's drop: places a loop on the first lane of its category (a new lane named after the category
     * when there is none) at the playhead, snapped, or at the end of the song when the playhead is past it.
     * One undo step; the new clip is selected.
     */
    public void addAtPlayhead(LoopInfo loop, LoopCatalog catalog) {
        Project p = project();
        double step = Grid.step(snapToBeat.get(), p.beatsPerBar());
        // The end rounded up to the grid, so the drop's snapping cannot pull the clip back over the last one.
        double end = 1 + Math.ceil((p.endBar() - 1) / step - 1e-9) * step;
        double start = Math.min(snap(session.positionBarsProperty().get()), end);
        int lane = 0;
        while (lane < p.tracks().size() && !loop.category().equals(categoryOf(p.tracks().get(lane), catalog))) {
            lane++;
        }
        drop(loop, start, lane);
    }

    /** A lane's category: that of its first clip's loop (what colours its header), "other" when unknown. */
    static String categoryOf(Track track, LoopCatalog catalog) {
        return track.clips().isEmpty() ? "other"
                : catalog.find(track.clips().get(0).sample()).map(LoopInfo::category).orElse("other");
    }

    static String newTrackName(Project p, LoopInfo loop) {
        String base = loop.category().substring(0, 1).toUpperCase(Locale.ROOT) + loop.category().substring(1);
        base = base.length() > Track.MAX_NAME_LENGTH - 3 ? base.substring(0, Track.MAX_NAME_LENGTH - 3) : base;
        String name = base;
        for (int n = 2; nameTaken(p, name); n++) {
            name = base + " " + n;
        }
        return name;
    }

    private static boolean nameTaken(Project p, String name) {
        return p.tracks().stream().anyMatch(t -> t.name().equals(name));
    }

    /** Starts dragging a clip, grabbed at a bar position; the whole drag is one undo step. */
    public void beginMove(ClipRef ref, double atBar) {
        session.beginGesture("Move clip");
        dragged = ref;
        draggedClip = ref.in(project());
        grabBar = atBar;
        selection.set(ref);
    }

    /** Moves the dragged clip by how far the pointer moved, snapped, into a lane (clamped to existing lanes). */
    public void updateMove(double pointerBar, int lane) {
        if (dragged == null) {
            return;
        }
        double start = snap(draggedClip.startBar() + pointerBar - grabBar);
        int to = Math.max(0, Math.min(project().tracks().size() - 1, lane));
        ClipRef from = dragged;
        Clip moved = draggedClip.withStartBar(start);
        session.updateGesture(p -> {
            if (to == from.track()) {
                return p.updateTrack(to, t -> t.withClip(from.clip(), moved));
            }
            return p.updateTrack(from.track(), t -> t.removeClip(from.clip()))
                    .updateTrack(to, t -> t.addClip(moved));
        });
        selection.set(to == from.track() ? from : new ClipRef(to, project().tracks().get(to).clips().size() - 1));
    }

    /** Starts dragging a clip's right edge: a longer clip repeats its loop. */
    public void beginResize(ClipRef ref) {
        session.beginGesture("Resize clip");
        dragged = ref;
        draggedClip = ref.in(project());
        selection.set(ref);
    }

    public void updateResize(double pointerBar) {
        if (dragged == null) {
            return;
        }
        double step = Grid.step(snapToBeat.get(), project().beatsPerBar());
        double end = Math.max(draggedClip.startBar() + step, snap(pointerBar));
        ClipRef ref = dragged;
        Clip resized = draggedClip.withLengthBars(end - draggedClip.startBar()).withLoop(true);
        session.updateGesture(p -> p.updateTrack(ref.track(), t -> t.withClip(ref.clip(), resized)));
    }

    /** Ends a move or resize drag. */
    public void endDrag() {
        dragged = null;
        draggedClip = null;
        session.endGesture();
    }

    /** Copies the selected clip to just after itself and selects the copy. */
    public void duplicateSelected() {
        ClipRef s = selection.get();
        if (s == null || !s.existsIn(project())) {
            return;
        }
        Clip c = s.in(project());
        session.edit("Duplicate clip", p -> p.updateTrack(s.track(), t -> t.addClip(c.withStartBar(c.endBar()))));
        selection.set(new ClipRef(s.track(), project().tracks().get(s.track()).clips().size() - 1));
    }

    /** Selects the clip after (+1) or before (-1) the selected one in time order across lanes; none: the first or last. */
    public void selectNeighbour(int direction) {
        List<ClipRef> order = clipsInTimeOrder();
        if (order.isEmpty()) {
            return;
        }
        int at = order.indexOf(selection.get());
        int next = at < 0 ? (direction > 0 ? 0 : order.size() - 1)
                : Math.max(0, Math.min(order.size() - 1, at + direction));
        selection.set(order.get(next));
    }

    private List<ClipRef> clipsInTimeOrder() {
        Project p = project();
        List<ClipRef> all = new ArrayList<>();
        for (int t = 0; t < p.tracks().size(); t++) {
            for (int c = 0; c < p.tracks().get(t).clips().size(); c++) {
                all.add(new ClipRef(t, c));
            }
        }
        all.sort(Comparator.comparingDouble((ClipRef r) -> r.in(p).startBar()).thenComparingInt(ClipRef::track)
                .thenComparingInt(ClipRef::clip));
        return all;
    }

    /** Moves the selected clip one grid step later (+1) or earlier (-1), never before bar 1. One undo step. */
    public void nudgeSelected(int direction) {
        ClipRef s = selection.get();
        if (s == null || !s.existsIn(project())) {
            return;
        }
        Clip c = s.in(project());
        double start = snap(c.startBar() + direction * Grid.step(snapToBeat.get(), project().beatsPerBar()));
        if (start != c.startBar()) {
            session.edit("Move clip", p -> p.updateTrack(s.track(), t -> t.withClip(s.clip(), c.withStartBar(start))));
        }
    }

    public void deleteSelected() {
        ClipRef s = selection.get();
        if (s == null || !s.existsIn(project())) {
            return;
        }
        selection.set(null);
        session.edit("Delete clip", p -> p.updateTrack(s.track(), t -> t.removeClip(s.clip())));
    }

    public void setMute(int track, boolean mute) {
        session.edit(mute ? "Mute track" : "Unmute track", p -> p.updateTrack(track, t -> t.withMute(mute)));
    }

    public void setSolo(int track, boolean solo) {
        session.edit(solo ? "Solo track" : "Unsolo track", p -> p.updateTrack(track, t -> t.withSolo(solo)));
    }

    /** M: mutes or unmutes the selected clip's track. */
    public void toggleMuteOfSelection() {
        ClipRef s = selection.get();
        if (s != null && s.existsIn(project())) {
            setMute(s.track(), !project().tracks().get(s.track()).mute());
        }
    }

    /** S: solos or unsolos the selected clip's track. */
    public void toggleSoloOfSelection() {
        ClipRef s = selection.get();
        if (s != null && s.existsIn(project())) {
            setSolo(s.track(), !project().tracks().get(s.track()).solo());
        }
    }

    /** A fader drag: {@link #beginVolume}, any number of {@link #updateVolume}, then {@link #endDrag}: one undo step. */
    public void beginVolume(int track) {
        session.beginGesture("Change " + project().tracks().get(track).name() + " volume");
    }

    public void updateVolume(int track, double gainDb) {
        double g = Math.min(12, gainDb);
        session.updateGesture(p -> p.updateTrack(track, t -> t.withGainDb(g)));
    }

    /** Sets a track's volume in one undo step (the keyboard's way; a drag is a gesture). */
    public void setVolume(int track, double gainDb) {
        double g = Math.min(12, gainDb);
        if (g != project().tracks().get(track).gainDb()) {
            session.edit("Change " + project().tracks().get(track).name() + " volume",
                    p -> p.updateTrack(track, t -> t.withGainDb(g)));
        }
    }

    public void renameTrack(int track, String name) {
        String n = name.strip();
        if (n.isEmpty() || n.length() > Track.MAX_NAME_LENGTH) {
            return;
        }
        session.edit("Rename track", p -> p.updateTrack(track, t -> t.withName(n)));
    }

    // ---- sections -----------------------------------------------------------------------------------

    public void addSection(String name, double bar) {
        Section s = new Section(name, Grid.snap(bar, false, project().beatsPerBar()));
        session.edit("Add section " + name, p -> {
            List<Section> list = new ArrayList<>(p.sections());
            list.removeIf(x -> x.startBar() == s.startBar());
            list.add(s);
            list.sort(Comparator.comparingDouble(Section::startBar));
            return p.withSections(list);
        });
    }

    public void renameSection(int index, String name) {
        String n = name.strip();
        if (n.isEmpty()) {
            return;
        }
        session.edit("Rename section", p -> {
            List<Section> list = new ArrayList<>(p.sections());
            list.set(index, list.get(index).withName(n));
            return p.withSections(list);
        });
    }

    public void deleteSection(int index) {
        session.edit("Delete section", p -> {
            List<Section> list = new ArrayList<>(p.sections());
            list.remove(index);
            return p.withSections(list);
        });
    }

    /** The section whose marker flag is under x on the section row, or -1. */
    public int sectionAt(double x) {
        List<Section> list = project().sections();
        for (int i = list.size() - 1; i >= 0; i--) {
            double sx = xOfBar(list.get(i).startBar());
            if (x >= sx && x < sx + Math.max(40, Math.min(120, nextSectionX(i) - sx))) {
                return i;
            }
        }
        return -1;
    }

    private double nextSectionX(int i) {
        List<Section> list = project().sections();
        return i + 1 < list.size() ? xOfBar(list.get(i + 1).startBar()) : Double.MAX_VALUE;
    }

    private int draggedSection = -1;

    public void beginSectionMove(int index) {
        session.beginGesture("Move section");
        draggedSection = index;
    }

    public void updateSectionMove(double pointerBar) {
        if (draggedSection < 0) {
            return;
        }
        int index = draggedSection;
        double bar = Grid.snap(pointerBar, snapToBeat.get(), project().beatsPerBar());
        session.updateGesture(p -> {
            List<Section> list = new ArrayList<>(p.sections());
            list.set(index, list.get(index).withStartBar(bar));
            list.sort(Comparator.comparingDouble(Section::startBar));
            return p.withSections(list);
        });
    }

    public void endSectionMove() {
        draggedSection = -1;
        session.endGesture();
    }

    /** The name a new section gets: the next of Intro, Verse, Chorus … not yet used. */
    public String suggestSectionName() {
        List<String> names = List.of("Intro", "Verse", "Chorus", "Verse 2", "Chorus 2", "Break", "Chorus 3", "Outro");
        for (String n : names) {
            if (project().sections().stream().noneMatch(s -> s.name().equals(n))) {
                return n;
            }
        }
        return "Section " + (project().sections().size() + 1);
    }

    // ---- loop range --------------------------------------------------------------------------------

    /** Loops playback between two bars (snapped); equal bars switch looping off. */
    public void setLoopRange(double fromBar, double toBar) {
        double a = snap(Math.min(fromBar, toBar));
        double b = snap(Math.max(fromBar, toBar));
        loopStart.set(a);
        loopEnd.set(b);
        session.setLoopBars(a, b);
    }

    public boolean loopOn() {
        return loopEnd.get() > loopStart.get();
    }

    public void clearLoop() {
        setLoopRange(1, 1);
    }
}
