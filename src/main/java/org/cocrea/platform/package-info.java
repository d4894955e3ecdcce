/**
 * Platform services shared by every module: the {@code cocrea.*} settings ({@link org.cocrea.platform.CocreaSettings},
 * checked at start-up), page layout and view model ({@link org.cocrea.platform.Ui}),
 * languages, security configuration, Markdown sanitising, mail, scheduled-job locking and rate limits held in the
 * database for every node ({@link org.cocrea.platform.Throttle}), and the notifications API: the events
 * {@link org.cocrea.platform.Notification} and {@link org.cocrea.platform.AddressedMail}, which a module publishes inside
 * its transaction and the notifications module delivers after the commit, and {@link org.cocrea.platform.Inbox}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Platform",
        allowedDependencies = {})
package org.cocrea.platform;
