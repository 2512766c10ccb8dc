package org.studiopaths.ui.session;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Undo and redo over immutable values: each step stores the value before and after one gesture, with a
 * name for the menu ("Undo Move clip").
 */
final class UndoHistory<T> {

    record Step<T>(String name, T before, T after) {
    }

    private static final int LIMIT = 500;
    private final Deque<Step<T>> undo = new ArrayDeque<>();
    private final Deque<Step<T>> redo = new ArrayDeque<>();

    void push(String name, T before, T after) {
        undo.push(new Step<>(name, before, after));
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
    }

    Step<T> undo() {
        Step<T> s = undo.poll();
        if (s != null) {
            redo.push(s);
        }
        return s;
    }

    Step<T> redo() {
        Step<T> s = redo.poll();
        if (s != null) {
            undo.push(s);
        }
        return s;
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }

    String undoName() {
        return undo.isEmpty() ? null : undo.peek().name();
    }

    String redoName() {
        return redo.isEmpty() ? null : redo.peek().name();
    }

    void clear() {
        undo.clear();
        redo.clear();
    }
}
