/**
 * Quick service rating (issue 18, ADR 0022): three faces (negative, neutral, positive) on the tool's page and on the
 * initiative page, one tap, a reason asked only after a negative face; one rating per person, instance and day. The
 * facilitators (and everyone once they publish them) read weekly aggregates, the reasons without names and a
 * before/after comparison around a date; groups under five ratings are never shown. Each rating publishes
 * {@link org.cocrea.rating.RatingGiven} for the evidence module.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Quick service rating tool",
        allowedDependencies = {"platform", "accounts", "initiatives"})
package org.cocrea.rating;
