package org.cocrea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariDataSource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.cocrea.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The database itself refuses a second vote, ballot, support, registration or signature of the same person, and a
 * ballot or mark that breaks the rules, whatever the application does: each case below inserts the guarded row
 * directly with SQL (bypassing every service) on H2 and on PostgreSQL and expects the named constraint to refuse
 * it. For the one-per-person guards, which the services rely on when the same person submits twice at once (they
 * catch the duplicate-key error rather than lock), the same insert is also raced by {@value #THREADS} threads
 * released by one start barrier: exactly one row is stored.
 *
 * <p>The list of guards is {@link #GUARDS}: constraint, what it guards, and the row it must refuse.
 */
class IntegrityConstraintsTest {
    static final int THREADS = 8;

    /** An insert: its SQL with named parameters, and a query counting the rows it stores (for the race). */
    record Insert(String sql, Map<String, Object> params, String count) {
        int run(JdbcClient jdbc) {
            return jdbc.sql(sql).params(params).update();
        }

        long stored(JdbcClient jdbc) {
            return jdbc.sql(count).params(params).query(Long.class).single();
        }
    }

    /**
     * One guard: the constraint (as named in the migrations, or the table's primary key), the act it guards, the
     * word the database's refusal must name (the constraint, or the column for NOT NULL), whether it is a
     * one-per-person guard (a first row is accepted, the same again refused) or a rule on one row (refused at once),
     * and the fixture that makes the rows it needs and returns the insert.
     */
    record Guard(String constraint, String guards, String named, boolean once, Function<World, Insert> row) {
        @Override
        public String toString() {
            return constraint + " (" + guards + ")";
        }
    }

    static Guard once(String constraint, String guards, Function<World, Insert> row) {
        return new Guard(constraint, guards, constraint, true, row);
    }

    /** A primary key: PostgreSQL names it {@code table_pkey}, H2 "PRIMARY KEY ON table"; both name the table. */
    static Guard oncePk(String table, String guards, Function<World, Insert> row) {
        return new Guard(table + " PRIMARY KEY", guards, table, true, row);
    }

    static Guard rule(String constraint, String guards, Function<World, Insert> row) {
        return new Guard(constraint, guards, constraint, false, row);
    }

    static Insert insert(String sql, String count, Object... params) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < params.length; i += 2) {
            map.put((String) params[i], params[i + 1]);
        }
        map.put("now", OffsetDateTime.now(ZoneOffset.UTC));
        return new Insert(sql, map, count);
    }

    static final List<Guard> GUARDS = List.of(
            // Votes (vote, V7_0)
            once("vote_ballot_one_per_voter", "one ballot per voter in a vote", w -> {
                long vote = w.vote();
                long voter = w.person();
                return insert(
                        "INSERT INTO vote_ballot (vote_id, voter_id, random_key, cast_at, changed_at)"
                                + " VALUES (:v, :p, 7, :now, :now)",
                        "SELECT COUNT(*) FROM vote_ballot WHERE vote_id = :v AND voter_id = :p",
                        "v",
                        vote,
                        "p",
                        voter);
            }),
            oncePk("vote_mark", "one mark per option in a ballot", w -> {
                long vote = w.vote();
                long option = w.option(vote, 1);
                long ballot = w.voteBallot(vote, w.person());
                return insert(
                        "INSERT INTO vote_mark (ballot_id, vote_id, option_id, mark_value) VALUES (:b, :v, :o, 1)",
                        "SELECT COUNT(*) FROM vote_mark WHERE ballot_id = :b AND option_id = :o",
                        "b",
                        ballot,
                        "v",
                        vote,
                        "o",
                        option);
            }),
            rule("vote_mark_option", "a mark names an option of its own vote", w -> {
                long vote = w.vote();
                long other = w.option(w.vote(), 1);
                long ballot = w.voteBallot(vote, w.person());
                return insert(
                        "INSERT INTO vote_mark (ballot_id, vote_id, option_id, mark_value) VALUES (:b, :v, :o, 1)",
                        null,
                        "b",
                        ballot,
                        "v",
                        vote,
                        "o",
                        other);
            }),
            rule("vote_mark_value", "no negative mark", w -> {
                long vote = w.vote();
                long option = w.option(vote, 1);
                long ballot = w.voteBallot(vote, w.person());
                return insert(
                        "INSERT INTO vote_mark (ballot_id, vote_id, option_id, mark_value) VALUES (:b, :v, :o, -1)",
                        null,
                        "b",
                        ballot,
                        "v",
                        vote,
                        "o",
                        option);
            }),
            new Guard("vote_ballot.voter_id NOT NULL", "every vote ballot has its voter", "voter_id", false, w -> {
                long vote = w.vote();
                return insert(
                        "INSERT INTO vote_ballot (vote_id, voter_id, random_key, cast_at, changed_at)"
                                + " VALUES (:v, NULL, 7, :now, :now)",
                        null,
                        "v",
                        vote);
            }),
            // Budget ballots (budget, V5_0 and V9_1)
            once("budget_ballot_one_per_voter", "one online budget ballot per voter", w -> {
                long budget = w.budget();
                long voter = w.person();
                return insert(
                        "INSERT INTO budget_ballot (budget_id, voter_id, cast_at) VALUES (:b, :p, :now)",
                        "SELECT COUNT(*) FROM budget_ballot WHERE budget_id = :b AND voter_id = :p",
                        "b",
                        budget,
                        "p",
                        voter);
            }),
            once("budget_ballot_one_per_code", "one ballot per voting code", w -> {
                long budget = w.budget();
                long code = w.code(budget);
                return insert(
                        "INSERT INTO budget_ballot (budget_id, code_id, cast_at) VALUES (:b, :c, :now)",
                        "SELECT COUNT(*) FROM budget_ballot WHERE budget_id = :b AND code_id = :c",
                        "b",
                        budget,
                        "c",
                        code);
            }),
            once("budget_ballot_one_per_resident", "one ballot per resident (online or on paper)", w -> {
                long budget = w.budget();
                return insert(
                        "INSERT INTO budget_ballot (budget_id, resident_key, cast_at) VALUES (:b, :k, :now)",
                        "SELECT COUNT(*) FROM budget_ballot WHERE budget_id = :b AND resident_key = :k",
                        "b",
                        budget,
                        "k",
                        "r".repeat(64));
            }),
            rule("budget_ballot_one_caster", "a ballot is cast by exactly one person, code or resident", w -> {
                long budget = w.budget();
                long code = w.code(budget);
                long voter = w.person();
                return insert(
                        "INSERT INTO budget_ballot (budget_id, voter_id, code_id, cast_at) VALUES (:b, :p, :c, :now)",
                        null,
                        "b",
                        budget,
                        "p",
                        voter,
                        "c",
                        code);
            }),
            new Guard(
                    "budget_ballot_item PRIMARY KEY",
                    "one choice of a project per ballot",
                    "budget_ballot_item",
                    true,
                    w -> {
                        long budget = w.budget();
                        long project = w.project(budget, 1);
                        long ballot = w.budgetBallot(budget, w.person());
                        return insert(
                                "INSERT INTO budget_ballot_item (ballot_id, budget_id, project_id, points) VALUES (:x, :b, :p, 1)",
                                "SELECT COUNT(*) FROM budget_ballot_item WHERE ballot_id = :x AND project_id = :p",
                                "x",
                                ballot,
                                "b",
                                budget,
                                "p",
                                project);
                    }),
            rule("budget_ballot_item_project", "a ballot names projects of its own budget", w -> {
                long budget = w.budget();
                long other = w.project(w.budget(), 1);
                long ballot = w.budgetBallot(budget, w.person());
                return insert(
                        "INSERT INTO budget_ballot_item (ballot_id, budget_id, project_id, points) VALUES (:x, :b, :p, 1)",
                        null,
                        "x",
                        ballot,
                        "b",
                        budget,
                        "p",
                        other);
            }),
            rule("budget_ballot_item_points", "no choice with zero or negative points", w -> {
                long budget = w.budget();
                long project = w.project(budget, 1);
                long ballot = w.budgetBallot(budget, w.person());
                return insert(
                        "INSERT INTO budget_ballot_item (ballot_id, budget_id, project_id, points) VALUES (:x, :b, :p, 0)",
                        null,
                        "x",
                        ballot,
                        "b",
                        budget,
                        "p",
                        project);
            }),
            once("budget_code_unique", "a voting code is issued once per budget", w -> {
                long budget = w.budget();
                long by = w.person();
                return insert(
                        "INSERT INTO budget_code (budget_id, code_hash, created_by, created_at) VALUES (:b, :h, :by, :now)",
                        "SELECT COUNT(*) FROM budget_code WHERE budget_id = :b AND code_hash = :h",
                        "b",
                        budget,
                        "h",
                        "c".repeat(64),
                        "by",
                        by);
            }),
            rule("budget_paper_ballot_for_whom", "a paper ballot is recorded for a code or a resident", w -> {
                long budget = w.budget();
                long ballot = w.budgetBallot(budget, w.person());
                long by = w.person();
                return insert(
                        "INSERT INTO budget_paper_ballot (budget_id, ballot_id, recorded_by, recorded_at)"
                                + " VALUES (:b, :x, :by, :now)",
                        null,
                        "b",
                        budget,
                        "x",
                        ballot,
                        "by",
                        by);
            }),
            // Supports (initiatives V3_2, ideas V8_0)
            oncePk("petition_support", "one support per citizen per citizens' proposal", w -> {
                long proposal = w.proposal();
                long person = w.person();
                return insert(
                        "INSERT INTO petition_support (petition_id, person_id, supported_at) VALUES (:x, :p, :now)",
                        "SELECT COUNT(*) FROM petition_support WHERE petition_id = :x AND person_id = :p",
                        "x",
                        proposal,
                        "p",
                        person);
            }),
            oncePk("idea_support", "one support per person per idea", w -> {
                long idea = w.idea();
                long person = w.person();
                return insert(
                        "INSERT INTO idea_support (idea_id, person_id, supported_at) VALUES (:x, :p, :now)",
                        "SELECT COUNT(*) FROM idea_support WHERE idea_id = :x AND person_id = :p",
                        "x",
                        idea,
                        "p",
                        person);
            }),
            oncePk("idea_support_quota", "one support counter per person per ideas tool", w -> {
                long instance = w.instance(w.initiative("collective"), "co-design", "ideas");
                long person = w.person();
                return insert(
                        "INSERT INTO idea_support_quota (tool_instance_id, person_id, used) VALUES (:t, :p, 1)",
                        "SELECT COUNT(*) FROM idea_support_quota WHERE tool_instance_id = :t AND person_id = :p",
                        "t",
                        instance,
                        "p",
                        person);
            }),
            rule("idea_support_quota_used", "no negative count of supports used", w -> {
                long instance = w.instance(w.initiative("collective"), "co-design", "ideas");
                long person = w.person();
                return insert(
                        "INSERT INTO idea_support_quota (tool_instance_id, person_id, used) VALUES (:t, :p, -1)",
                        null,
                        "t",
                        instance,
                        "p",
                        person);
            }),
            oncePk("idea_report", "one report per person per idea (reports hide an idea)", w -> {
                long idea = w.idea();
                long person = w.person();
                return insert(
                        "INSERT INTO idea_report (idea_id, person_id, reason, reported_at) VALUES (:x, :p, 'r', :now)",
                        "SELECT COUNT(*) FROM idea_report WHERE idea_id = :x AND person_id = :p",
                        "x",
                        idea,
                        "p",
                        person);
            }),
            // Registrations (accounts V2_0, V9_0, V15_2; initiatives V3_0, V14_1)
            once("app_user_email_unique", "one account per address", w -> {
                String email = "same-" + w.next() + "@example.org";
                return insert(
                        "INSERT INTO app_user (email, name, language, kind, terms_accepted_at, created_at)"
                                + " VALUES (:e, 'Same', 'it', 'citizen', :now, :now)",
                        "SELECT COUNT(*) FROM app_user WHERE email = :e",
                        "e",
                        email);
            }),
            rule(
                    "app_user_email_lower",
                    "addresses are stored lower-case, so case does not make a second account",
                    w -> {
                        String email = "Upper-" + w.next() + "@example.org";
                        return insert(
                                "INSERT INTO app_user (email, name, language, kind, terms_accepted_at, created_at)"
                                        + " VALUES (:e, 'Upper', 'it', 'citizen', :now, :now)",
                                null,
                                "e",
                                email);
                    }),
            oncePk("account_token", "a verification or reset token is stored once", w -> {
                long person = w.person();
                return insert(
                        "INSERT INTO account_token (token_hash, user_id, purpose, expires_at) VALUES (:h, :p, 'verify', :now)",
                        "SELECT COUNT(*) FROM account_token WHERE token_hash = :h",
                        "h",
                        String.format("%064d", w.next()),
                        "p",
                        person);
            }),
            once("resident_person_once", "a person is registered resident once per organisation", w -> {
                long person = w.person();
                return insert(
                        "INSERT INTO resident (organisation_id, identifier_hash, person_id, verified_at)"
                                + " VALUES (:o, CONCAT('x', CAST(RANDOM() AS VARCHAR(40))), :p, :now)",
                        "SELECT COUNT(*) FROM resident WHERE organisation_id = :o AND person_id = :p",
                        "o",
                        w.organisation,
                        "p",
                        person);
            }),
            rule("resident_identifier_once", "a resident's identifier is claimed by one person per organisation", w -> {
                long first = w.person();
                String hash = String.format("%064d", w.next());
                w.jdbc.sql("INSERT INTO resident (organisation_id, identifier_hash, person_id, verified_at)"
                                + " VALUES (:o, :h, :p, CURRENT_TIMESTAMP)")
                        .param("o", w.organisation)
                        .param("h", hash)
                        .param("p", first)
                        .update();
                return insert(
                        "INSERT INTO resident (organisation_id, identifier_hash, person_id, verified_at)"
                                + " VALUES (:o, :h, :p, :now)",
                        null,
                        "o",
                        w.organisation,
                        "h",
                        hash,
                        "p",
                        w.person());
            }),
            once("residence_contest_open", "one open contest per claimant and identifier", w -> {
                long claimant = w.person();
                return insert(
                        "INSERT INTO residence_contest (organisation_id, identifier_hash, claimant_id, claimed_at, pending)"
                                + " VALUES (:o, :h, :p, :now, 'Y')",
                        "SELECT COUNT(*) FROM residence_contest WHERE organisation_id = :o AND claimant_id = :p",
                        "o",
                        w.organisation,
                        "h",
                        String.format("%064d", w.next()),
                        "p",
                        claimant);
            }),
            oncePk("initiative_member", "one role per person per initiative (joining twice)", w -> {
                long initiative = w.initiative("group");
                long person = w.person();
                return insert(
                        "INSERT INTO initiative_member (initiative_id, person_id, role, joined_at) VALUES (:i, :p, 'member', :now)",
                        "SELECT COUNT(*) FROM initiative_member WHERE initiative_id = :i AND person_id = :p",
                        "i",
                        initiative,
                        "p",
                        person);
            }),
            rule("initiative_member_role", "only the known roles", w -> {
                long initiative = w.initiative("group");
                long person = w.person();
                return insert(
                        "INSERT INTO initiative_member (initiative_id, person_id, role, joined_at) VALUES (:i, :p, 'admin', :now)",
                        null,
                        "i",
                        initiative,
                        "p",
                        person);
            }),
            oncePk("initiative_invitation", "one pending invitation per person per initiative", w -> {
                long initiative = w.initiative("group");
                long person = w.person();
                long by = w.person();
                return insert(
                        "INSERT INTO initiative_invitation (initiative_id, person_id, invited_by, invited_at)"
                                + " VALUES (:i, :p, :by, :now)",
                        "SELECT COUNT(*) FROM initiative_invitation WHERE initiative_id = :i AND person_id = :p",
                        "i",
                        initiative,
                        "p",
                        person,
                        "by",
                        by);
            }),
            oncePk("initiative_join_request", "one request to join per person per initiative", w -> {
                long initiative = w.initiative("group");
                long person = w.person();
                return insert(
                        "INSERT INTO initiative_join_request (initiative_id, person_id, requested_at) VALUES (:i, :p, :now)",
                        "SELECT COUNT(*) FROM initiative_join_request WHERE initiative_id = :i AND person_id = :p",
                        "i",
                        initiative,
                        "p",
                        person);
            }),
            once("initiative_mail_invitation_one_pending", "one pending invitation per address per initiative", w -> {
                long initiative = w.initiative("group");
                long by = w.person();
                return insert(
                        "INSERT INTO initiative_mail_invitation (initiative_id, email, token_hash, invited_by, invited_at,"
                                + " expires_at, pending) VALUES (:i, 'guest@example.org',"
                                + " CONCAT(CAST(:by AS VARCHAR(20)), '-', CAST(RANDOM() AS VARCHAR(40))), :by, :now,"
                                + " :later, 'Y')",
                        "SELECT COUNT(*) FROM initiative_mail_invitation WHERE initiative_id = :i AND pending = 'Y'",
                        "i",
                        initiative,
                        "by",
                        by,
                        "later",
                        OffsetDateTime.now(ZoneOffset.UTC).plusDays(7));
            }),
            once("initiative_mail_invitation_token", "an invitation link's token is unique", w -> {
                long by = w.person();
                return insert(
                        "INSERT INTO initiative_mail_invitation (initiative_id, email, token_hash, invited_by, invited_at,"
                                + " expires_at, pending) VALUES ((SELECT MAX(id) FROM initiative),"
                                + " CONCAT('g', CAST(:n AS VARCHAR(20)), '-', CAST(RANDOM() AS VARCHAR(40)), '@example.org'),"
                                + " :h, :by, :now, :later, 'Y')",
                        "SELECT COUNT(*) FROM initiative_mail_invitation WHERE token_hash = :h",
                        "n",
                        w.next(),
                        "h",
                        String.format("%064d", w.next()),
                        "by",
                        by,
                        "later",
                        OffsetDateTime.now(ZoneOffset.UTC).plusDays(7));
            }),
            rule("initiative_mail_invitation_state", "an invitation is pending, used or withdrawn, never two", w -> {
                long initiative = w.initiative("group");
                long by = w.person();
                return insert(
                        "INSERT INTO initiative_mail_invitation (initiative_id, email, token_hash, invited_by, invited_at,"
                                + " expires_at, pending, used_at, used_by) VALUES (:i, 'used@example.org', :h, :by, :now,"
                                + " :later, 'Y', :now, :by)",
                        null,
                        "i",
                        initiative,
                        "h",
                        String.format("%064d", w.next()),
                        "by",
                        by,
                        "later",
                        OffsetDateTime.now(ZoneOffset.UTC).plusDays(7));
            }),
            oncePk("initiative_join_link", "one join link per initiative", w -> {
                long initiative = w.initiative("group");
                long by = w.person();
                return insert(
                        "INSERT INTO initiative_join_link (initiative_id, token_hash, created_by, created_at, expires_at)"
                                + " VALUES (:i, CONCAT(CAST(:i AS VARCHAR(20)), CAST(RANDOM() AS VARCHAR(40))), :by, :now, :later)",
                        "SELECT COUNT(*) FROM initiative_join_link WHERE initiative_id = :i",
                        "i",
                        initiative,
                        "by",
                        by,
                        "later",
                        OffsetDateTime.now(ZoneOffset.UTC).plusDays(7));
            }),
            oncePk("citizen_factor_answer", "one factors questionnaire per member per initiative", w -> {
                long initiative = w.initiative("group");
                long person = w.person();
                return insert(
                        "INSERT INTO citizen_factor_answer (initiative_id, person_id, skills, intrinsic_motivation,"
                                + " ownership, social_capital, risk_aversion, answered_at) VALUES (:i, :p, 3, 3, 3, 3, 3, :now)",
                        "SELECT COUNT(*) FROM citizen_factor_answer WHERE initiative_id = :i AND person_id = :p",
                        "i",
                        initiative,
                        "p",
                        person);
            }),
            // Signatures and consents (plans V6_0, V10_0, V11_0)
            once("plan_signature_unique", "one signature per person per plan version", w -> {
                long instance = w.planVersion();
                long signer = w.person();
                return insert(
                        "INSERT INTO plan_signature (tool_instance_id, version_no, signer_id, signer_role, signed_at,"
                                + " content_sha256) VALUES (:t, 1, :p, 'citizen', :now, :h)",
                        "SELECT COUNT(*) FROM plan_signature WHERE tool_instance_id = :t AND signer_id = :p",
                        "t",
                        instance,
                        "p",
                        signer,
                        "h",
                        "s".repeat(64));
            }),
            rule("plan_signature_version", "a signature is of a version that exists", w -> {
                long instance = w.planVersion();
                long signer = w.person();
                return insert(
                        "INSERT INTO plan_signature (tool_instance_id, version_no, signer_id, signer_role, signed_at,"
                                + " content_sha256) VALUES (:t, 2, :p, 'citizen', :now, :h)",
                        null,
                        "t",
                        instance,
                        "p",
                        signer,
                        "h",
                        "s".repeat(64));
            }),
            once("plan_consent_one_active", "one active consent per proxy and scope", w -> {
                long initiative = w.initiative("individual");
                long citizen = w.person();
                long proxy = w.person();
                return insert(
                        "INSERT INTO plan_consent (initiative_id, citizen_id, proxy_id, grantee, scope, given_at, active)"
                                + " VALUES (:i, :c, :p, :p, 'act-for-citizen', :now, 'Y')",
                        "SELECT COUNT(*) FROM plan_consent WHERE initiative_id = :i AND grantee = :p AND active = 'Y'",
                        "i",
                        initiative,
                        "c",
                        citizen,
                        "p",
                        proxy);
            }),
            rule("plan_consent_active", "a withdrawn consent is not active", w -> {
                long initiative = w.initiative("individual");
                long citizen = w.person();
                long proxy = w.person();
                return insert(
                        "INSERT INTO plan_consent (initiative_id, citizen_id, proxy_id, grantee, scope, given_at,"
                                + " withdrawn_at, active) VALUES (:i, :c, :p, :p, 'act-for-citizen', :now, :now, 'Y')",
                        null,
                        "i",
                        initiative,
                        "c",
                        citizen,
                        "p",
                        proxy);
            }),
            once("plan_need_confirmation_unique", "one confirmation per person of one priority order", w -> {
                long instance = w.instance(w.initiative("individual"), "co-commissioning", "needs");
                long person = w.person();
                return insert(
                        "INSERT INTO plan_need_confirmation (tool_instance_id, need_order, person_id, person_role,"
                                + " confirmed_at) VALUES (:t, '1,2,3', :p, 'citizen', :now)",
                        "SELECT COUNT(*) FROM plan_need_confirmation WHERE tool_instance_id = :t AND person_id = :p",
                        "t",
                        instance,
                        "p",
                        person);
            }),
            rule("plan_need_rank_unique", "no two needs on one rank in a person's order", w -> {
                long instance = w.instance(w.initiative("individual"), "co-commissioning", "needs");
                long person = w.person();
                long need = w.need(instance);
                w.rank(instance, person, need, 1);
                return insert(
                        "INSERT INTO plan_need_rank (tool_instance_id, ranker_id, ranker_role, need_id, rank_no,"
                                + " ranked_at) VALUES (:t, :p, 'citizen', :n, 1, :now)",
                        null,
                        "t",
                        instance,
                        "p",
                        person,
                        "n",
                        w.need(instance));
            }),
            new Guard("plan_need_rank_pk", "one rank per need in a person's order", "plan_need_rank", false, w -> {
                long instance = w.instance(w.initiative("individual"), "co-commissioning", "needs");
                long person = w.person();
                long need = w.need(instance);
                w.rank(instance, person, need, 1);
                return insert(
                        "INSERT INTO plan_need_rank (tool_instance_id, ranker_id, ranker_role, need_id, rank_no,"
                                + " ranked_at) VALUES (:t, :p, 'citizen', :n, 2, :now)",
                        null,
                        "t",
                        instance,
                        "p",
                        person,
                        "n",
                        need);
            }),
            // Collaboration pacts (pacts, V19_2)
            once("pact_signature_once", "one signature per party of a pact and text", w -> {
                long person = w.person();
                long pact = pactWithParty(w, person);
                return insert(
                        "INSERT INTO pact_signature (pact_id, person_id, content_sha256, signed_at)"
                                + " VALUES (:k, :p, :h, :now)",
                        "SELECT COUNT(*) FROM pact_signature WHERE pact_id = :k AND person_id = :p",
                        "k",
                        pact,
                        "p",
                        person,
                        "h",
                        "a".repeat(64));
            }),
            rule("pact_signature_party", "only a party signs a pact", w -> {
                long pact = pactWithParty(w, w.person());
                return insert(
                        "INSERT INTO pact_signature (pact_id, person_id, content_sha256, signed_at)"
                                + " VALUES (:k, :p, :h, :now)",
                        null,
                        "k",
                        pact,
                        "p",
                        w.person(),
                        "h",
                        "a".repeat(64));
            }),
            oncePk("pact_party", "a person is a party of a pact once", w -> {
                long person = w.person();
                long pact = pactWithParty(w, w.person());
                return insert(
                        "INSERT INTO pact_party (pact_id, person_id, role, person_name) VALUES (:k, :p, 'citizen', 'P')",
                        "SELECT COUNT(*) FROM pact_party WHERE pact_id = :k AND person_id = :p",
                        "k",
                        pact,
                        "p",
                        person);
            }),
            rule("pact_report_hours", "a pact report's hours are positive", w -> {
                long person = w.person();
                long pact = pactWithParty(w, person);
                return insert(
                        "INSERT INTO pact_report (pact_id, person_id, done_on, body, hours, created_at)"
                                + " VALUES (:k, :p, CURRENT_DATE, 'Fatto', -2, :now)",
                        null,
                        "k",
                        pact,
                        "p",
                        person);
            }));

    /** A proposed pact in a collective initiative's co-delivery, with {@code person} as its citizen party. */
    static long pactWithParty(World w, long person) {
        long initiative = w.initiative("collective");
        long instance = w.instance(initiative, "co-delivery", "pacts");
        long pact = w.key(
                "INSERT INTO pact (tool_instance_id, initiative_id, state, complex, title, good_kind,"
                        + " good_description, geometry_kind, geometry, min_lon, min_lat, max_lon, max_lat, objectives,"
                        + " actions, starts_on, ends_on, renewal, provides_materials, provides_training,"
                        + " provides_insurance, provides_spaces, provides_exemptions, provides_text,"
                        + " report_every_months, safety, suspension, text_sha256, created_by, created_at, updated_at)"
                        + " VALUES (:t, :i, 'proposed', FALSE, 'Patto', 'square', 'Piazza', 'point',"
                        + " '{\"type\":\"Point\",\"coordinates\":[12.5,41.9]}', 12.5, 41.9, 12.5, 41.9, 'O', 'A',"
                        + " DATE '2026-01-01', DATE '2027-01-01', '', FALSE, FALSE, FALSE, FALSE, FALSE, '', 3, 'S', 'R',"
                        + " :h, :p, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                Map.of("t", instance, "i", initiative, "h", "a".repeat(64), "p", person));
        w.jdbc.sql("INSERT INTO pact_party (pact_id, person_id, role, person_name) VALUES (:k, :p, 'citizen', 'P')")
                .param("k", pact)
                .param("p", person)
                .update();
        return pact;
    }

    private static final Map<String, World> WORLDS = new java.util.concurrent.ConcurrentHashMap<>();

    @AfterAll
    static void close() {
        WORLDS.values().forEach(w -> w.pool.close());
        WORLDS.clear();
    }

    @TestFactory
    Stream<DynamicContainer> theDatabaseRefusesWhatItGuards() {
        return Stream.of("H2", "PostgreSQL")
                .map(db -> DynamicContainer.dynamicContainer(
                        db,
                        GUARDS.stream()
                                .flatMap(guard -> Stream.concat(
                                        Stream.of(DynamicTest.dynamicTest(
                                                guard + " refused", () -> refused(world(db), guard))),
                                        guard.once()
                                                ? Stream.of(DynamicTest.dynamicTest(
                                                        guard + " holds under " + THREADS + " concurrent inserts",
                                                        () -> raced(world(db), guard)))
                                                : Stream.empty()))));
    }

    static World world(String db) {
        if (db.equals("PostgreSQL")) {
            TestDatabases.requirePostgres();
        }
        return WORLDS.computeIfAbsent(
                db, d -> new World(d.equals("H2") ? TestDatabases.h2() : TestDatabases.postgres()));
    }

    static void refused(World w, Guard guard) {
        var row = guard.row().apply(w);
        if (guard.once()) {
            assertThat(row.run(w.jdbc))
                    .as("%s: the first row is accepted", guard)
                    .isEqualTo(1);
        }
        assertThat(catchThrowable(() -> row.run(w.jdbc)))
                .as("%s: the database refuses the row", guard)
                .isInstanceOf(DataIntegrityViolationException.class)
                .satisfies(e -> assertThat(e.getMessage().toLowerCase(Locale.ROOT))
                        .as("the refusal names %s", guard.named())
                        .contains(guard.named().toLowerCase(Locale.ROOT)));
        if (guard.once()) {
            assertThat(row.stored(w.jdbc)).as("%s: rows stored", guard).isEqualTo(1);
        }
    }

    static void raced(World w, Guard guard) throws Exception {
        var row = guard.row().apply(w);
        var start = new CyclicBarrier(THREADS);
        var accepted = new AtomicInteger();
        var refused = new AtomicInteger();
        var pool = Executors.newFixedThreadPool(THREADS);
        try {
            var futures = new ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < THREADS; i++) {
                futures.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    try {
                        accepted.addAndGet(row.run(w.jdbc));
                    } catch (DataIntegrityViolationException e) {
                        refused.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (var f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(accepted.get()).as("%s: inserts accepted", guard).isEqualTo(1);
        assertThat(refused.get()).as("%s: inserts refused", guard).isEqualTo(THREADS - 1);
        assertThat(row.stored(w.jdbc)).as("%s: rows stored", guard).isEqualTo(1);
    }

    /** One migrated database with the rows every case starts from, behind a pool for the races. */
    static final class World {
        final HikariDataSource pool = new HikariDataSource();
        final JdbcClient jdbc;
        final long organisation;
        private final AtomicInteger counter = new AtomicInteger();

        World(DataSource dataSource) {
            pool.setDataSource(dataSource);
            pool.setMaximumPoolSize(THREADS + 2);
            jdbc = JdbcClient.create(pool);
            organisation = key(
                    "INSERT INTO organisation (name, created_at) VALUES (:n, CURRENT_TIMESTAMP)",
                    Map.of("n", "Comune " + System.nanoTime()));
        }

        int next() {
            return counter.incrementAndGet();
        }

        long key(String sql, Map<String, ?> params) {
            var key = new GeneratedKeyHolder();
            jdbc.sql(sql).params(params).update(key, "id");
            return key.getKeyAs(Number.class).longValue();
        }

        long person() {
            return key(
                    "INSERT INTO app_user (email, name, language, kind, terms_accepted_at, created_at)"
                            + " VALUES (:e, 'P', 'it', 'citizen', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                    Map.of("e", "p" + next() + "@example.org"));
        }

        long initiative(String level) {
            return key(
                    "INSERT INTO initiative (title, summary, description, organisation_id, domain, level, status,"
                            + " created_at, last_activity_at) VALUES ('T', 'S', '', :o, 'environment-and-parks', :l,"
                            + " 'open', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                    Map.of("o", organisation, "l", level));
        }

        long instance(long initiative, String phase, String tool) {
            return key(
                    "INSERT INTO tool_instance (initiative_id, phase, tool_id, created_at)"
                            + " VALUES (:i, :p, :t, CURRENT_TIMESTAMP)",
                    Map.of("i", initiative, "p", phase, "t", tool));
        }

        long budget() {
            long instance = instance(initiative("collective"), "co-commissioning", "budget");
            return key(
                    "INSERT INTO budget (tool_instance_id, amount_cents, currency, ballot_type, rule, status, created_at)"
                            + " VALUES (:t, 100000, 'EUR', 'knapsack', 'mes', 'open', CURRENT_TIMESTAMP)",
                    Map.of("t", instance));
        }

        long project(long budget, int position) {
            return key(
                    "INSERT INTO budget_project (budget_id, position, title, description, cost_cents)"
                            + " VALUES (:b, :p, 'P', '', 100)",
                    Map.of("b", budget, "p", position));
        }

        long budgetBallot(long budget, long voter) {
            return key(
                    "INSERT INTO budget_ballot (budget_id, voter_id, cast_at) VALUES (:b, :v, CURRENT_TIMESTAMP)",
                    Map.of("b", budget, "v", voter));
        }

        long code(long budget) {
            return key(
                    "INSERT INTO budget_code (budget_id, code_hash, created_by, created_at)"
                            + " VALUES (:b, :h, :by, CURRENT_TIMESTAMP)",
                    Map.of("b", budget, "h", String.format("%064d", next()), "by", person()));
        }

        long vote() {
            long instance = instance(initiative("collective"), "co-design", "vote");
            return key(
                    "INSERT INTO vote (tool_instance_id, question, ballot_kind, eligibility, named, hide_results, status,"
                            + " created_at) VALUES (:t, 'Q', 'approval', 'members', FALSE, FALSE, 'open', CURRENT_TIMESTAMP)",
                    Map.of("t", instance));
        }

        long option(long vote, int position) {
            return key(
                    "INSERT INTO vote_option (vote_id, position, title, description) VALUES (:v, :p, 'O', '')",
                    Map.of("v", vote, "p", position));
        }

        long voteBallot(long vote, long voter) {
            return key(
                    "INSERT INTO vote_ballot (vote_id, voter_id, random_key, cast_at, changed_at)"
                            + " VALUES (:v, :p, 7, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                    Map.of("v", vote, "p", voter));
        }

        long idea() {
            long instance = instance(initiative("collective"), "co-design", "ideas");
            return key(
                    "INSERT INTO idea (tool_instance_id, author_id, title, body, status, moderation, created_at)"
                            + " VALUES (:t, :a, 'I', '', 'open', 'none', CURRENT_TIMESTAMP)",
                    Map.of("t", instance, "a", person()));
        }

        long proposal() {
            return key(
                    "INSERT INTO petition (organisation_id, proposer_id, title, summary, description, domain,"
                            + " level, status, support_threshold, answer_days, created_at) VALUES (:o, :p, 'P', 'S', 'D',"
                            + " 'mobility', 'collective', 'collecting', 50, 60, CURRENT_TIMESTAMP)",
                    Map.of("o", organisation, "p", person()));
        }

        /** A plan tool instance with its version 1; returns the instance. */
        long planVersion() {
            long instance = instance(initiative("individual"), "co-design", "plan");
            jdbc.sql("INSERT INTO plan_version (tool_instance_id, version_no, created_at, objectives, services,"
                            + " providers, case_manager, resources, economic, evaluation)"
                            + " VALUES (:t, 1, CURRENT_TIMESTAMP, '', '', '', '', '', '', '')")
                    .param("t", instance)
                    .update();
            return instance;
        }

        void rank(long instance, long person, long need, int rank) {
            jdbc.sql("INSERT INTO plan_need_rank (tool_instance_id, ranker_id, ranker_role, need_id, rank_no,"
                            + " ranked_at) VALUES (:t, :p, 'citizen', :n, :r, CURRENT_TIMESTAMP)")
                    .param("t", instance)
                    .param("p", person)
                    .param("n", need)
                    .param("r", rank)
                    .update();
        }

        long need(long instance) {
            return key(
                    "INSERT INTO plan_need (tool_instance_id, domain, title, citizen_text, professional_text, created_at)"
                            + " VALUES (:t, 'health', 'N', '', '', CURRENT_TIMESTAMP)",
                    Map.of("t", instance));
        }
    }
}
