package org.cocrea.map;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.Tool;
import org.cocrea.initiatives.ToolInstance;
import org.springframework.stereotype.Component;

/**
 * Designing on a map (issue 15): co-design, collective and group levels. Members and facilitators draw points, lines
 * and polygons; facilitators set the categories and hide features; members comment on each feature (the comments module). Its export is the GeoJSON of the shown features.
 */
@Component
class MapTool implements Tool {
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

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "map.name";
    }

    @Override
    public Set<Phase> phases() {
        return EnumSet.of(Phase.CO_DESIGN);
    }

    @Override
    public Set<Level> levels() {
        return EnumSet.of(Level.COLLECTIVE, Level.GROUP);
    }

    @Override
    public Map<String, Set<MemberRole>> actions() {
        return ACTIONS;
    }

    @Override
    public String path(ToolInstance instance) {
        return "/map/" + instance.id();
    }

    @Override
    public List<String> exports() {
        return List.of(GEOJSON);
    }
}
