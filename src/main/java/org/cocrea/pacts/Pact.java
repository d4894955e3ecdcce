package org.cocrea.pacts;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * (Public because the precompiled templates read it.) A collaboration pact as stored: its parts, its state and the
 * hash of its canonical text as last written.
 */
public record Pact(
        long id,
        long toolInstanceId,
        long initiativeId,
        String state,
        PactTerms terms,
        String textSha256,
        long createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime officeApprovedAt,
        String actNumber,
        LocalDate actDate,
        OffsetDateTime activatedAt,
        String stateReason,
        OffsetDateTime stateChangedAt) {

    /** What the organisation may provide, in the order the form and the canonical text list them. */
    public static final List<String> PROVISIONS = List.of("materials", "training", "insurance", "spaces", "exemptions");

    public static final List<String> GOOD_KINDS =
            List.of("green-area", "bike-route", "school-garden", "square", "building", "other");

    public static final List<String> STATES =
            List.of("draft", "proposed", "approved", "active", "suspended", "revoked", "ended");

    public String path() {
        return "/pacts/" + toolInstanceId + "/" + id;
    }

    /** The text may change: drafts and proposals the office has not approved yet. */
    public boolean editable() {
        return (state.equals("draft") || state.equals("proposed")) && officeApprovedAt == null;
    }

    /** Parties sign a proposal (before or after the office's approval) and an approved pact. */
    public boolean signable() {
        return state.equals("proposed") || state.equals("approved");
    }

    /** A complex pact approved by the office, waiting for the further act. */
    public boolean awaitingAct() {
        return terms.complex() && state.equals("proposed") && officeApprovedAt != null;
    }

    /** Shown in the public register: everything but drafts. */
    public boolean published() {
        return !state.equals("draft");
    }

    // The signed parts, read by the templates and the services as parts of the pact.
    public boolean complex() {
        return terms.complex();
    }

    public String title() {
        return terms.title();
    }

    public String goodKind() {
        return terms.goodKind();
    }

    public String goodDescription() {
        return terms.goodDescription();
    }

    public String geometryKind() {
        return terms.geometryKind();
    }

    public String geometry() {
        return terms.geometry();
    }

    public String objectives() {
        return terms.objectives();
    }

    public String actions() {
        return terms.actions();
    }

    public LocalDate startsOn() {
        return terms.startsOn();
    }

    public LocalDate endsOn() {
        return terms.endsOn();
    }

    public String renewal() {
        return terms.renewal();
    }

    public List<String> provides() {
        return terms.provides();
    }

    public String providesText() {
        return terms.providesText();
    }

    public int reportEveryMonths() {
        return terms.reportEveryMonths();
    }

    public String safety() {
        return terms.safety();
    }

    public String suspension() {
        return terms.suspension();
    }
}
