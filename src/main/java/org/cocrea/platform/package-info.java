/**
 * Platform services shared by every module: page layout and view model ({@link org.cocrea.platform.Ui}),
 * languages, security configuration, Markdown sanitising, mail and scheduled-job locking.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.cocrea.platform;
