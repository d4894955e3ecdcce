/**
 * Surveys ("survey", issue 18, ADR 0021): one survey per tool instance, built by facilitators from sections and
 * questions (choices with "other", Likert matrices, rankings, scales 1-5, 1-10 and NPS 0-10, texts, numbers, dates,
 * a point on the map) or from ready-made templates, with skip logic decided on the server; answered a section a
 * page (without JavaScript), saved and resumed, once per person; anonymous surveys keep no link from a response to
 * its person. Results are aggregated in SQL and drawn on the server as SVG with tables; exports stream row by row.
 * It offers its scale means and NPS to the indicators tool as a {@link org.cocrea.indicators.MeasureSource}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Survey tool",
        allowedDependencies = {"platform", "accounts", "initiatives", "indicators", "ballots"})
package org.cocrea.survey;
