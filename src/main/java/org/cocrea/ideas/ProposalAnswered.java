package org.cocrea.ideas;

import java.time.OffsetDateTime;

/**
 * A facilitator gave a proposal the organisation's official answer ({@code status}: evaluating, accepted or
 * rejected); published in the answering transaction, for the organisations' webhooks. Ids and the status only: the
 * proposal's text and its author stay on its page, which applies its initiative's visibility and moderation.
 */
public record ProposalAnswered(
        long initiativeId, long instanceId, long ideaId, IdeaStatus status, OffsetDateTime answeredAt) {}
