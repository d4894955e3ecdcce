package org.cocrea.plans;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.plans.plan.GoalForm;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A valid new-goal form: a description, the five written levels, importance 2 and difficulty 3 (weight 6). */
public final class GoalParams {
    public static final String[] LEVELS = {
        "Non esce mai di casa",
        "Esce una volta a settimana",
        "Esce tre volte a settimana",
        "Esce ogni giorno",
        "Esce ogni giorno e incontra gli amici"
    };

    private GoalParams() {}

    public static Map<String, String> valid(String description) {
        var params = new LinkedHashMap<String, String>();
        params.put("goal", description);
        for (int i = 0; i < LEVELS.length; i++) {
            params.put(GoalForm.LEVEL_FIELDS.get(i), LEVELS[i]);
        }
        params.put("importance", "2");
        params.put("difficulty", "3");
        return params;
    }

    public static MockHttpServletRequestBuilder with(MockHttpServletRequestBuilder request, String description) {
        valid(description).forEach(request::param);
        return request;
    }
}
