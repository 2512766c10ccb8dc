package org.studiopaths.ui.mix;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * A stereo level meter: the RMS as a solid bar, the peak as a lighter bar over it, the peak-hold line, a
 * dB scale, and a clip light on top that a click turns off.
 */
public final class MeterView extends Region {

    private static final double[] MARKS = {0, -6, -12, -18, -24, -36, -48};
    private static final double CLIP_H = 8;
    /** Labels closer than this (in pixels) would overlap: the lower one is left out. */
    static final double LABEL_GAP = 12;
    private final Canvas canvas = new Canvas(34, 200);
    private final LevelMeterModel meter;
    private double[] shown = new double[0];

    public MeterView(LevelMeterModel meter) {
        this.meter = meter;
        getStyleClass().add("meter");
        getChildren().add(canvas);
        setPrefWidth(34);
        setMinWidth(34);
        setOnMouseClicked(e -> meter.resetClip());
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        redraw();
    }

    private double y(double db, double top, double h) {
        double f = (db - LevelMeterModel.FLOOR_DB) / -LevelMeterModel.FLOOR_DB;
        return top + (1 - Math.max(0, Math.min(1, f))) * h;
    }

    /** Whether anything is lit (for tests and for the eye). */
    public boolean lit() {
        return meter.peakDb(0) > LevelMeterModel.FLOOR_DB || meter.peakDb(1) > LevelMeterModel.FLOOR_DB;
    }

    /** Redraws when what it shows changed (meters at rest cost nothing). */
    public void refresh() {
        double[] now = {meter.peakDb(0), meter.peakDb(1), meter.rmsDb(0), meter.rmsDb(1), meter.holdDb(0),
                meter.holdDb(1), meter.clipped() ? 1 : 0};
        if (!java.util.Arrays.equals(now, shown)) {
            shown = now;
            redraw();
        }
    }

    public void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        double top = CLIP_H + 3;
        double barH = h - top - 2;
        double barW = 7;
        g.setFill(meter.clipped() ? Color.web("#ff3b30") : Color.web("#3a1c1c"));
        g.fillRect(0, 0, barW * 2 + 1, CLIP_H);
        for (int ch = 0; ch < 2; ch++) {
            double x = ch * (barW + 1);
            g.setFill(Color.web("#0d0f12"));
            g.fillRect(x, top, barW, barH);
            double peakY = y(meter.peakDb(ch), top, barH);
            g.setFill(Color.web("#2f7d4a"));
            g.fillRect(x, peakY, barW, top + barH - peakY);
            double rmsY = y(meter.rmsDb(ch), top, barH);
            g.setFill(Color.web("#4cd964"));
            g.fillRect(x, rmsY, barW, top + barH - rmsY);
            double warnY = y(-6, top, barH);
            if (peakY < warnY) {
                g.setFill(Color.web("#f5c542"));
                g.fillRect(x, peakY, barW, warnY - peakY);
            }
            double holdY = y(meter.holdDb(ch), top, barH);
            if (meter.holdDb(ch) > LevelMeterModel.FLOOR_DB) {
                g.setFill(meter.holdDb(ch) >= 0 ? Color.web("#ff3b30") : Color.WHITE);
                g.fillRect(x, holdY, barW, 2);
            }
        }
        g.setFont(Font.font(10));
        g.setFill(Color.web("#9aa4af"));
        double lastY = Double.NEGATIVE_INFINITY;
        for (double m : MARKS) {
            double yy = y(m, top, barH);
            if (yy - lastY >= LABEL_GAP) {
                g.fillText(String.valueOf((int) m), barW * 2 + 3, yy + 4);
                lastY = yy;
            }
        }
    }
}
