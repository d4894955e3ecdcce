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
import org.cocrea.plans.privacy.AuditEntry;
import org.cocrea.plans.privacy.AuditRepository;
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

    private final PlanGate gate;

    CareAccess(Initiatives initiatives, Accounts accounts, AuditRepository audit, PlanGate gate) {
        this.initiatives = initiatives;
        this.accounts = accounts;
        this.audit = audit;
        this.gate = gate;
    }

    /**
     * Opens a tool around the plan through the one gate of the plan tools ({@link PlanGate}: role, consent,
     * emergency access), with the whole membership read in one query for the care team the pages list.
     */
    public Opened open(long instanceId, String toolId, SignedInPerson me, String from) {
        var e = gate.open(instanceId, toolId, me, from);
        var members = initiatives.roles(e.initiative().id());
        return new Opened(e.instance(), e.initiative(), e.role(), members, me, from);
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
        return gate.sibling(initiativeId, toolId);
    }

    public void touch(Opened a) {
        initiatives.touch(a.initiative().id());
    }
}
