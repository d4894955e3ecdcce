package org.cocrea.opinions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.opinions.ResultsPage.Chart;
import org.cocrea.opinions.ResultsPage.GroupView;
import org.cocrea.opinions.ResultsPage.Hull;
import org.cocrea.opinions.ResultsPage.Point;
import org.cocrea.opinions.ResultsPage.Representative;
import org.cocrea.opinions.ResultsPage.Share;
import org.cocrea.opinions.ResultsPage.StatementShares;
import org.cocrea.opinions.analysis.OpinionMap;
import org.springframework.stereotype.Component;

/** Builds the results page from the stored map: three statements (conversation, statements, the viewer). */
@Component
class Results {
    static final int WIDTH = 640;
    static final int HEIGHT = 400;
    static final int MARGIN = 24;
    /** How many consensus, divisive and representative statements, and statements with their shares, are shown. */
    static final int LISTED = 5;

    static final int STATEMENTS = 30;

    private final OpinionRepository repository;

    Results(OpinionRepository repository) {
        this.repository = repository;
    }

    ResultsPage page(ToolAccess access) {
        long instance = access.id();
        var state = repository.conversationOrDefaults(instance);
        Long viewer = access.person() == null
                ? null
                : repository.participant(instance, access.person().personId()).orElse(null);
        if (state.mapJson() == null) {
            return new ResultsPage(
                    access.initiative(),
                    access.instance(),
                    null,
                    0,
                    state.stale(),
                    0,
                    false,
                    new Chart(WIDTH, HEIGHT, List.of(), List.of(), null),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    null);
        }
        var stored = StoredMap.of(state.mapJson());
        Map<Long, String> texts = new HashMap<>();
        for (var s : repository.statements(instance, false)) {
            texts.put(s.id(), s.body());
        }
        return build(access, state, stored, texts, viewer);
    }

    static ResultsPage build(
            ToolAccess access, ConversationState state, StoredMap stored, Map<Long, String> texts, Long viewer) {
        OpinionMap map = stored.map();
        boolean groupsShown = !map.groups().isEmpty()
                && map.groups().stream().allMatch(g -> g.members().size() >= ResultsPage.MIN_GROUP);
        // Groups are numbered by their position, so the letters A, B, C follow the order the analysis gives.
        Map<Integer, Integer> groupIndex = new HashMap<>();
        for (int i = 0; i < map.groups().size(); i++) {
            groupIndex.put(map.groups().get(i).id(), i);
        }
        int viewerIndex = viewer == null ? -1 : stored.participants().indexOf(String.valueOf(viewer));
        Integer mine = null;
        var chart = chart(map, groupsShown, groupIndex, viewerIndex);
        if (chart.me() != null && groupsShown && chart.me().group() >= 0) {
            mine = chart.me().group();
        }
        var groups = new ArrayList<GroupView>();
        if (groupsShown) {
            for (int i = 0; i < map.groups().size(); i++) {
                var g = map.groups().get(i);
                var reps = new ArrayList<Representative>();
                for (var r : g.representative()) {
                    String text = texts.get(statementId(stored, r.statement()));
                    if (text != null && reps.size() < LISTED) {
                        reps.add(new Representative(statementId(stored, r.statement()), text, r.agree(), (int)
                                Math.round(100 * r.share())));
                    }
                }
                groups.add(
                        new GroupView(i, g.members().size(), Integer.valueOf(i).equals(mine), reps));
            }
        }
        // shares by statement index, then group (-1: everyone)
        Map<Integer, List<OpinionMap.Shares>> byStatement = new HashMap<>();
        for (var s : map.shares()) {
            byStatement.computeIfAbsent(s.statement(), k -> new ArrayList<>()).add(s);
        }
        var consensus = shares(map.consensus(), stored, texts, byStatement, groupsShown, groupIndex, LISTED);
        var divisive = groupsShown
                ? shares(map.divisive(), stored, texts, byStatement, true, groupIndex, LISTED)
                : List.<StatementShares>of();
        var mostVoted = byStatement.entrySet().stream()
                .sorted(Comparator.comparingInt(
                                (Map.Entry<Integer, List<OpinionMap.Shares>> e) -> -everyone(e.getValue()))
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey)
                .toList();
        var statements = shares(mostVoted, stored, texts, byStatement, groupsShown, groupIndex, STATEMENTS);
        return new ResultsPage(
                access.initiative(),
                access.instance(),
                state.computedAt(),
                state.votesCounted() == null ? 0 : state.votesCounted(),
                state.stale(),
                chart.points().size(),
                groupsShown,
                chart,
                groups,
                consensus,
                divisive,
                statements,
                mine);
    }

    private static int everyone(List<OpinionMap.Shares> shares) {
        return shares.stream()
                .filter(s -> s.group() == -1)
                .mapToInt(s -> s.agree() + s.disagree() + s.pass())
                .sum();
    }

    private static long statementId(StoredMap stored, int index) {
        return Long.parseLong(stored.statements().get(index));
    }

    private static List<StatementShares> shares(
            List<Integer> indexes,
            StoredMap stored,
            Map<Long, String> texts,
            Map<Integer, List<OpinionMap.Shares>> byStatement,
            boolean groupsShown,
            Map<Integer, Integer> groupIndex,
            int limit) {
        var out = new ArrayList<StatementShares>();
        for (int index : indexes) {
            if (out.size() >= limit) {
                break;
            }
            long id = statementId(stored, index);
            String text = texts.get(id);
            if (text == null) {
                continue; // rejected since the map was computed
            }
            var rows = new ArrayList<Share>();
            for (var s : byStatement.getOrDefault(index, List.of())) {
                if (s.group() == -1) {
                    rows.add(0, new Share(null, s.agree(), s.disagree(), s.pass()));
                } else if (groupsShown && groupIndex.containsKey(s.group())) {
                    rows.add(new Share(groupIndex.get(s.group()), s.agree(), s.disagree(), s.pass()));
                }
            }
            rows.sort(Comparator.comparing(r -> r.group() == null ? -1 : r.group()));
            out.add(new StatementShares(id, text, rows));
        }
        return out;
    }

    /** The participants scaled into the drawing, coloured by group when groups are shown, with hulls. */
    static Chart chart(OpinionMap map, boolean groupsShown, Map<Integer, Integer> groupIndex, int viewerIndex) {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (var p : map.placed()) {
            minX = Math.min(minX, p.x());
            maxX = Math.max(maxX, p.x());
            minY = Math.min(minY, p.y());
            maxY = Math.max(maxY, p.y());
        }
        double spanX = maxX - minX;
        double spanY = maxY - minY;
        var points = new ArrayList<Point>();
        Point me = null;
        Map<Integer, List<Point>> members = new HashMap<>();
        for (var p : map.placed()) {
            int x = (int) Math.round(spanX > 0 ? MARGIN + (p.x() - minX) / spanX * (WIDTH - 2 * MARGIN) : WIDTH / 2.0);
            int y = (int)
                    Math.round(spanY > 0 ? MARGIN + (p.y() - minY) / spanY * (HEIGHT - 2 * MARGIN) : HEIGHT / 2.0);
            int group = groupsShown ? groupIndex.getOrDefault(p.group(), -1) : -1;
            var point = new Point(x, y, group);
            points.add(point);
            if (group >= 0) {
                members.computeIfAbsent(group, k -> new ArrayList<>()).add(point);
            }
            if (p.participant() == viewerIndex) {
                me = point;
            }
        }
        var hulls = new ArrayList<Hull>();
        members.forEach((group, ps) -> hulls.add(hull(group, ps)));
        hulls.sort(Comparator.comparingInt(Hull::group));
        return new Chart(WIDTH, HEIGHT, points, hulls, me);
    }

    /** The convex hull of a group's points (Andrew's monotone chain), as SVG polygon points, and its centre. */
    static Hull hull(int group, List<Point> points) {
        var sorted = points.stream()
                .distinct()
                .sorted(Comparator.comparingInt(Point::x).thenComparingInt(Point::y))
                .toList();
        var hull = new ArrayList<Point>();
        if (sorted.size() < 3) {
            hull.addAll(sorted);
        } else {
            for (int pass = 0; pass < 2; pass++) {
                int start = hull.size();
                for (int i = 0; i < sorted.size(); i++) {
                    var p = pass == 0 ? sorted.get(i) : sorted.get(sorted.size() - 1 - i);
                    while (hull.size() >= start + 2
                            && cross(hull.get(hull.size() - 2), hull.get(hull.size() - 1), p) <= 0) {
                        hull.remove(hull.size() - 1);
                    }
                    hull.add(p);
                }
                hull.remove(hull.size() - 1);
            }
        }
        var text = new StringBuilder();
        long sx = 0;
        long sy = 0;
        for (var p : hull) {
            text.append(p.x()).append(',').append(p.y()).append(' ');
        }
        for (var p : points) {
            sx += p.x();
            sy += p.y();
        }
        return new Hull(group, text.toString().trim(), (int) (sx / points.size()), (int) (sy / points.size()));
    }

    private static long cross(Point o, Point a, Point b) {
        return (long) (a.x() - o.x()) * (b.y() - o.y()) - (long) (a.y() - o.y()) * (b.x() - o.x());
    }
}
