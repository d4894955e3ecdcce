/**
 * Platform services shared by every module: the {@code cocrea.*} settings ({@link org.cocrea.platform.CocreaSettings},
 * checked at start-up), page layout and view model ({@link org.cocrea.platform.Ui}),
 * languages, security configuration, Markdown sanitising, mail, scheduled-job locking and rate limits held in the
 * database for every node ({@link org.cocrea.platform.Throttle}).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Platform",
        allowedDependencies = {})
package org.cocrea.platform;
