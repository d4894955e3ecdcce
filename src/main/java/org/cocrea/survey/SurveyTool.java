package org.cocrea.survey;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.cocrea.initiatives.DeclaredTool;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Phase;
import org.springframework.stereotype.Component;

/**
 * Surveys (issue 18): where citizens and professionals assess a service together, and where needs are asked before
 * commissioning or designing one; at every level (a care team asks its citizen too). Facilitators build, open and
 * close the survey, read its results and download its answers ("build"); everyone with a role but observers answers.
 */
@Component
class SurveyTool extends DeclaredTool {
    static final String ID = "survey";
    static final String BUILD = "build";
    static final String ANSWER = "answer";
    static final Set<MemberRole> ANSWERERS = EnumSet.of(
            MemberRole.OWNER, MemberRole.FACILITATOR, MemberRole.MEMBER, MemberRole.CITIZEN, MemberRole.PROXY);

    /**
     * The downloads are linked from the initiative page for every survey (no query per instance there); they answer
     * "not found" to readers until the results are published, as {@code Tool#exportPath} allows.
     */
    SurveyTool() {
        super(
                ID,
                EnumSet.of(Phase.CO_ASSESSMENT, Phase.CO_COMMISSIONING, Phase.CO_DESIGN),
                EnumSet.allOf(Level.class),
                Map.of(BUILD, EnumSet.of(MemberRole.OWNER, MemberRole.FACILITATOR), ANSWER, ANSWERERS),
                "csv",
                "json");
    }
}
