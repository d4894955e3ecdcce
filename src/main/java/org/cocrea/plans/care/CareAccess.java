package org.cocrea.plans.care;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.cocrea.accounts.Accounts;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Status;
import org.cocrea.initiatives.ToolInstance;
import org.cocrea.plans.plan.PlanService;
import org.cocrea.plans.plan.PlanTool;
import org.cocrea.plans.privacy.AuditEntry;
import org.cocrea.plans.privacy.AuditRepository;
import org.cocrea.plans.privacy.ConsentRequired;
import org.cocrea.plans.privacy.PlanPrivacy;
import org.cocrea.platform.SignedInPerson;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * How the tools around the plan (needs, actions and diary, ladder, reviews) are reached: exactly like the
 * plan itself, only by people with a role in the individual initiative, everyone else getting "not found";
 * and every read and write is written to the same audit log, under the tool instance it touched.
 */
@Service
public class CareAccess {
    /** A member's access to one tool instance, with the remote address the audit records. */
    public record Opened(
            ToolInstance instance,
            Initiative initiative,
            MemberRole role,
            Map<Long, MemberRole> members,
            SignedInPerson me,
            String from) {
        public long id() {
            return instance.id();
        }

        public long personId() {
            return me.personId();
        }

        public Side side() {
            return Side.of(role).orElse(null);
        }
    }

    private final Initiatives initiatives;
    private final Accounts accounts;
    private final AuditRepository audit;

    private final PlanPrivacy privacy;

    CareAccess(Initiatives initiatives, Accounts accounts, AuditRepository audit, PlanPrivacy privacy) {
        this.initiatives = initiatives;
        this.accounts = accounts;
        this.audit = audit;
        this.privacy = privacy;
    }

    /** A role in the initiative is required, not mere visibility: admins and outsiders learn nothing. */
    public Opened open(long instanceId, String toolId, SignedInPerson me, String from) {
        if (me == null) {
            throw notFound();
        }
        var instance = initiatives
                .toolInstance(instanceId)
                .filter(i -> i.toolId().equals(toolId))
                .orElseThrow(CareAccess::notFound);
        var initiative = initiatives.visible(instance.initiativeId(), me).orElse(null);
        // The whole membership in one query: the caller's role, and the care team the pages list.
        var members = initiatives.roles(instance.initiativeId());
        var role = initiative == null ? null : members.get(me.personId());
        // A proxy without the citizen's consent does not see the initiative (Initiatives#role) but knows it exists.
        if (initiative == null && members.get(me.personId()) == MemberRole.PROXY) {
            throw new ConsentRequired(instanceId);
        }
        if (role == null) {
            return emergency(instance, members, me, from);
        }
        // As on the plan itself: a proxy acts for the citizen only with the citizen's recorded consent.
        if (role == MemberRole.PROXY && !privacy.proxyMayAct(initiative.id(), me.personId())) {
            throw new ConsentRequired(instanceId);
        }
        return new Opened(instance, initiative, role, members, me, from);
    }

    /**
     * An admin with an open emergency access to the plan of this initiative reads its tools as an observer (no
     * tool action allows that role, so nothing can be written), every read audited under their name; everyone
     * else without a role gets "not found".
     */
    private Opened emergency(ToolInstance instance, Map<Long, MemberRole> members, SignedInPerson me, String from) {
        if (!me.isAdmin()) {
            throw notFound();
        }
        var plan = sibling(instance.initiativeId(), PlanTool.ID).orElseThrow(CareAccess::notFound);
        if (privacy.emergencyAccess(plan, me).isEmpty()) {
            throw notFound();
        }
        var initiative = initiatives.known(instance.initiativeId(), me).orElseThrow(CareAccess::notFound);
        return new Opened(instance, initiative, MemberRole.OBSERVER, members, me, from);
    }

    public void audit(Opened a, String action, String detail) {
        audit.record(a.id(), a.personId(), action, detail, a.from());
    }

    /** The audit of one tool instance, newest first; reading it is recorded too. */
    @org.springframework.transaction.annotation.Transactional
    java.util.List<AuditEntry> auditLog(Opened a) {
        audit(a, "audit.read", null);
        return audit.of(a.id(), PlanService.AUDIT_SHOWN);
    }

    /**
     * A member whose role does not allow the action gets 403. The role is the one read when this request opened
     * the tool, so a write does not ask the initiatives module the same questions a second time.
     */
    public void require(Opened a, String action) {
        if (!may(a, action)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    /**
     * For showing or hiding forms: the same rule as {@link Initiatives#mayDo} (the tool's roles for the action,
     * not archived) applied to the role already asked for, so a page does not repeat those queries per form.
     */
    public boolean may(Opened a, String action) {
        if (a.initiative().status() == Status.ARCHIVED) {
            return false;
        }
        return initiatives
                .tool(a.instance().toolId())
                .map(t -> t.actions().getOrDefault(action, Set.of()).contains(a.role()))
                .orElse(false);
    }

    /** The care team: everyone with a role in the initiative, with their display names, in joining order. */
    public Map<Long, String> team(Opened a) {
        var roles = a.members();
        var names = names(roles.keySet());
        var team = new LinkedHashMap<Long, String>();
        roles.keySet().forEach(id -> team.put(id, names.getOrDefault(id, "—")));
        return team;
    }

    /** The membership as it is now, for checks before a write (not the one read when the page opened). */
    public Map<Long, MemberRole> roles(Opened a) {
        return initiatives.roles(a.initiative().id());
    }

    public Map<Long, String> names(Collection<Long> ids) {
        var names = new HashMap<Long, String>();
        if (!ids.isEmpty()) {
            accounts.people(ids).forEach((id, p) -> names.put(id, p.deleted() ? "—" : p.name()));
        }
        return names;
    }

    /** The tool instance of {@code toolId} in the same initiative, if the care team placed one. */
    public java.util.Optional<ToolInstance> sibling(Opened a, String toolId) {
        return sibling(a.initiative().id(), toolId);
    }

    public java.util.Optional<ToolInstance> sibling(long initiativeId, String toolId) {
        return initiatives.toolInstancesOf(initiativeId).stream()
                .filter(i -> i.toolId().equals(toolId))
                .findFirst();
    }

    public void touch(Opened a) {
        initiatives.touch(a.initiative().id());
    }

    public static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
