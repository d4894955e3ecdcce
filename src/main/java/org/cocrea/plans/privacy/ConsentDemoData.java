package org.cocrea.plans.privacy;

import java.util.Map;
import org.cocrea.accounts.Accounts;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.plans.care.CareDemoData;
import org.cocrea.plans.plan.PlansDemoData;
import org.cocrea.platform.DemoMode;
import org.cocrea.platform.DemoSeed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * After the demo initiatives and their tools: in the demo's individual initiatives the citizen has consented to
 * the family proxy acting for them and to sharing their plan data, so every demo page works as it would for
 * real. Only initiatives with no consent recorded yet are touched, so a withdrawal is never undone.
 */
@Component
class ConsentDemoData implements DemoSeed {
    static final String CITIZEN = "citizen@example.org";
    static final String PROXY = "parent@example.org";

    private final DemoMode demo;
    private final Initiatives initiatives;
    private final Accounts accounts;
    private final ConsentRepository consents;

    ConsentDemoData(DemoMode demo, Initiatives initiatives, Accounts accounts, ConsentRepository consents) {
        this.demo = demo;
        this.initiatives = initiatives;
        this.accounts = accounts;
        this.consents = consents;
    }

    /** Consents cover the plan and the other care tools, so those come first. */
    @Override
    public java.util.Set<Class<? extends DemoSeed>> after() {
        return java.util.Set.of(PlansDemoData.class, CareDemoData.class);
    }

    @Override
    @Transactional
    public void seed() {
        var citizen = accounts.personByEmail(CITIZEN).orElse(null);
        var proxy = accounts.personByEmail(PROXY).orElse(null);
        if (!demo.claimed() || citizen == null || proxy == null) {
            return;
        }
        // Every initiative with a tool is reached through the tool's instances.
        initiatives.tools().stream()
                .flatMap(tool -> initiatives.toolInstances(tool.id()).stream())
                .map(i -> i.initiativeId())
                .distinct()
                .filter(id -> {
                    Map<Long, MemberRole> roles = initiatives.roles(id);
                    return roles.get(citizen.id()) == MemberRole.CITIZEN && roles.get(proxy.id()) == MemberRole.PROXY;
                })
                .filter(id -> consents.of(id).isEmpty())
                .forEach(id -> {
                    consents.give(id, citizen.id(), proxy.id(), ConsentScope.ACT_FOR_CITIZEN);
                    consents.give(id, citizen.id(), null, ConsentScope.SHARE_DATA);
                });
    }
}
