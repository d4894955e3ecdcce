package org.cocrea.evidence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.cocrea.indicators.Direction;
import org.cocrea.indicators.IndicatorRead;
import org.cocrea.initiatives.Objective;
import org.cocrea.initiatives.Phase;
import org.cocrea.ledger.ContributionRecorded;
import org.cocrea.plans.PlanOutcomes;
import org.cocrea.platform.DemoMode;
import org.cocrea.platform.DemoSeed;
import org.cocrea.rating.RatingGiven;
import org.cocrea.survey.ResponseSubmitted;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's evidence. The indicators', surveys' and ratings' demo seeds store their data without publishing events
 * (they run before any listener could matter), so this seed, which runs after the seeds of every module evidence
 * depends on, reads what they stored and hands it, as the events those tools publish, to {@link Intake}: the same
 * code path as the listeners, exactly once, so running it again (or an event arriving as well) changes nothing. The
 * ledger's entries are replayed the same way (the other tools' seeds publish them; the replay only makes sure they
 * are in before the first page). The individual plans' outcomes come from the plans module's own
 * {@link PlanOutcomes#all()}, as its {@link org.cocrea.plans.OutcomeRecorded} events would bring them. This is the
 * only place the module reads other modules' tool tables, and only in
 * demo mode.
 */
@Component
class EvidenceDemoData implements DemoSeed {
    private final DemoMode demo;
    private final JdbcClient jdbc;
    private final Intake intake;
    private final EvidenceRepository evidence;
    private final PlanOutcomes outcomes;

    EvidenceDemoData(
            DemoMode demo, JdbcClient jdbc, Intake intake, EvidenceRepository evidence, PlanOutcomes outcomes) {
        this.outcomes = outcomes;
        this.demo = demo;
        this.jdbc = jdbc;
        this.intake = intake;
        this.evidence = evidence;
    }

    @Override
    @Transactional
    public void seed() {
        if (!demo.claimed()) {
            return;
        }
        readings().forEach(evidence::reading);
        ratings().forEach(evidence::rating);
        contributions().forEach(evidence::contribution);
        responses().forEach((e, on) -> intake.response(e, on));
        outcomes.all().forEach(evidence::outcome);
    }

    private List<IndicatorRead> readings() {
        return jdbc.sql("""
                        SELECT r.id, t.initiative_id, t.id AS instance, t.phase, i.id AS indicator, i.objective,
                            r.reading_value, i.baseline_value, i.target_value, i.direction, r.read_on, i.name, i.unit
                        FROM indicator_reading r JOIN indicator i ON i.id = r.indicator_id
                        JOIN tool_instance t ON t.id = i.tool_instance_id
                        ORDER BY r.id
                        """)
                .query((rs, n) -> new IndicatorRead(
                        rs.getLong("initiative_id"),
                        rs.getLong("instance"),
                        Phase.fromCode(rs.getString("phase")).orElseThrow(),
                        rs.getLong("indicator"),
                        Objective.fromCode(rs.getString("objective")).orElseThrow(),
                        rs.getBigDecimal("reading_value"),
                        rs.getBigDecimal("baseline_value"),
                        rs.getBigDecimal("target_value"),
                        Direction.fromCode(rs.getString("direction")).orElseThrow(),
                        rs.getObject("read_on", LocalDate.class),
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("unit")))
                .list();
    }

    private List<RatingGiven> ratings() {
        return jdbc.sql("""
                        SELECT r.id, t.initiative_id, t.id AS instance, t.phase, r.score, r.rated_on, r.rated_at
                        FROM rating r JOIN tool_instance t ON t.id = r.tool_instance_id ORDER BY r.id
                        """)
                .query((rs, n) -> new RatingGiven(
                        rs.getLong("initiative_id"),
                        rs.getLong("instance"),
                        Phase.fromCode(rs.getString("phase")).orElseThrow(),
                        rs.getInt("score"),
                        rs.getObject("rated_on", LocalDate.class),
                        rs.getLong("id"),
                        rs.getObject("rated_at", OffsetDateTime.class)
                                .toInstant()
                                .toEpochMilli()))
                .list();
    }

    private List<ContributionRecorded> contributions() {
        return jdbc.sql("""
                        SELECT entry_key, revision, initiative_id, phase, tool_id, tool_instance_id, person_id, side, kind,
                            quantity, unit, done_on
                        FROM ledger_entry ORDER BY id
                        """)
                .query((rs, n) -> new ContributionRecorded(
                        rs.getString("entry_key"),
                        rs.getLong("revision"),
                        rs.getLong("initiative_id"),
                        Phase.fromCode(rs.getString("phase")).orElseThrow(),
                        rs.getString("tool_id"),
                        rs.getLong("tool_instance_id"),
                        rs.getObject("person_id", Long.class),
                        ContributionRecorded.Side.valueOf(rs.getString("side").toUpperCase(Locale.ROOT)),
                        ContributionRecorded.Kind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
                        rs.getBigDecimal("quantity"),
                        rs.getString("unit").isEmpty() ? null : rs.getString("unit"),
                        rs.getObject("done_on", LocalDate.class)))
                .list();
    }

    /** Each response with its scale answers, as the survey publishes it, and the day it was submitted. */
    private LinkedHashMap<ResponseSubmitted, LocalDate> responses() {
        record Row(
                long response,
                long initiative,
                long instance,
                String phase,
                LocalDate on,
                Long item,
                String kind,
                BigDecimal value) {}
        var rows = jdbc.sql("""
                        SELECT s.id, t.initiative_id, t.id AS instance, t.phase, s.submitted_on, a.item_id, it.kind,
                            a.value_number
                        FROM survey_response s JOIN tool_instance t ON t.id = s.tool_instance_id
                        LEFT JOIN survey_answer a ON a.response_id = s.id AND a.part = 0
                            AND a.item_id IN (SELECT x.id FROM survey_item x WHERE x.kind IN ('scale5', 'scale10', 'nps'))
                        LEFT JOIN survey_item it ON it.id = a.item_id
                        ORDER BY s.id, a.item_id
                        """)
                .query((rs, n) -> new Row(
                        rs.getLong("id"),
                        rs.getLong("initiative_id"),
                        rs.getLong("instance"),
                        rs.getString("phase"),
                        rs.getObject("submitted_on", LocalDate.class),
                        rs.getObject("item_id", Long.class),
                        rs.getString("kind"),
                        rs.getBigDecimal("value_number")))
                .list();
        var out = new LinkedHashMap<ResponseSubmitted, LocalDate>();
        int i = 0;
        while (i < rows.size()) {
            var first = rows.get(i);
            var scales = new ArrayList<ResponseSubmitted.ScaleAnswer>();
            while (i < rows.size() && rows.get(i).response() == first.response()) {
                var r = rows.get(i++);
                if (r.item() != null && r.value() != null) {
                    scales.add(new ResponseSubmitted.ScaleAnswer(
                            r.item(), r.kind(), r.value().intValue()));
                }
            }
            out.put(
                    new ResponseSubmitted(
                            first.initiative(),
                            first.instance(),
                            Phase.fromCode(first.phase()).orElseThrow(),
                            first.response(),
                            scales),
                    first.on());
        }
        return out;
    }
}
