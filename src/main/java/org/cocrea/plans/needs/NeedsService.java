package org.cocrea.plans.needs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cocrea.plans.PlanContent;
import org.cocrea.plans.care.CareAccess;
import org.cocrea.plans.care.Side;
import org.cocrea.platform.NotFound;
import org.cocrea.platform.Refused;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The needs assessment: each side describes the needs in its own words, each member ranks them, and the
 * agreed priority order is the one both sides confirmed. Every read and write is audited.
 */
@Service
class NeedsService {
    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 4000;
    static final int MAX_NEEDS = 40;

    private final CareAccess access;
    private final NeedRepository needs;

    NeedsService(CareAccess access, NeedRepository needs) {
        this.access = access;
        this.needs = needs;
    }

    CareAccess.Opened open(long id, org.cocrea.platform.SignedInPerson me, String from) {
        return access.open(id, NeedsTool.ID, me, from);
    }

    @Transactional
    NeedsPage page(CareAccess.Opened a) {
        access.audit(a, "needs.read", null);
        var list = needs.of(a.id());
        Map<Long, Need> byId = list.stream().collect(Collectors.toMap(Need::id, Function.identity()));
        var ids = list.stream().map(Need::id).toList();
        var columns = columns(needs.ranks(a.id()), byId, ids);
        var confirmations = needs.confirmations(a.id());
        var orders = orders(confirmations, byId, ids);
        var agreed = agreed(orders);
        var pending = orders.stream().filter(o -> o != agreed).toList();
        var people = new java.util.HashSet<Long>();
        columns.forEach(c -> people.add(c.rankerId()));
        confirmations.forEach(c -> people.add(c.personId()));
        return new NeedsPage(
                a.initiative(),
                a.instance(),
                list,
                columns,
                agreed,
                pending,
                access.names(people),
                a.side(),
                access.may(a, NeedsTool.DESCRIBE),
                access.may(a, NeedsTool.RANK),
                access.may(a, NeedsTool.AGREE),
                Side.of(a.role()).orElse(null) == Side.CITIZEN);
    }

    @Transactional
    void add(CareAccess.Opened a, String domainCode, String title, String text) {
        access.require(a, NeedsTool.DESCRIBE);
        var domain = LifeDomain.fromCode(domainCode == null ? "" : domainCode.strip())
                .orElseThrow(() -> new Refused("domain", "care.need.domain"));
        String cleanTitle = PlanContent.normalise(title);
        if (cleanTitle.isEmpty() || cleanTitle.length() > MAX_TITLE) {
            throw new Refused("title", "care.need.title");
        }
        String cleanText = text(text);
        if (needs.of(a.id()).size() >= MAX_NEEDS) {
            throw new Refused(null, "care.need.tooMany");
        }
        boolean citizen = a.side() == Side.CITIZEN;
        long need =
                needs.add(a.id(), domain, cleanTitle, citizen ? cleanText : "", citizen ? "" : cleanText, a.personId());
        access.audit(a, "need.create", "need " + need);
        access.touch(a);
    }

    /** Each side writes only its own description; the other side's words stay as they were. */
    @Transactional
    void describe(CareAccess.Opened a, long need, String text) {
        access.require(a, NeedsTool.DESCRIBE);
        if (!needs.describe(a.id(), need, a.side(), text(text))) {
            throw new NotFound();
        }
        access.audit(a, "need.describe", "need " + need);
    }

    @Transactional
    void rank(CareAccess.Opened a, Map<String, String> form) {
        access.require(a, NeedsTool.RANK);
        var ids = needs.of(a.id()).stream().map(Need::id).toList();
        var order = Ranking.parse(form, ids);
        try {
            needs.rank(a.id(), a.personId(), a.role(), order);
        } catch (DuplicateKeyException e) {
            throw new Refused(null, "care.rank.duplicate");
        }
        access.audit(a, "ranking.create", null);
    }

    /** Confirms an order of all the current needs; once the other side confirmed the same one, it is agreed. */
    @Transactional
    void confirm(CareAccess.Opened a, String key) {
        access.require(a, NeedsTool.AGREE);
        var ids = needs.of(a.id()).stream().map(Need::id).toList();
        var order = Ranking.ofKey(key, ids).orElseThrow(() -> new Refused(null, "care.agree.stale"));
        try {
            needs.confirm(a.id(), Ranking.key(order), a.personId(), a.role());
        } catch (DuplicateKeyException e) {
            throw new Refused(null, "care.agree.already");
        }
        access.audit(a, "order.confirm", null);
    }

    private static String text(String text) {
        String clean = PlanContent.normalise(text);
        if (clean.isEmpty() || clean.length() > MAX_TEXT) {
            throw new Refused("text", "care.need.text");
        }
        return clean;
    }

    /** One column per ranker, citizen side first, each in rank order. */
    static List<NeedsPage.Column> columns(List<NeedRepository.Rank> ranks, Map<Long, Need> byId, List<Long> ids) {
        var byRanker = ranks.stream()
                .collect(Collectors.groupingBy(NeedRepository.Rank::rankerId, LinkedHashMap::new, Collectors.toList()));
        var columns = new ArrayList<NeedsPage.Column>();
        byRanker.forEach((ranker, rows) -> {
            var order = rows.stream()
                    .sorted(Comparator.comparingInt(NeedRepository.Rank::rank))
                    .map(r -> byId.get(r.needId()))
                    .filter(Objects::nonNull)
                    .toList();
            var rankOf =
                    rows.stream().collect(Collectors.toMap(NeedRepository.Rank::needId, NeedRepository.Rank::rank));
            columns.add(new NeedsPage.Column(
                    ranker,
                    rows.get(0).role(),
                    order,
                    Ranking.complete(rankOf, ids),
                    rows.get(0).at()));
        });
        columns.sort(
                Comparator.comparing((NeedsPage.Column c) -> Side.of(c.role()).orElse(Side.PROFESSIONAL))
                        .thenComparing(c -> c.role().ordinal()));
        return columns;
    }

    /** The confirmed orders that still cover exactly the current needs, in the order they were first confirmed. */
    static List<NeedsPage.Agreed> orders(
            List<NeedsPage.Confirmation> confirmations, Map<Long, Need> byId, List<Long> ids) {
        var byKey = confirmations.stream()
                .collect(Collectors.groupingBy(NeedsPage.Confirmation::order, LinkedHashMap::new, Collectors.toList()));
        var orders = new ArrayList<NeedsPage.Agreed>();
        byKey.forEach((key, rows) -> Ranking.ofKey(key, ids)
                .ifPresent(order -> orders.add(
                        new NeedsPage.Agreed(key, order.stream().map(byId::get).toList(), rows))));
        return orders;
    }

    /** Of the orders both sides confirmed, the one agreed last (its final confirmation is the latest). */
    static NeedsPage.Agreed agreed(List<NeedsPage.Agreed> orders) {
        return orders.stream()
                .filter(NeedsService::bothSides)
                .max(Comparator.comparing(o -> o.confirmations().stream()
                        .map(NeedsPage.Confirmation::at)
                        .max(Comparator.naturalOrder())
                        .orElseThrow()))
                .orElse(null);
    }

    static boolean bothSides(NeedsPage.Agreed order) {
        var sides = EnumSet.noneOf(Side.class);
        order.confirmations().forEach(c -> Side.of(c.role()).ifPresent(sides::add));
        return sides.size() == 2;
    }
}
