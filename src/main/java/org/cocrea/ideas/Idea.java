package org.cocrea.ideas;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.cocrea.platform.Markdown;

/** A proposal with its number of supports and comments. */
public record Idea(
        long id,
        long toolInstanceId,
        Long authorId,
        String title,
        String body,
        String category,
        BigDecimal latitude,
        BigDecimal longitude,
        Long costCents,
        IdeaStatus status,
        String answer,
        OffsetDateTime answeredAt,
        String moderation,
        OffsetDateTime createdAt,
        long supports,
        long comments,
        Long imageId) {

    public org.cocrea.platform.SafeHtml bodyHtml() {
        return Markdown.toSafeHtml(body);
    }

    public org.cocrea.platform.SafeHtml answerHtml() {
        return Markdown.toSafeHtml(answer);
    }

    public boolean hidden() {
        return moderation.equals("pending") || moderation.equals("hidden");
    }

    public boolean hasPoint() {
        return latitude != null && longitude != null;
    }

    public String mapUrl() {
        return hasPoint() ? org.cocrea.platform.MapPoints.url(latitude, longitude) : null;
    }

    /** The cost as a form field holds it ({@code 15000.50}); pages show {@link #costAmount()} formatted. */
    public String cost() {
        return costCents == null ? null : BigDecimal.valueOf(costCents, 2).toPlainString();
    }

    /** The estimated cost in euros, for {@code ui.wholeMoney}. */
    public BigDecimal costAmount() {
        return costCents == null ? null : BigDecimal.valueOf(costCents, 2);
    }

    /** Supports are collected while the proposal waits for, or is under, evaluation. */
    public boolean collecting() {
        return status == IdeaStatus.OPEN || status == IdeaStatus.EVALUATING;
    }

    /** Percentage of the threshold reached, capped at 100; 0 when there is no threshold. */
    public int progress(int threshold) {
        return threshold <= 0 ? 0 : (int) Math.min(100, supports * 100 / threshold);
    }

    /** The same proposal with its number of comments, which the comments module counts. */
    Idea withComments(long count) {
        return new Idea(
                id,
                toolInstanceId,
                authorId,
                title,
                body,
                category,
                latitude,
                longitude,
                costCents,
                status,
                answer,
                answeredAt,
                moderation,
                createdAt,
                supports,
                count,
                imageId);
    }

    AcceptedIdea accepted() {
        return new AcceptedIdea(id, title, body, costCents, category, latitude, longitude, imageId);
    }
}
