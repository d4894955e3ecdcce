package org.cocrea.opinions.analysis;

import java.util.List;

/**
 * One conversation's votes, as the analysis reads them: participants and statements by their ids (as strings,
 * as in a Polis export), and each vote agree = 1, disagree = -1, pass = 0. A participant's later vote on a
 * statement replaces the earlier one. Votes are held sparsely: {@code participant[i]}, {@code statement[i]},
 * {@code value[i]} for the i-th vote, indexes into the two id lists.
 *
 * @param participants participant ids, index = participant number
 * @param statements statement ids, index = statement number
 * @param participant the participant number of each vote
 * @param statement the statement number of each vote
 * @param value each vote: -1, 0 or 1
 * @param time when each vote was cast (milliseconds since the epoch, as in a Polis {@code votes.csv}), or null when
 *     unknown; the polis method replays timed votes in order to choose its number of groups as Polis did
 */
public record Conversation(
        List<String> participants,
        List<String> statements,
        int[] participant,
        int[] statement,
        byte[] value,
        long[] time) {

    /** A conversation whose votes' times are unknown. */
    public Conversation(
            List<String> participants, List<String> statements, int[] participant, int[] statement, byte[] value) {
        this(participants, statements, participant, statement, value, null);
    }
}
