package org.cocrea.map;

import java.util.ArrayList;
import java.util.List;
import org.cocrea.initiatives.GeometryText;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.platform.Refused;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** Draws, hides and shows features, and saves the categories; every check before anything is stored. */
@Service
class MapService {
    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_CATEGORY = 100;

    private final MapRepository features;

    MapService(MapRepository features) {
        this.features = features;
    }

    @Transactional
    long draw(ToolAccess map, FeatureForm form) {
        require(map, MapTool.DRAW);
        var problems = new ArrayList<Refused.Problem>();
        String title = FeatureForm.text(form.title());
        String description = FeatureForm.text(form.description());
        String category = FeatureForm.text(form.category());
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            problems.add(new Refused.Problem("title", "map.feature.title.invalid", MAX_TITLE));
        }
        if (description.length() > MAX_DESCRIPTION) {
            problems.add(new Refused.Problem("description", "map.feature.description.invalid", MAX_DESCRIPTION));
        }
        var offered = features.categories(map.id());
        if (offered.isEmpty() ? !category.isEmpty() : !category.isEmpty() && !offered.contains(category)) {
            problems.add(new Refused.Problem("category", "map.feature.category.invalid"));
        }
        GeometryText.Checked geometry = null;
        try {
            geometry = FeatureGeometry.check(
                    form.kind(),
                    form.coordinates(),
                    map.initiative().areaOutline().orElse(null));
        } catch (Refused r) {
            problems.addAll(r.problems());
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        return features.insert(
                map.id(),
                map.person().personId(),
                new MapRepository.Draft(title, category.isEmpty() ? null : category, description),
                geometry);
    }

    @Transactional
    void setHidden(ToolAccess map, long feature, boolean hidden) {
        require(map, MapTool.MODERATE);
        if (!features.setHidden(map.id(), feature, hidden)) {
            throw new org.cocrea.platform.NotFound();
        }
    }

    @Transactional
    void saveCategories(ToolAccess map, String text) {
        require(map, MapTool.MODERATE);
        String typed = FeatureForm.text(text);
        List<String> categories = MapRepository.lines(typed);
        if (typed.length() > 2200
                || categories.size() > MapRepository.MAX_CATEGORIES
                || categories.stream().anyMatch(c -> c.length() > MAX_CATEGORY)) {
            throw new Refused("categories", "map.settings.categories.invalid", MapRepository.MAX_CATEGORIES);
        }
        features.saveCategories(map.id(), categories);
    }

    private static void require(ToolAccess map, String action) {
        if (!map.may(action)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
