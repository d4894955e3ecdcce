package org.cocrea.opinions;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.opinions.analysis.Analysis;
import org.cocrea.opinions.analysis.Conversation;
import org.cocrea.opinions.analysis.Method;
import org.cocrea.opinions.analysis.OpinionMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Recomputes opinion maps in the background, so a vote never waits for the analysis. Every second each node looks
 * for conversations whose map is out of date and was computed more than {@link #DEBOUNCE} ago; it claims one with a
 * conditional UPDATE of its row (so one computation at a time per conversation, across nodes), reads the votes,
 * analyses them and stores the map as JSON with the number of votes it counted. Votes cast meanwhile mark it out
 * of date again, so the map follows new votes within about {@code DEBOUNCE + 1 s + computation}.
 */
@Component
class Recompute {
    static final Duration DEBOUNCE = Duration.ofSeconds(2);
    static final Duration HOLD = Duration.ofMinutes(2);
    private static final Logger LOG = LoggerFactory.getLogger(Recompute.class);
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/" + java.util.UUID.randomUUID();

    private final OpinionRepository repository;

    Recompute(OpinionRepository repository) {
        this.repository = repository;
    }

    /** One round; in tests the round is run by hand ({@code test.opinions.recompute-every} is long there). */
    @Scheduled(
            fixedDelayString = "${test.opinions.recompute-every:PT1S}",
            initialDelayString = "${test.opinions.recompute-every:PT1S}")
    void round() {
        for (long instance : repository.due(OpinionRepository.now().minus(DEBOUNCE))) {
            computeIfClaimed(instance);
        }
    }

    /** Computes the conversation's map now if no other node or round is at it; true when this call computed it. */
    boolean computeIfClaimed(long instance) {
        if (!repository.claim(instance, OpinionRepository.now().plus(HOLD), node)) {
            return false;
        }
        try {
            var at = OpinionRepository.now();
            var state = repository.conversationOrDefaults(instance);
            var votes = repository.votes(instance);
            var method = "polis".equals(state.method()) ? Method.POLIS : Method.COCREA;
            // Polis' method keeps its k smoother from one update to the next, as Polis' math worker does.
            var previous =
                    method == Method.POLIS ? repository.smoother(instance).orElse(null) : null;
            var computed = analyse(votes, method, instance, previous);
            repository.store(instance, node, computed.map().json(), computed.smoother(), votes.size(), at);
            return true;
        } catch (RuntimeException e) {
            LOG.warn("Opinion map of conversation {} not computed", instance, e);
            repository.release(instance, node, DEBOUNCE);
            return false;
        }
    }

    /** A map to store and, for Polis' method, the k smoother to keep for the next update. */
    record Computed(StoredMap map, Analysis.KSmoother smoother) {}

    /**
     * The analysis of the votes, with participant and statement ids as text; the seed is the conversation's id and
     * {@code previous} the smoother the last update left (null: the first update, or the latent-class method).
     */
    static Computed analyse(
            List<OpinionRepository.VoteRow> votes, Method method, long seed, Analysis.KSmoother previous) {
        var participants = new ArrayList<String>();
        var statements = new ArrayList<String>();
        Map<Long, Integer> participantIndex = new HashMap<>();
        Map<Long, Integer> statementIndex = new HashMap<>();
        int n = votes.size();
        int[] p = new int[n];
        int[] s = new int[n];
        byte[] v = new byte[n];
        for (int i = 0; i < n; i++) {
            var vote = votes.get(i);
            p[i] = participantIndex.computeIfAbsent(vote.participant(), id -> {
                participants.add(String.valueOf(id));
                return participants.size() - 1;
            });
            s[i] = statementIndex.computeIfAbsent(vote.statement(), id -> {
                statements.add(String.valueOf(id));
                return statements.size() - 1;
            });
            v[i] = (byte) vote.vote();
        }
        var conversation = new Conversation(participants, statements, p, s, v);
        OpinionMap map;
        Analysis.KSmoother smoother = previous;
        try {
            var update = Analysis.update(conversation, method, seed, java.util.Set.of(), previous);
            map = update.map();
            smoother = update.smoother();
        } catch (RuntimeException e) {
            // A conversation too small or too uniform to map (one participant, a single statement): no map and no
            // groups, only how everyone voted on each statement, which the page shows from five votes on.
            LOG.info("Conversation {} has no opinion map yet: {}", seed, e.toString());
            map = new OpinionMap(method, List.of(), List.of(), List.of(), List.of(), everyone(conversation));
        }
        return new Computed(new StoredMap(participants, statements, map), smoother);
    }

    /** Each statement's agree, disagree and pass counts over everyone (group -1). */
    static List<OpinionMap.Shares> everyone(Conversation c) {
        int m = c.statements().size();
        int[][] counts = new int[m][3];
        for (int i = 0; i < c.value().length; i++) {
            counts[c.statement()[i]][c.value()[i] > 0 ? 0 : c.value()[i] < 0 ? 1 : 2]++;
        }
        var shares = new ArrayList<OpinionMap.Shares>();
        for (int s = 0; s < m; s++) {
            shares.add(new OpinionMap.Shares(s, -1, counts[s][0], counts[s][1], counts[s][2]));
        }
        return shares;
    }
}
