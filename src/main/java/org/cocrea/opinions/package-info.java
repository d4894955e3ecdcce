/**
 * The opinion mapping tool ("opinions", issue 16, ADR 0016): short statements seeded by facilitators and submitted by
 * participants, voted agree / disagree / pass one at a time, and the opinion groups, consensus and divisive
 * statements found by the pure-Java {@code analysis} package (no Spring), recomputed in the background and drawn as
 * a server-side SVG map with a table alternative; Polis exports imported and exported. Every permission is asked
 * of {@link org.cocrea.initiatives.Initiatives}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Opinion mapping tool",
        allowedDependencies = {"platform", "accounts", "initiatives"})
package org.cocrea.opinions;
