package org.studiopaths.ui.arrange;

import javafx.animation.AnimationTimer;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.studiopaths.model.Clip;
import org.studiopaths.model.Project;
import org.studiopaths.model.Section;
import org.studiopaths.model.Track;

import java.util.List;
import java.util.Optional;

/**
 * The arrangement drawn on two canvases: the song (ruler, sections, lanes, clips with waveforms) redrawn when
 * something changes, and the playhead on a layer above, redrawn every frame while playing. Pointer input is
 * forwarded to the {@link ArrangeModel}.
 */
public final class TimelineView extends Pane {

    private static final Color BACKGROUND = Color.web("#1e2126");
    private static final Color LANE_A = Color.web("#262a30");
    private static final Color LANE_B = Color.web("#2b2f36");
    private static final Color BAR_LINE = Color.web("#3b414a");
    private static final Color BEAT_LINE = Color.web("#2f343b");
    private static final Color RULER = Color.web("#33383f");
    private static final Color TEXT = Color.web("#d7dbe0");
    private static final Color PLAYHEAD = Color.web("#ff5a4f");
    private static final Color LOOP = Color.web("#f5c542");
    private static final List<Color> SECTION_COLORS = List.of(Color.web("#5fa8d3"), Color.web("#8bc34a"),
            Color.web("#f4a259"), Color.web("#bc6ff1"), Color.web("#ef6f6c"), Color.web("#4dd0b5"));

    private final ArrangeModel model;
    private final LoopCatalog catalog;
    private final WaveformCache waveforms;
    private final LoopDrag loopDrag;
    private final Canvas song = new Canvas();
    private final Canvas overlay = new Canvas();
    private final AnimationTimer follower;

    private enum Drag { NONE, CLIP_MOVE, CLIP_RESIZE, SECTION, LOOP_RANGE }

    private Drag drag = Drag.NONE;
    private double pressBar;
    private boolean moved;
    private double ghostX = -1;
    private int ghostLane = -1;

    public TimelineView(ArrangeModel model, LoopCatalog catalog, WaveformCache.Factory waveformFactory,
                        LoopDrag loopDrag) {
        this.model = model;
        this.catalog = catalog;
        this.waveforms = waveformFactory.create(this::redraw);
        this.loopDrag = loopDrag;
        getStyleClass().add("timeline");
        getChildren().addAll(song, overlay);
        overlay.setMouseTransparent(true);
        setMinSize(200, 150);
        setFocusTraversable(true); // Tab reaches it; the arrange view answers its keys (Alt+arrows, arrows)
        widthProperty().addListener((o, a, b) -> resize());
        heightProperty().addListener((o, a, b) -> resize());
        model.session().projectProperty().addListener((o, a, b) -> redraw());
        model.selectionProperty().addListener((o, a, b) -> redraw());
        model.pixelsPerBarProperty().addListener((o, a, b) -> redrawAll());
        model.scrollBarsProperty().addListener((o, a, b) -> redrawAll());
        model.scrollYProperty().addListener((o, a, b) -> redraw());
        model.loopEndProperty().addListener((o, a, b) -> redraw());
        model.loopStartProperty().addListener((o, a, b) -> redraw());
        model.session().positionBarsProperty().addListener((o, a, b) -> drawPlayhead());
        wireMouse();
        follower = new AnimationTimer() {
            @Override
            public void handle(long now) {
                model.session().pollPlayhead();
                if (model.session().playingProperty().get()) {
                    followPlayhead();
                }
            }
        };
        sceneProperty().addListener((o, a, s) -> {
            if (s == null) {
                follower.stop();
            } else {
                follower.start();
            }
        });
    }

    /** Keeps the playhead in view: when it leaves the right edge, the view pages on, as a DAW does. */
    private void followPlayhead() {
        double x = model.xOfBar(model.session().positionBarsProperty().get());
        if (x > getWidth() - 20 || x < 0) {
            model.scrollBarsProperty().set(Math.max(0, model.session().positionBarsProperty().get() - 1 - 1));
        }
    }

    private void resize() {
        song.setWidth(getWidth());
        song.setHeight(getHeight());
        overlay.setWidth(getWidth());
        overlay.setHeight(getHeight());
        redrawAll();
    }

    private void redrawAll() {
        redraw();
        drawPlayhead();
    }

    // ---- drawing -------------------------------------------------------------------------------------

    void redraw() {
        GraphicsContext g = song.getGraphicsContext2D();
        double w = song.getWidth();
        double h = song.getHeight();
        Project p = model.project();
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, w, h);
        for (int lane = 0; lane <= p.tracks().size(); lane++) {
            double y = model.yOfLane(lane);
            if (y > h || y + ArrangeModel.LANE_HEIGHT < ArrangeModel.RULER_HEIGHT) {
                continue;
            }
            g.setFill(lane == p.tracks().size() ? BACKGROUND : (lane % 2 == 0 ? LANE_A : LANE_B));
            g.fillRect(0, y, w, ArrangeModel.LANE_HEIGHT);
        }
        drawGrid(g, p, w, h);
        drawLoopRange(g, h);
        for (int t = 0; t < p.tracks().size(); t++) {
            Track track = p.tracks().get(t);
            for (int c = 0; c < track.clips().size(); c++) {
                drawClip(g, p, track, track.clips().get(c), t, new ClipRef(t, c).equals(model.selection()));
            }
        }
        if (p.tracks().isEmpty()) {
            g.setFill(Color.web("#8a9099"));
            g.setFont(Font.font(15));
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText("Drag a loop here from the browser (or press Enter on one) to start your song", w / 2,
                    ArrangeModel.RULER_HEIGHT + ArrangeModel.LANE_HEIGHT / 2);
            g.setTextAlign(TextAlignment.LEFT);
        } else {
            g.setFill(Color.web("#5c636d"));
            g.setFont(Font.font(11));
            g.fillText("Drop below the last lane for a new track", 8,
                    model.yOfLane(p.tracks().size()) + 18);
        }
        drawGhost(g, p);
        drawRuler(g, p, w);
    }

    private void drawGrid(GraphicsContext g, Project p, double w, double h) {
        double ppb = model.pixelsPerBarProperty().get();
        int bpb = p.beatsPerBar();
        int first = (int) Math.floor(model.barAtX(0));
        int last = (int) Math.ceil(model.barAtX(w));
        for (int bar = Math.max(1, first); bar <= last; bar++) {
            double x = Math.round(model.xOfBar(bar)) + 0.5;
            g.setStroke(BAR_LINE);
            g.setLineWidth(1);
            g.strokeLine(x, ArrangeModel.RULER_HEIGHT, x, h);
            if (ppb / bpb >= 10) {
                g.setStroke(BEAT_LINE);
                for (int b = 1; b < bpb; b++) {
                    double bx = Math.round(model.xOfBar(bar + (double) b / bpb)) + 0.5;
                    g.strokeLine(bx, ArrangeModel.RULER_HEIGHT, bx, h);
                }
            }
        }
    }

    private void drawRuler(GraphicsContext g, Project p, double w) {
        double top = ArrangeModel.SECTION_ROW;
        g.setFill(Color.web("#24282e"));
        g.fillRect(0, 0, w, top);
        g.setFill(RULER);
        g.fillRect(0, top, w, ArrangeModel.RULER_HEIGHT - top);
        double ppb = model.pixelsPerBarProperty().get();
        int every = ppb >= 40 ? 1 : ppb >= 20 ? 2 : 4;
        int bpb = p.beatsPerBar();
        int first = (int) Math.floor(model.barAtX(0));
        int last = (int) Math.ceil(model.barAtX(w));
        g.setFont(Font.font(11));
        for (int bar = Math.max(1, first); bar <= last; bar++) {
            double x = Math.round(model.xOfBar(bar)) + 0.5;
            g.setStroke(Color.web("#8a9099"));
            g.strokeLine(x, top + 10, x, ArrangeModel.RULER_HEIGHT);
            if ((bar - 1) % every == 0) {
                g.setFill(TEXT);
                g.fillText(String.valueOf(bar), x + 3, top + 14);
            }
            if (ppb / bpb >= 10) {
                g.setStroke(Color.web("#5c636d"));
                for (int b = 1; b < bpb; b++) {
                    double bx = Math.round(model.xOfBar(bar + (double) b / bpb)) + 0.5;
                    g.strokeLine(bx, ArrangeModel.RULER_HEIGHT - 6, bx, ArrangeModel.RULER_HEIGHT);
                }
            }
        }
        if (model.loopOn()) {
            double a = model.xOfBar(model.loopStartProperty().get());
            double b = model.xOfBar(model.loopEndProperty().get());
            g.setFill(LOOP.deriveColor(0, 1, 1, 0.85));
            g.fillRect(a, ArrangeModel.RULER_HEIGHT - 6, b - a, 6);
        }
        drawSections(g, p, w);
        g.setStroke(Color.web("#15171a"));
        g.strokeLine(0, ArrangeModel.RULER_HEIGHT - 0.5, w, ArrangeModel.RULER_HEIGHT - 0.5);
    }

    private void drawSections(GraphicsContext g, Project p, double w) {
        List<Section> sections = p.sections();
        g.setFont(Font.font(null, FontWeight.BOLD, 11));
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            double x = model.xOfBar(s.startBar());
            double next = i + 1 < sections.size() ? model.xOfBar(sections.get(i + 1).startBar()) : w + 1;
            if (next < 0 || x > w) {
                continue;
            }
            Color c = SECTION_COLORS.get(i % SECTION_COLORS.size());
            g.setFill(c.deriveColor(0, 1, 0.55, 1));
            g.fillRect(x, 1, next - x - 1, ArrangeModel.SECTION_ROW - 2);
            g.setFill(c);
            g.fillRect(x, 1, 3, ArrangeModel.SECTION_ROW - 2);
            g.setFill(Color.WHITE);
            g.fillText(s.name(), x + 7, ArrangeModel.SECTION_ROW / 2);
        }
        g.setTextBaseline(VPos.BASELINE);
        if (sections.isEmpty()) {
            g.setFill(Color.web("#6c737d"));
            g.setFont(Font.font(11));
            g.fillText("Double-click here to mark a section (Intro, Verse, Chorus …)", 8, 14);
        }
    }

    private void drawLoopRange(GraphicsContext g, double h) {
        if (!model.loopOn()) {
            return;
        }
        double a = model.xOfBar(model.loopStartProperty().get());
        double b = model.xOfBar(model.loopEndProperty().get());
        g.setFill(LOOP.deriveColor(0, 1, 1, 0.07));
        g.fillRect(a, ArrangeModel.RULER_HEIGHT, b - a, h);
    }

    private Color colourOf(String samplePath) {
        return CategoryColors.of(catalog.find(samplePath).map(LoopInfo::category).orElse("other"));
    }

    private void drawClip(GraphicsContext g, Project p, Track track, Clip clip, int lane, boolean selected) {
        double x = model.xOfBar(clip.startBar());
        double x2 = model.xOfBar(clip.endBar());
        double y = model.yOfLane(lane) + 3;
        double h = ArrangeModel.LANE_HEIGHT - 6;
        if (x2 < 0 || x > song.getWidth() || y > song.getHeight() || y + h < ArrangeModel.RULER_HEIGHT) {
            return;
        }
        boolean heard = p.isAudible(lane);
        Color base = colourOf(clip.sample());
        if (!heard) {
            base = base.desaturate().desaturate().darker();
        }
        g.setFill(base.deriveColor(0, 0.9, 0.45, 1));
        g.fillRoundRect(x, y, x2 - x, h, 6, 6);
        g.setFill(base);
        g.fillRoundRect(x, y, x2 - x, 15, 6, 6);
        g.fillRect(x, y + 8, x2 - x, 7);
        drawWaveform(g, p, clip, base.brighter(), x, x2, y + 17, h - 19);
        // Where the loop starts over inside a longer clip, a notch like Live's loop markers.
        Optional<LoopInfo> info = catalog.find(clip.sample());
        double loopBars = info.map(l -> l.clipBars(p.beatsPerBar())).orElse(0.0);
        if (clip.loop() && loopBars > 0) {
            g.setStroke(base.deriveColor(0, 1, 0.3, 1));
            for (double b = clip.startBar() + loopBars - clip.offsetBars(); b < clip.endBar() - 1e-9; b += loopBars) {
                double lx = Math.round(model.xOfBar(b)) + 0.5;
                g.strokeLine(lx, y + 15, lx, y + h);
            }
        }
        g.setFill(Color.web("#101214"));
        g.setFont(Font.font(null, FontWeight.BOLD, 11));
        String name = info.map(LoopInfo::name).orElse(clip.sample().substring(clip.sample().lastIndexOf('/') + 1));
        g.save();
        g.beginPath();
        g.rect(x, y, Math.max(0, x2 - x - 4), h);
        g.clip();
        g.fillText(name, Math.max(x, 0) + 5, y + 12);
        g.restore();
        g.setStroke(selected ? Color.WHITE : base.deriveColor(0, 1, 0.3, 1));
        g.setLineWidth(selected ? 2 : 1);
        g.strokeRoundRect(x + 0.5, y + 0.5, x2 - x - 1, h - 1, 6, 6);
        g.setLineWidth(1);
        if (selected) {
            g.setFill(Color.WHITE);
            g.fillRect(x2 - 4, y + h / 2 - 8, 2, 16);
        }
    }

    private void drawWaveform(GraphicsContext g, Project p, Clip clip, Color colour, double x1, double x2,
                              double top, double height) {
        WaveformCache.Peaks peaks = waveforms.get(clip.sample());
        if (peaks == null || peaks.values().length == 0 || height < 6) {
            return;
        }
        // The sample's own bars are stretched to the song's tempo: one song bar covers `secondsPerLoopBar`.
        double loopTempo = catalog.find(clip.sample()).map(LoopInfo::tempo).filter(Double::isFinite)
                .orElse(p.tempo());
        double sampleSecondsPerBar = p.beatsPerBar() * 60.0 / loopTempo;
        double peaksPerBar = sampleSecondsPerBar * peaks.sampleRate() / WaveformCache.FRAMES_PER_PEAK;
        float[] v = peaks.values();
        double mid = top + height / 2;
        g.setStroke(colour);
        double from = Math.max(0, x1);
        double to = Math.min(song.getWidth(), x2);
        double ppb = model.pixelsPerBarProperty().get();
        for (double x = Math.floor(from); x < to; x++) {
            double barInClip = (x - x1) / ppb + clip.offsetBars();
            int a = (int) (barInClip * peaksPerBar);
            int b = (int) ((barInClip + 1 / ppb) * peaksPerBar);
            float max = 0;
            for (int k = a; k <= Math.max(a, b - 1); k++) {
                int idx = clip.loop() ? Math.floorMod(k, v.length) : k;
                if (idx >= 0 && idx < v.length) {
                    max = Math.max(max, v[idx]);
                }
            }
            double half = Math.min(1, max) * height / 2;
            g.strokeLine(x + 0.5, mid - half, x + 0.5, mid + half);
        }
    }

    private void drawGhost(GraphicsContext g, Project p) {
        LoopInfo loop = loopDrag.loopProperty().get();
        if (loop == null || ghostLane < 0) {
            return;
        }
        double bar = model.snap(model.barAtX(ghostX));
        double x = model.xOfBar(bar);
        double x2 = model.xOfBar(bar + loop.clipBars(p.beatsPerBar()));
        double y = model.yOfLane(Math.min(ghostLane, p.tracks().size())) + 3;
        Color c = CategoryColors.of(loop.category());
        g.setFill(c.deriveColor(0, 1, 1, 0.35));
        g.fillRoundRect(x, y, x2 - x, ArrangeModel.LANE_HEIGHT - 6, 6, 6);
        g.setStroke(c);
        g.setLineDashes(4, 4);
        g.strokeRoundRect(x + 0.5, y + 0.5, x2 - x - 1, ArrangeModel.LANE_HEIGHT - 7, 6, 6);
        g.setLineDashes(null);
    }

    private void drawPlayhead() {
        GraphicsContext g = overlay.getGraphicsContext2D();
        g.clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
        double x = Math.round(model.xOfBar(model.session().positionBarsProperty().get())) + 0.5;
        if (x < 0 || x > overlay.getWidth()) {
            return;
        }
        g.setStroke(PLAYHEAD);
        g.setLineWidth(1.5);
        g.strokeLine(x, ArrangeModel.SECTION_ROW, x, overlay.getHeight());
        g.setFill(PLAYHEAD);
        g.fillPolygon(new double[] {x - 6, x + 6, x}, new double[] {ArrangeModel.SECTION_ROW,
                ArrangeModel.SECTION_ROW, ArrangeModel.SECTION_ROW + 8}, 3);
    }

    // ---- pointer ------------------------------------------------------------------------------------

    private void wireMouse() {
        song.setOnMousePressed(this::pressed);
        song.setOnMouseDragged(this::dragged);
        song.setOnMouseReleased(this::released);
        song.setOnScroll(this::scrolled);
        song.setOnMouseMoved(e -> song.setCursor(cursorAt(e.getX(), e.getY())));
        song.setOnMouseDragOver(e -> {
            if (loopDrag.loopProperty().get() != null) {
                ghostX = e.getX();
                ghostLane = Math.max(0, model.laneAtY(e.getY()));
                redraw();
            }
        });
        song.setOnMouseDragExited(e -> {
            ghostLane = -1;
            redraw();
        });
        song.setOnMouseDragReleased(this::loopDropped);
    }

    private javafx.scene.Cursor cursorAt(double x, double y) {
        Optional<ClipRef> hit = model.clipAt(x, y);
        if (hit.isPresent()) {
            return model.onResizeHandle(hit.get(), x) ? javafx.scene.Cursor.H_RESIZE : javafx.scene.Cursor.OPEN_HAND;
        }
        return y < ArrangeModel.RULER_HEIGHT ? javafx.scene.Cursor.HAND : javafx.scene.Cursor.DEFAULT;
    }

    private void loopDropped(MouseDragEvent e) {
        LoopInfo loop = loopDrag.loopProperty().get();
        ghostLane = -1;
        if (loop != null && e.getY() >= ArrangeModel.RULER_HEIGHT) {
            model.drop(loop, model.barAtX(e.getX()), model.laneAtY(e.getY()));
        }
        loopDrag.loopProperty().set(null);
        redraw();
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        double x = e.getX();
        double y = e.getY();
        moved = false;
        pressBar = model.barAtX(x);
        if (y < ArrangeModel.SECTION_ROW) {
            pressedOnSectionRow(e);
            return;
        }
        if (y < ArrangeModel.RULER_HEIGHT) {
            drag = Drag.LOOP_RANGE;
            return;
        }
        Optional<ClipRef> hit = model.clipAt(x, y);
        if (hit.isEmpty()) {
            model.selectionProperty().set(null);
            drag = Drag.NONE;
            return;
        }
        if (e.getButton() == MouseButton.SECONDARY) {
            model.selectionProperty().set(hit.get());
            clipMenu().show(song, e.getScreenX(), e.getScreenY());
            return;
        }
        if (model.onResizeHandle(hit.get(), x)) {
            drag = Drag.CLIP_RESIZE;
            model.beginResize(hit.get());
        } else {
            drag = Drag.CLIP_MOVE;
            model.beginMove(hit.get(), pressBar);
        }
    }

    private void pressedOnSectionRow(MouseEvent e) {
        int index = model.sectionAt(e.getX());
        if (e.getButton() == MouseButton.SECONDARY && index >= 0) {
            sectionMenu(index).show(song, e.getScreenX(), e.getScreenY());
            return;
        }
        if (e.getClickCount() == 2) {
            if (index >= 0) {
                renameSection(index);
            } else {
                model.addSection(model.suggestSectionName(), model.barAtX(e.getX()));
            }
            return;
        }
        if (index >= 0) {
            drag = Drag.SECTION;
            model.beginSectionMove(index);
        }
    }

    private void dragged(MouseEvent e) {
        moved = true;
        double bar = model.barAtX(e.getX());
        switch (drag) {
            case CLIP_MOVE -> model.updateMove(bar, model.laneAtY(Math.max(ArrangeModel.RULER_HEIGHT, e.getY())));
            case CLIP_RESIZE -> model.updateResize(bar);
            case SECTION -> model.updateSectionMove(bar);
            case LOOP_RANGE -> {
                model.loopStartProperty().set(model.snap(Math.min(pressBar, bar)));
                model.loopEndProperty().set(model.snap(Math.max(pressBar, bar)));
            }
            default -> { }
        }
    }

    private void released(MouseEvent e) {
        switch (drag) {
            case CLIP_MOVE, CLIP_RESIZE -> model.endDrag();
            case SECTION -> model.endSectionMove();
            case LOOP_RANGE -> {
                if (moved) {
                    model.setLoopRange(pressBar, model.barAtX(e.getX()));
                } else {
                    model.session().seekBar(model.snap(pressBar));
                    drawPlayhead();
                }
            }
            default -> { }
        }
        drag = Drag.NONE;
    }

    private void scrolled(ScrollEvent e) {
        if (e.isControlDown() || e.isShortcutDown()) {
            model.zoomBy(e.getDeltaY() > 0 ? 1.15 : 1 / 1.15, e.getX());
        } else if (e.isShiftDown()) {
            model.scrollByPixels(-(e.getDeltaY() + e.getDeltaX()), 0, getHeight());
        } else {
            model.scrollByPixels(-e.getDeltaX(), -e.getDeltaY(), getHeight());
        }
        e.consume();
    }

    private ContextMenu clipMenu() {
        MenuItem dup = new MenuItem("Duplicate   Ctrl+D");
        dup.setOnAction(a -> model.duplicateSelected());
        MenuItem del = new MenuItem("Delete   Del");
        del.setOnAction(a -> model.deleteSelected());
        return new ContextMenu(dup, del);
    }

    private ContextMenu sectionMenu(int index) {
        MenuItem rename = new MenuItem("Rename…");
        rename.setOnAction(a -> renameSection(index));
        MenuItem del = new MenuItem("Delete");
        del.setOnAction(a -> model.deleteSection(index));
        return new ContextMenu(rename, del);
    }

    private void renameSection(int index) {
        TextInputDialog d = new TextInputDialog(model.project().sections().get(index).name());
        d.setTitle("Rename section");
        d.setHeaderText("What is this part of the song? (Intro, Verse, Chorus, Break, Outro …)");
        d.showAndWait().ifPresent(n -> model.renameSection(index, n));
    }
}
