/**
 * The ideas tool ("ideas", UI "Idee" / "Ideas", ADR 7): needs and ideas proposed by the members of a collective or
 * group initiative, with attachments, comments (the comments module's thread, kind "idea"), supports with a per-person limit, official answers by
 * facilitators, moderation and follows. Other modules read accepted proposals through {@link
 * org.cocrea.ideas.Ideas}; every permission is asked of {@link org.cocrea.initiatives.Initiatives}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Proposals tool",
        allowedDependencies = {"platform", "accounts", "initiatives", "comments"})
package org.cocrea.ideas;
