package org.cocrea.map;

import org.cocrea.comments.CommentItems;
import org.cocrea.initiatives.ToolAccess;
import org.springframework.stereotype.Component;

/** Which features a person may read, for the feature page and for the threads about features. */
@Component
class MapCommentItems implements CommentItems {
    private final MapRepository features;

    MapCommentItems(MapRepository features) {
        this.features = features;
    }

    @Override
    public String toolId() {
        return MapTool.ID;
    }

    @Override
    public boolean readable(ToolAccess map, String kind, long item) {
        return MapTool.FEATURE.equals(kind) && feature(map, item).isPresent();
    }

    /** The feature of this map as the person may see it: a hidden one only for its author and the moderators. */
    java.util.Optional<MapFeature> feature(ToolAccess map, long id) {
        return features.feature(map.id(), id)
                .filter(f -> !f.hidden()
                        || map.may(MapTool.MODERATE)
                        || (map.person() != null
                                && f.authorId() != null
                                && f.authorId() == map.person().personId()));
    }
}
