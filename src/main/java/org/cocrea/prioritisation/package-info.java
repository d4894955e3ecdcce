/**
 * The prioritisation vote tool ("vote"): a question with options, approval, ranked, score or dot ballots, one
 * ballot per voter enforced by the database and editable until the vote closes, results (Borda count and
 * instant-runoff rounds for ranked ballots) with a chart and a CSV of anonymised ballots. Every permission is
 * asked of {@link org.cocrea.initiatives.Initiatives}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Prioritisation vote tool")
package org.cocrea.prioritisation;
