package org.cocrea.vote;

import java.util.List;
import java.util.Map;

/**
 * The ballots as CSV (RFC 4180), one row per ballot and one column per option, without voters: rows come in
 * the order of each ballot's random key and are numbered 1..n, so neither order nor number says who or when.
 * Every cell is quoted, and a cell that a spreadsheet would read as a formula (=, +, -, @, tab, carriage
 * return) is prefixed with an apostrophe.
 */
final class CsvExport {
    private CsvExport() {}

    static String of(Vote vote, List<VoteOption> options, List<Map<Long, Integer>> ballots) {
        var csv = new StringBuilder();
        csv.append(cell("ballot"));
        for (VoteOption o : options) {
            csv.append(',').append(cell(o.title()));
        }
        csv.append("\r\n");
        int n = 1;
        for (var ballot : ballots) {
            csv.append(cell(String.valueOf(n++)));
            for (VoteOption o : options) {
                Integer value = ballot.get(o.id());
                csv.append(',').append(cell(value(vote.kind(), value)));
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    /** Unmarked options: 0 for approvals and points, empty for rankings and scores (not given). */
    private static String value(BallotKind kind, Integer value) {
        if (value != null) {
            return value.toString();
        }
        return kind == BallotKind.APPROVAL || kind == BallotKind.DOTS ? "0" : "";
    }

    static String cell(String text) {
        String safe = text;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
