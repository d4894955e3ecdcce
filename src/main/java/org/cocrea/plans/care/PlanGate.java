package org.cocrea.plans.care;

import java.util.Set;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.ToolInstance;
import org.cocrea.plans.plan.PlanTool;
import org.cocrea.plans.privacy.ConsentRequired;
import org.cocrea.plans.privacy.EmergencyAccess;
import org.cocrea.plans.privacy.PlanPrivacy;
import org.cocrea.platform.NotFound;
import org.cocrea.platform.SignedInPerson;
import org.springframework.stereotype.Service;

/**
 * The one place that decides who opens a plan tool (the plan itself and the tools around it: needs, actions
 * and diary, ladder, reviews), so the consent and emergency-access rules are written once:
 *
 * <ul>
 *   <li>a role in the individual initiative is required, not mere visibility: admins and outsiders get "not
 *       found";
 *   <li>a proxy acts for the citizen only with the citizen's recorded, unwithdrawn consent; without it they know
 *       the plan exists and are told why they cannot open it ({@link ConsentRequired});
 *   <li>an administrator with an open emergency access to the plan of the initiative reads the plan and its
 *       tools as an observer (no tool action allows that role, so nothing can be written), every read audited
 *       under their name by the tool that opened it.
 * </ul>
 */
@Service
public class PlanGate {
    /**
     * Someone let through the gate: their role and the tool actions it allows, the remote address the audit
     * records, and for an administrator the open {@code emergency} access they came through (null for members).
     */
    public record Entry(
            ToolInstance instance,
            Initiative initiative,
            MemberRole role,
            Set<String> actions,
            SignedInPerson me,
            String from,
            EmergencyAccess emergency) {}

    private final Initiatives initiatives;
    private final PlanPrivacy privacy;

    PlanGate(Initiatives initiatives, PlanPrivacy privacy) {
        this.initiatives = initiatives;
        this.privacy = privacy;
    }

    /** Opens the instance {@code instanceId} of the plan tool {@code toolId} for {@code me}, or refuses. */
    public Entry open(long instanceId, String toolId, SignedInPerson me, String from) {
        if (me == null) {
            throw new NotFound();
        }
        // One question to the initiatives module decides visibility, role and every tool action at once.
        var tool = initiatives
                .toolAccess(me, instanceId)
                .filter(t -> t.instance().toolId().equals(toolId))
                .orElse(null);
        if (tool == null || tool.role() == null) {
            var instance = initiatives
                    .toolInstance(instanceId)
                    .filter(i -> i.toolId().equals(toolId))
                    .orElseThrow(NotFound::new);
            // A proxy without the citizen's consent has no role as far as the initiatives module is concerned
            // (Initiatives#role); they know the plan exists and are told why they cannot open it.
            if (initiatives.awaitsConsent(instance.initiativeId(), me)) {
                throw new ConsentRequired(instanceId);
            }
            return emergency(instance, me, from);
        }
        var initiative = tool.initiative();
        if (tool.role() == MemberRole.PROXY && !privacy.proxyMayAct(initiative.id(), me.personId())) {
            throw new ConsentRequired(instanceId);
        }
        return new Entry(tool.instance(), initiative, tool.role(), tool.actions(), me, from, null);
    }

    /**
     * The emergency access is opened on the plan; the tools around it are read through the plan's. Everyone
     * else outside the initiative gets "not found".
     */
    private Entry emergency(ToolInstance instance, SignedInPerson me, String from) {
        if (!me.isAdmin()) {
            throw new NotFound();
        }
        var plan = instance.toolId().equals(PlanTool.ID)
                ? instance
                : sibling(instance.initiativeId(), PlanTool.ID).orElseThrow(NotFound::new);
        var open = privacy.emergencyAccess(plan, me).orElseThrow(NotFound::new);
        var initiative = initiatives.known(instance.initiativeId(), me).orElseThrow(NotFound::new);
        return new Entry(instance, initiative, MemberRole.OBSERVER, Set.of(), me, from, open);
    }

    /** The tool instance of {@code toolId} in the initiative, if the care team placed one. */
    public java.util.Optional<ToolInstance> sibling(long initiativeId, String toolId) {
        return initiatives.toolInstancesOf(initiativeId).stream()
                .filter(i -> i.toolId().equals(toolId))
                .findFirst();
    }
}
