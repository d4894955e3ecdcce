package org.cocrea.opinions.analysis;

import java.util.List;

/**
 * What an analysis found: every participant that took part placed on the 2D map (group -1 when not clustered,
 * e.g. too few votes), the groups with their representative statements, and the consensus and divisive
 * statements of the whole conversation, best first. Indexes refer to the {@link Conversation}'s lists.
 */
public record OpinionMap(
        Method method,
        List<Placed> placed,
        List<Group> groups,
        List<Integer> consensus,
        List<Integer> divisive,
        List<Shares> shares) {

    /** A participant on the map. */
    public record Placed(int participant, double x, double y, int group) {}

    /** One opinion group: its members and the statements that set it apart, most representative first. */
    public record Group(int id, List<Integer> members, List<Representative> representative) {}

    /** A statement the group agreed ({@code agree}) or disagreed with much more than the others. */
    public record Representative(int statement, boolean agree, double repness, double share) {}

    /** How one group voted on one statement (group -1: everyone who voted). */
    public record Shares(int statement, int group, int agree, int disagree, int pass) {}
}
