package org.cocrea.opinions;

import java.time.OffsetDateTime;
import java.util.List;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.ToolInstance;

/**
 * The results page of a conversation: the map as drawn, the groups (only when every group has at least {@link
 * #MIN_GROUP} participants), the consensus and divisive statements and how each group voted on each statement.
 * Only counts of at least {@link #MIN_GROUP} votes are shown, never a person's votes.
 *
 * @param computedAt when the map was computed (null: not yet)
 * @param votesCounted how many votes it was computed from
 * @param behind whether votes arrived since (the map is being brought up to date)
 * @param placed how many participants are on the map
 * @param mine the viewer's group (null: not in one, or groups not shown)
 */
public record ResultsPage(
        Initiative initiative,
        ToolInstance instance,
        OffsetDateTime computedAt,
        long votesCounted,
        boolean behind,
        int placed,
        boolean groupsShown,
        Chart chart,
        List<GroupView> groups,
        List<StatementShares> consensus,
        List<StatementShares> divisive,
        List<StatementShares> statements,
        Integer mine) {
    /** The fewest participants a group, and the fewest votes a share, must hold to be shown. */
    public static final int MIN_GROUP = 5;

    /** The map: participants as points, groups as hulls with their letter, and the viewer ("you are here"). */
    public record Chart(int width, int height, List<Point> points, List<Hull> hulls, Point me) {}

    public record Point(int x, int y, int group) {}

    public record Hull(int group, String points, int labelX, int labelY) {}

    /** One group: letter from its index, size, whether the viewer is in it, the statements that set it apart. */
    public record GroupView(int index, int size, boolean mine, List<Representative> representative) {
        public String letter() {
            return String.valueOf((char) ('A' + index));
        }
    }

    public record Representative(long statement, String text, boolean agree, int percent) {}

    /** How everyone (group null) and each shown group voted on one statement. */
    public record StatementShares(long statement, String text, List<Share> shares) {}

    /**
     * One row of shares: agree, disagree and pass counts; shown only with at least {@link #MIN_GROUP} votes.
     * Percentages add up to 100 (the largest remainder gets the rounding).
     */
    public record Share(Integer group, int agree, int disagree, int pass) {
        public int total() {
            return agree + disagree + pass;
        }

        public boolean shown() {
            return total() >= MIN_GROUP;
        }

        public String letter() {
            return group == null ? null : String.valueOf((char) ('A' + group));
        }

        public int agreePercent() {
            return total() == 0 ? 0 : (int) Math.round(100.0 * agree / total());
        }

        public int disagreePercent() {
            return total() == 0 ? 0 : (int) Math.round(100.0 * disagree / total());
        }

        public int passPercent() {
            return total() == 0 ? 0 : Math.max(0, 100 - agreePercent() - disagreePercent());
        }
    }

    public boolean computed() {
        return computedAt != null;
    }
}
