package org.cocrea.evidence.population;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The evidence_population_margin and evidence_self_description tables (V20_2). */
@Repository
class PopulationRepository {
    /** Members are read for self-descriptions in slices of this many ids, one statement each. */
    static final int SLICE = 2000;

    private final JdbcClient jdbc;

    PopulationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An organisation's margins, dimension by dimension in the order they were uploaded. */
    List<Margin> margins(long organisationId) {
        return jdbc.sql("""
                        SELECT dimension, band, amount, is_share FROM evidence_population_margin
                        WHERE organisation_id = :o ORDER BY position
                        """)
                .param("o", organisationId)
                .query((rs, n) -> new Margin(
                        Dimension.fromCode(rs.getString("dimension")),
                        rs.getString("band"),
                        rs.getBigDecimal("amount"),
                        rs.getBoolean("is_share")))
                .list();
    }

    /** Every organisation's district bands, for the self-description form: organisation id and band. */
    List<District> districts() {
        return jdbc.sql("""
                        SELECT organisation_id, band FROM evidence_population_margin
                        WHERE dimension = 'district' ORDER BY organisation_id, position
                        """)
                .query((rs, n) -> new District(rs.getLong("organisation_id"), rs.getString("band")))
                .list();
    }

    record District(long organisationId, String band) {}

    /** Replaces the organisation's margins; the caller's transaction makes it all or nothing. */
    void replace(long organisationId, List<Margin> margins, long by) {
        jdbc.sql("DELETE FROM evidence_population_margin WHERE organisation_id = :o")
                .param("o", organisationId)
                .update();
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        int position = 0;
        for (var m : margins) {
            jdbc.sql("""
                            INSERT INTO evidence_population_margin
                                (organisation_id, dimension, band, position, amount, is_share, uploaded_by, uploaded_at)
                            VALUES (:o, :d, :b, :p, :a, :s, :by, :at)
                            """)
                    .param("o", organisationId)
                    .param("d", m.dimension().code())
                    .param("b", m.band())
                    .param("p", position++)
                    .param("a", m.amount())
                    .param("s", m.share())
                    .param("by", by)
                    .param("at", now)
                    .update();
        }
    }

    java.util.Optional<SelfDescription> description(long personId) {
        return jdbc.sql("SELECT * FROM evidence_self_description WHERE person_id = :p")
                .param("p", personId)
                .query(PopulationRepository::description)
                .optional();
    }

    /** The self-descriptions of the given people, one statement per {@link #SLICE} ids. */
    List<SelfDescription> descriptions(Collection<Long> people) {
        var ids = new ArrayList<>(people);
        var found = new ArrayList<SelfDescription>();
        for (int from = 0; from < ids.size(); from += SLICE) {
            found.addAll(jdbc.sql("SELECT * FROM evidence_self_description WHERE person_id IN (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + SLICE)))
                    .query(PopulationRepository::description)
                    .list());
        }
        return found;
    }

    private static SelfDescription description(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new SelfDescription(
                rs.getLong("person_id"),
                rs.getObject("birth_year") == null ? null : rs.getInt("birth_year"),
                rs.getString("age_band"),
                rs.getString("gender"),
                rs.getObject("district_organisation_id") == null ? null : rs.getLong("district_organisation_id"),
                rs.getString("district"));
    }

    /** Stores the person's self-description, replacing the one they gave before. */
    void save(SelfDescription d) {
        forget(d.personId());
        jdbc.sql("""
                        INSERT INTO evidence_self_description
                            (person_id, birth_year, age_band, gender, district_organisation_id, district, given_at)
                        VALUES (:p, :y, :a, :g, :o, :d, :at)
                        """)
                .param("p", d.personId())
                .param("y", d.birthYear())
                .param("a", d.ageBand())
                .param("g", d.gender())
                .param("o", d.districtOrganisationId())
                .param("d", d.district())
                .param("at", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    /** Deletes the person's self-description; whether there was one. */
    boolean forget(long personId) {
        return jdbc.sql("DELETE FROM evidence_self_description WHERE person_id = :p")
                        .param("p", personId)
                        .update()
                > 0;
    }
}
