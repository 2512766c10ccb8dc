package org.studiopaths.ui.mix;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.ArcType;

import java.util.function.DoubleSupplier;

/** A pan knob: drag up/down (Shift for fine), double-click for centre, scroll for steps. */
public final class PanKnob extends Region {

    private static final double SIZE = 34;
    private final Canvas canvas = new Canvas(SIZE, SIZE);
    private final DoubleSupplier value;
    private double pressY;
    private double pressPan;

    public PanKnob(DoubleSupplier value, FaderControl.Listener listener) {
        this.value = value;
        getStyleClass().add("pan-knob");
        getChildren().add(canvas);
        setPrefSize(SIZE, SIZE);
        setMaxSize(SIZE, SIZE);
        setOnMousePressed(e -> {
            if (e.getClickCount() == 2) {
                listener.set(0);
                return;
            }
            pressY = e.getY();
            pressPan = value.getAsDouble();
            listener.begin();
        });
        setOnMouseDragged(e -> listener.drag(pressPan + (pressY - e.getY()) * (e.isShiftDown() ? 0.002 : 0.01)));
        setOnMouseReleased(e -> listener.end());
        setOnScroll(e -> listener.set(value.getAsDouble() + Math.signum(e.getDeltaY()) * 0.05));
    }

    public void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, SIZE, SIZE);
        g.setFill(Color.web("#2b3138"));
        g.fillOval(4, 4, SIZE - 8, SIZE - 8);
        g.setStroke(Color.web("#4a525c"));
        g.setLineWidth(3);
        g.strokeArc(3, 3, SIZE - 6, SIZE - 6, -45, 270, ArcType.OPEN);
        double pan = value.getAsDouble();
        g.setStroke(Color.web("#5fb3ff"));
        g.strokeArc(3, 3, SIZE - 6, SIZE - 6, 90, -pan * 135, ArcType.OPEN);
        double angle = Math.toRadians(90 - pan * 135);
        double c = SIZE / 2;
        g.setStroke(Color.WHITE);
        g.setLineWidth(2);
        g.strokeLine(c, c, c + Math.cos(angle) * 11, c - Math.sin(angle) * 11);
    }
}
