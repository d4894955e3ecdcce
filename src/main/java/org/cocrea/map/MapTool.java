package org.cocrea.map;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.cocrea.initiatives.DeclaredTool;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Phase;
import org.springframework.stereotype.Component;

/**
 * Designing on a map (issue 15): co-design, collective and group levels. Members and facilitators draw points, lines
 * and polygons; facilitators set the categories and hide features; members comment on each feature (the comments module). Its export is the GeoJSON of the shown features.
 */
@Component
class MapTool extends DeclaredTool {
    static final String ID = "map";
    static final String DRAW = "draw";
    static final String MODERATE = "moderate";
    static final String COMMENT = org.cocrea.comments.Comments.ACTION;
    /** The kind of a feature's thread in the comments module. */
    static final String FEATURE = "feature";

    static final String GEOJSON = "geojson";

    static final Map<String, Set<MemberRole>> ACTIONS = Map.of(
            DRAW, EnumSet.of(MemberRole.OWNER, MemberRole.FACILITATOR, MemberRole.MEMBER, MemberRole.CITIZEN),
            COMMENT, EnumSet.of(MemberRole.OWNER, MemberRole.FACILITATOR, MemberRole.MEMBER, MemberRole.CITIZEN),
            MODERATE, EnumSet.of(MemberRole.OWNER, MemberRole.FACILITATOR));

    MapTool() {
        super(ID, EnumSet.of(Phase.CO_DESIGN), EnumSet.of(Level.COLLECTIVE, Level.GROUP), ACTIONS, GEOJSON);
    }
}
