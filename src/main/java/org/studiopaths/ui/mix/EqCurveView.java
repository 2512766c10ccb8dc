package org.studiopaths.ui.mix;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.studiopaths.audio.AudioData;
import org.studiopaths.dsp.TrackEq;
import org.studiopaths.model.Eq;

import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The selected strip's EQ: its response curve (as the engine computes it), the spectrum behind it, and three
 * points (low shelf, mid, high shelf) to drag; the scroll wheel over the mid point changes its Q.
 */
public final class EqCurveView extends Region {

    static final double MIN_HZ = 20;
    static final double MAX_HZ = 20_000;
    static final double RANGE_DB = 24;
    private static final String[] BANDS = {"low", "mid", "high"};

    private final Canvas canvas = new Canvas(600, 220);
    private final Supplier<StripModel> strip;
    private final float[] spectrum = new float[200];
    private boolean hasSpectrum;
    /** The curve's y per 2 px, computed again only when the EQ or the size changes. */
    private double[] curve = new double[0];
    private Eq curveEq;
    private double curveW;
    private double curveH;
    private int dragging = -1;

    public EqCurveView(Supplier<StripModel> strip) {
        this.strip = strip;
        getStyleClass().add("eq-curve");
        getChildren().add(canvas);
        setMinHeight(160);
        javafx.scene.control.Tooltip.install(this, new javafx.scene.control.Tooltip("The EQ of the selected strip:"
                + " drag Low, Mid or High sideways to move it, up to boost, down to cut; scroll on Mid to make it"
                + " wider or narrower"));
        setOnMousePressed(e -> {
            StripModel s = strip.get();
            if (s == null) {
                return;
            }
            dragging = nearest(s.eqProperty().get(), e.getX(), e.getY());
            if (dragging >= 0) {
                s.beginEqDrag(BANDS[dragging] + " EQ");
            }
        });
        setOnMouseDragged(e -> {
            StripModel s = strip.get();
            if (s == null || dragging < 0) {
                return;
            }
            double hz = hzAt(e.getX());
            double db = dbAt(e.getY());
            int band = dragging;
            s.dragEq(eq -> withBand(eq, band, b -> new Eq.Band(hz, db, b.q())));
        });
        setOnMouseReleased(e -> {
            StripModel s = strip.get();
            if (s != null && dragging >= 0) {
                s.endDrag();
            }
            dragging = -1;
        });
        setOnScroll(e -> {
            StripModel s = strip.get();
            if (s == null) {
                return;
            }
            double factor = e.getDeltaY() > 0 ? 1.15 : 1 / 1.15;
            s.setEq("mid Q", eq -> eq.withMid(eq.mid().withQ(eq.mid().q() * factor)));
        });
    }

    static Eq withBand(Eq eq, int band, UnaryOperator<Eq.Band> change) {
        return switch (band) {
            case 0 -> eq.withLow(change.apply(eq.low()));
            case 1 -> eq.withMid(change.apply(eq.mid()));
            default -> eq.withHigh(change.apply(eq.high()));
        };
    }

    private static Eq.Band band(Eq eq, int i) {
        return i == 0 ? eq.low() : i == 1 ? eq.mid() : eq.high();
    }

    private int nearest(Eq eq, double x, double y) {
        int best = -1;
        double bestD = 30 * 30;
        for (int i = 0; i < 3; i++) {
            Eq.Band b = band(eq, i);
            double dx = xOf(b.freqHz()) - x;
            double dy = yOf(b.gainDb()) - y;
            if (dx * dx + dy * dy < bestD) {
                bestD = dx * dx + dy * dy;
                best = i;
            }
        }
        return best;
    }

    double xOf(double hz) {
        return canvas.getWidth() * Math.log(hz / MIN_HZ) / Math.log(MAX_HZ / MIN_HZ);
    }

    double hzAt(double x) {
        return MIN_HZ * Math.pow(MAX_HZ / MIN_HZ, Math.max(0, Math.min(1, x / canvas.getWidth())));
    }

    double yOf(double db) {
        return canvas.getHeight() / 2 - db / RANGE_DB * (canvas.getHeight() / 2 - 8);
    }

    double dbAt(double y) {
        return (canvas.getHeight() / 2 - y) / (canvas.getHeight() / 2 - 8) * RANGE_DB;
    }

    /** The spectrum to draw behind the curve, one log-spaced bin per element (dB). */
    public void setSpectrum(float[] db) {
        System.arraycopy(db, 0, spectrum, 0, Math.min(db.length, spectrum.length));
        hasSpectrum = true;
    }

    public int spectrumBins() {
        return spectrum.length;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        redraw();
    }

    public void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(Color.web("#12161b"));
        g.fillRect(0, 0, w, h);
        g.setFont(Font.font(9));
        g.setLineWidth(1);
        for (double hz : new double[] {50, 100, 200, 500, 1000, 2000, 5000, 10000}) {
            double x = xOf(hz);
            g.setStroke(Color.web("#232a32"));
            g.strokeLine(x, 0, x, h);
            g.setFill(Color.web("#6b7480"));
            g.fillText(hz >= 1000 ? (int) (hz / 1000) + "k" : String.valueOf((int) hz), x + 2, h - 3);
        }
        for (double db : new double[] {-18, -12, -6, 0, 6, 12, 18}) {
            double y = yOf(db);
            g.setStroke(db == 0 ? Color.web("#3d4752") : Color.web("#1f252c"));
            g.strokeLine(0, y, w, y);
            g.setFill(Color.web("#6b7480"));
            g.fillText((db > 0 ? "+" : "") + (int) db, 2, y - 2);
        }
        if (hasSpectrum) {
            // spectrum as a soft silhouette: -90 dB at the bottom, 0 dB at the top
            g.setFill(Color.web("#2c6e9b", 0.35));
            g.beginPath();
            g.moveTo(0, h);
            for (int i = 0; i < spectrum.length; i++) {
                double x = w * (i + 0.5) / spectrum.length;
                double f = Math.max(0, Math.min(1, (spectrum[i] + 90) / 90));
                g.lineTo(x, h - f * h);
            }
            g.lineTo(w, h);
            g.closePath();
            g.fill();
        }
        StripModel s = strip.get();
        if (s == null) {
            return;
        }
        Eq eq = s.eqProperty().get();
        if (!eq.equals(curveEq) || w != curveW || h != curveH) {
            curve = new double[(int) w / 2 + 1];
            for (int i = 0; i < curve.length; i++) {
                double db = TrackEq.responseDb(eq, AudioData.RENDER_RATE, hzAt(i * 2));
                curve[i] = yOf(Math.max(-RANGE_DB * 1.2, Math.min(RANGE_DB * 1.2, db)));
            }
            curveEq = eq;
            curveW = w;
            curveH = h;
        }
        g.setStroke(Color.web("#ffb347"));
        g.setLineWidth(2);
        g.beginPath();
        for (int i = 0; i < curve.length; i++) {
            if (i == 0) {
                g.moveTo(0, curve[0]);
            } else {
                g.lineTo(i * 2, curve[i]);
            }
        }
        g.stroke();
        String[] names = {"Low", "Mid", "High"};
        for (int i = 0; i < 3; i++) {
            Eq.Band b = band(eq, i);
            double x = xOf(b.freqHz());
            double y = yOf(b.gainDb());
            g.setFill(i == dragging ? Color.WHITE : Color.web("#ffb347"));
            g.fillOval(x - 6, y - 6, 12, 12);
            g.setFill(Color.web("#d9dde2"));
            String q = i == 1 ? String.format(java.util.Locale.ROOT, " Q %.2f", b.q()) : "";
            g.fillText(names[i] + " " + StripModel.hz(b.freqHz()) + String.format(java.util.Locale.ROOT, " %+.1f dB", b.gainDb()) + q,
                    Math.min(x + 8, w - 150), y - 8);
        }
        if (eq.highPassHz() > 0) {
            g.setFill(Color.web("#d9dde2"));
            g.fillText("High-pass " + StripModel.hz(eq.highPassHz()), xOf(eq.highPassHz()) + 4, 14);
        }
    }
}
