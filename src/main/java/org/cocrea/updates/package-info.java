/**
 * The "updates" tool: dated posts by an initiative's facilitators, in any phase and at any level. It
 * proves the {@link org.cocrea.initiatives.Tool} SPI end to end and asks the initiatives API for every permission.
 * Members comment under the posts through the comments module (one thread for the instance).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Updates tool",
        allowedDependencies = {"platform", "initiatives", "comments"})
package org.cocrea.updates;
