package org.cocrea.plans.privacy;

import org.cocrea.plans.plan.PlansController;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Gives the plan pages the plan's latest erasure, if any, so they can say that content was erased and why
 * signatures no longer match; the pages themselves decide nothing about access.
 */
@ControllerAdvice(assignableTypes = PlansController.class)
class ErasureNotice {
    private final PlanPrivacy privacy;

    ErasureNotice(PlanPrivacy privacy) {
        this.privacy = privacy;
    }

    @ModelAttribute("erasure")
    Erasure erasure(@PathVariable(name = "id", required = false) Long id) {
        return id == null ? null : privacy.erasure(id).orElse(null);
    }
}
