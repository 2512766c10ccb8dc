package org.studiopaths.ui.shortcuts;

import java.util.List;

/**
 * Every key the app answers to, in one place: the shortcuts sheet shows this list and a test holds the README's
 * "Keys" section to it. Screens that add a key add it here.
 */
public final class Shortcuts {

    /** One key and what it does, in words a newcomer reads. */
    public record Shortcut(String keys, String action, String group) {
    }

    public static final String EVERYWHERE = "Everywhere";
    public static final String PLAYBACK = "Playing";
    public static final String EDITING = "Editing";

    public static final List<Shortcut> ALL = List.of(
            new Shortcut("Space", "Play or stop", PLAYBACK),
            new Shortcut("Enter / Home", "Back to the start", PLAYBACK),
            new Shortcut("F", "In the EQ drill: hear the part with or without the change", PLAYBACK),
            new Shortcut("Ctrl+Z", "Undo", EDITING),
            new Shortcut("Ctrl+Shift+Z", "Redo", EDITING),
            new Shortcut("Ctrl+S", "Save the project", EDITING),
            new Shortcut("Ctrl+D", "Duplicate the selected clip", EDITING),
            new Shortcut("Delete", "Delete the selected clip", EDITING),
            new Shortcut("+ / -", "Zoom the timeline in or out", EDITING),
            new Shortcut("Ctrl+scroll", "Zoom the timeline", EDITING),
            new Shortcut("M", "Mute the selected track", EDITING),
            new Shortcut("S", "Solo the selected track", EDITING),
            new Shortcut("Enter", "In the loop list: add the focused loop at the playhead", EDITING),
            new Shortcut("Alt+Left / Alt+Right", "On the timeline: select the previous or next clip", EDITING),
            new Shortcut("Left / Right", "On the timeline: move the selected clip one grid step", EDITING),
            new Shortcut("Left / Right", "Select the previous or next mixer strip", EDITING),
            new Shortcut("F1", "Show the tour again", EVERYWHERE),
            new Shortcut("? or Ctrl+/", "Show these keys", EVERYWHERE),
            new Shortcut("Escape", "Close a card or dialog", EVERYWHERE));

    private Shortcuts() {
    }
}
