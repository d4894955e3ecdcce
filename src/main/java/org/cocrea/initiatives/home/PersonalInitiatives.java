package org.cocrea.initiatives.home;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.ProxyConsent;
import org.cocrea.initiatives.ServiceDomain;
import org.cocrea.initiatives.TimelinePhase;
import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.MyInitiatives;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The home's list of the person's initiatives: citizens and proxies see their own plan, members the groups and
 * collective initiatives they joined; in individual initiatives the care team's members find them as their
 * caseload, and owners and facilitators of the others as the initiatives they facilitate.
 */
@Component
class PersonalInitiatives implements MyInitiatives {
    private final HomeRepository home;
    private final ObjectProvider<ProxyConsent> consent;
    private final java.time.ZoneId zone;

    PersonalInitiatives(HomeRepository home, ObjectProvider<ProxyConsent> consent, CocreaSettings settings) {
        this.home = home;
        this.consent = consent;
        this.zone = settings.timeZone();
    }

    @Override
    public List<Entry> of(long personId) {
        var memberships = home.memberships(personId);
        Set<Long> acting =
                memberships.stream().anyMatch(m -> m.role() == MemberRole.PROXY) ? actingFor(personId) : Set.of();
        LocalDate today = LocalDate.now(zone);
        return memberships.stream()
                .filter(m -> m.role() != MemberRole.PROXY || acting.contains(m.id()))
                .map(m -> entry(m, today))
                .toList();
    }

    private Set<Long> actingFor(long personId) {
        var recorded = consent.getIfAvailable();
        return recorded == null ? Set.of() : recorded.initiativesActingFor(personId);
    }

    static Group group(Level level, MemberRole role) {
        if (role == MemberRole.CITIZEN || role == MemberRole.PROXY) {
            return Group.MINE;
        }
        if (level == Level.INDIVIDUAL) {
            return Group.CASELOAD;
        }
        return role.facilitates() ? Group.FACILITATED : Group.MINE;
    }

    private static Entry entry(HomeRepository.Membership m, LocalDate today) {
        // The initiative's own rule of the active phase and cycle, on what the home read.
        var initiative = new Initiative(
                m.id(),
                m.title(),
                "",
                "",
                0,
                null,
                ServiceDomain.values()[0],
                m.level(),
                m.status(),
                Set.of(),
                Set.of(),
                null,
                null,
                m.phaseOverride(),
                m.cycleOverride(),
                m.timeline(),
                null,
                null,
                null);
        var phase = initiative.activePhase(today).orElse(null);
        LocalDate ends = null;
        if (phase != null) {
            int cycle = initiative.activeCycle(today).orElse(1);
            ends = m.timeline().stream()
                    .filter(p -> p.phase() == phase && p.cycle() == cycle)
                    .map(TimelinePhase::end)
                    .findFirst()
                    .orElse(null);
        }
        return new Entry(
                m.id(),
                m.title(),
                m.level().code(),
                m.role().code(),
                phase == null ? null : phase.code(),
                ends,
                group(m.level(), m.role()));
    }
}
