package org.cocrea.ballots;

import org.cocrea.initiatives.ToolAccess;

/**
 * What facilitators do with a budget or a vote through the shared manage page; each tool's service implements it
 * with the lifecycle's rules ({@link Lifecycle}). A refused change throws {@link org.cocrea.platform.Refused}.
 */
public interface Facilitating {
    /** Saves the settings of a draft ({@link Lifecycle#saveSettings}). */
    void saveSettings(ToolAccess access, SettingsForm settings);

    /** Opens a draft that is ready for ballots ({@link Lifecycle#open}). */
    void open(ToolAccess access);

    /** Closes an open ballot for good ({@link Lifecycle#close}). */
    void close(ToolAccess access);
}
