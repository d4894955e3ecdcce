package org.cocrea.initiatives;

import java.time.OffsetDateTime;

/**
 * An open initiative's active phase changed ({@code from} is null when it had none announced before); published once
 * per change, in the transaction that marks the new phase announced, for the organisations' webhooks. Nothing
 * private: the initiative's id and the phases' codes.
 */
public record PhaseChanged(long initiativeId, Phase from, Phase to, OffsetDateTime changedAt) {}
