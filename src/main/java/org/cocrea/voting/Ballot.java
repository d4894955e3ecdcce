package org.cocrea.voting;

import java.util.Arrays;

/**
 * What one or more identical voters cast. Identical ballots are stored once with a multiplicity
 * so that memory grows with the number of distinct ballots, not with the number of voters.
 *
 * @param projects indices into {@link Election#projects()}; in preference order for ordinal
 *     ballots, otherwise without duplicates
 * @param points points given to each project (same length as {@code projects}), or an empty
 *     array when the ballot carries no points
 * @param multiplicity how many voters cast this ballot
 */
public record Ballot(int[] projects, long[] points, int multiplicity) {

    private static final long[] NO_POINTS = new long[0];

    public Ballot {
        if (multiplicity < 1) {
            throw new IllegalArgumentException("multiplicity must be positive");
        }
        if (points.length != 0 && points.length != projects.length) {
            throw new IllegalArgumentException("points and projects differ in length");
        }
    }

    /** An approval (or ranking) ballot cast by {@code multiplicity} voters. */
    public static Ballot of(int multiplicity, int... projects) {
        return new Ballot(projects, NO_POINTS, multiplicity);
    }

    /** The points this ballot gives project {@code project}: 1 per approval when it has no points. */
    public long pointsFor(int project) {
        for (int i = 0; i < projects.length; i++) {
            if (projects[i] == project) {
                return points.length == 0 ? 1 : points[i];
            }
        }
        return 0;
    }

    public boolean approves(int project) {
        for (int p : projects) {
            if (p == project) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ballot b
                && multiplicity == b.multiplicity
                && Arrays.equals(projects, b.projects)
                && Arrays.equals(points, b.points);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(projects) + Arrays.hashCode(points)) + multiplicity;
    }

    @Override
    public String toString() {
        return multiplicity + "x" + Arrays.toString(projects) + (points.length == 0 ? "" : Arrays.toString(points));
    }
}
