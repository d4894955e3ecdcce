package org.cocrea.plans.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Phase;
import org.junit.jupiter.api.Test;

class AgreementTest {
    private static Signature sign(int version, long who, MemberRole role, boolean matches) {
        return new Signature(version, who, role, OffsetDateTime.now(), "h", matches);
    }

    @Test
    void agreedWhenTheCitizenSideAndTheCaseManagerSignTheSameVersion() {
        assertThat(PlanService.agreedVersion(List.of())).isNull();
        assertThat(PlanService.agreedVersion(List.of(sign(1, 1, MemberRole.CITIZEN, true))))
                .isNull();
        assertThat(PlanService.agreedVersion(
                        List.of(sign(2, 1, MemberRole.CITIZEN, true), sign(1, 2, MemberRole.OWNER, true))))
                .isNull();
        assertThat(PlanService.agreedVersion(
                        List.of(sign(2, 1, MemberRole.PROXY, true), sign(2, 2, MemberRole.OWNER, true))))
                .isEqualTo(2);
        // A facilitator is care team but not the case manager.
        assertThat(PlanService.agreedVersion(
                        List.of(sign(2, 1, MemberRole.CITIZEN, true), sign(2, 3, MemberRole.FACILITATOR, true))))
                .isNull();
    }

    @Test
    void aBrokenSignatureDoesNotAgree() {
        assertThat(PlanService.agreedVersion(
                        List.of(sign(3, 1, MemberRole.CITIZEN, false), sign(3, 2, MemberRole.OWNER, true))))
                .isNull();
    }

    @Test
    void theToolLivesInTheCoDesignOfIndividualInitiativesOnly() {
        var tool = new PlanTool();
        assertThat(tool.suits(Phase.CO_DESIGN, Level.INDIVIDUAL)).isTrue();
        assertThat(tool.suits(Phase.CO_DESIGN, Level.GROUP)).isFalse();
        assertThat(tool.suits(Phase.CO_DELIVERY, Level.INDIVIDUAL)).isFalse();
        assertThat(tool.actions().get(PlanTool.SIGN))
                .containsExactlyInAnyOrder(MemberRole.CITIZEN, MemberRole.PROXY, MemberRole.OWNER);
    }
}
