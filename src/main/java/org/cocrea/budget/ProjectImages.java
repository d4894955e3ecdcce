package org.cocrea.budget;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.platform.Images;
import org.cocrea.platform.Picture;
import org.springframework.stereotype.Component;

/** Budget projects' pictures (budget_project.image_id, platform.Images): stored with the project, shown on cards. */
@Component
class ProjectImages {
    private final Images images;

    ProjectImages(Images images) {
        this.images = images;
    }

    Images images() {
        return images;
    }

    /** The pictures of these projects by project id, read in one statement. */
    Map<Long, Picture> of(List<BudgetProject> projects) {
        var pictures =
                images.pictures(projects.stream().map(BudgetProject::imageId).toList());
        var byProject = new HashMap<Long, Picture>();
        for (var p : projects) {
            if (p.imageId() != null && pictures.containsKey(p.imageId())) {
                byProject.put(p.id(), pictures.get(p.imageId()));
            }
        }
        return byProject;
    }
}
