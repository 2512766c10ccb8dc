package org.studiopaths.ui.mix;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.util.function.DoubleConsumer;
import java.util.function.DoubleSupplier;

/**
 * A console fader drawn on a canvas: a printed dB scale (0 dB marked), a cap to drag (Shift for fine),
 * double-click for 0 dB, the scroll wheel for half-dB steps. It only reports; the strip's model decides.
 */
public final class FaderControl extends Region {

    static final double WIDTH = 58;
    private static final double PAD = 10;

    /** What the fader tells its owner. */
    public interface Listener {
        void begin();
        void drag(double db);
        void end();
        void set(double db);
    }

    private final Canvas canvas = new Canvas(WIDTH, 200);
    private final DoubleSupplier value;
    private double pressY;
    private double pressDb;

    public FaderControl(DoubleSupplier value, Listener listener) {
        this.value = value;
        getStyleClass().add("fader");
        getChildren().add(canvas);
        setPrefWidth(WIDTH);
        setMinHeight(120);
        setFocusTraversable(false);
        setOnMousePressed(e -> {
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            if (e.getClickCount() == 2) {
                listener.set(0);
                return;
            }
            pressY = e.getY();
            pressDb = value.getAsDouble();
            listener.begin();
        });
        setOnMouseDragged(e -> {
            double travel = travel();
            double dy = pressY - e.getY();
            double db;
            if (e.isShiftDown()) {
                db = Math.max(FaderScale.MIN_DB, pressDb) + dy * 0.05; // fine: 0.05 dB per pixel
            } else {
                db = FaderScale.db(FaderScale.position(pressDb) + dy / travel);
            }
            listener.drag(db);
        });
        setOnMouseReleased(e -> listener.end());
        setOnScroll(e -> {
            double step = e.isShiftDown() ? 0.1 : 0.5;
            double now = Math.max(FaderScale.MIN_DB, value.getAsDouble());
            listener.set(now + Math.signum(e.getDeltaY()) * step);
        });
    }

    private double travel() {
        return Math.max(1, canvas.getHeight() - 2 * PAD);
    }

    double yOf(double db) {
        return PAD + (1 - FaderScale.position(db)) * travel();
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
        g.clearRect(0, 0, w, canvas.getHeight());
        double slot = w - 16;
        g.setFill(Color.web("#111418"));
        g.fillRoundRect(slot - 3, PAD, 6, travel(), 4, 4);
        g.setFont(Font.font(10));
        g.setTextAlign(TextAlignment.RIGHT);
        double bottom = PAD + travel();
        double lastY = Double.NEGATIVE_INFINITY;
        for (double mark : FaderScale.MARKS) {
            double y = yOf(mark);
            boolean zero = mark == 0;
            g.setStroke(zero ? Color.web("#e8c547") : Color.web("#6b7480"));
            g.strokeLine(slot - 10, y, slot - 5, y);
            // on a short fader the low marks crowd together: every tick stays, a label only where it fits
            if (y - lastY >= MeterView.LABEL_GAP && bottom - y >= MeterView.LABEL_GAP) {
                g.setFill(zero ? Color.web("#e8c547") : Color.web("#9aa4af"));
                g.fillText(mark > 0 ? "+" + (int) mark : String.valueOf((int) mark), slot - 12, y + 4);
                lastY = y;
            }
        }
        g.setFill(Color.web("#9aa4af"));
        g.fillText("-∞", slot - 12, bottom + 4);
        double y = yOf(value.getAsDouble());
        g.setFill(Color.web("#d9dde2"));
        g.fillRoundRect(slot - 9, y - 7, 18, 14, 4, 4);
        g.setStroke(Color.web("#222"));
        g.strokeLine(slot - 7, y, slot + 7, y);
    }
}
