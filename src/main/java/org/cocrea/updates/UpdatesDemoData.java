package org.cocrea.updates;

import org.cocrea.initiatives.Initiatives;
import org.cocrea.platform.DemoSeed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** After the demo initiatives exist: a first post in every empty updates instance. */
@Component
class UpdatesDemoData implements DemoSeed {
    private final Initiatives initiatives;
    private final UpdateRepository posts;

    UpdatesDemoData(Initiatives initiatives, UpdateRepository posts) {
        this.initiatives = initiatives;
        this.posts = posts;
    }

    @Override
    @Transactional
    public void seed() {
        for (var instance : initiatives.toolInstances(UpdatesTool.ID)) {
            if (posts.count(instance.id()) == 0) {
                posts.add(
                        instance.id(),
                        null,
                        "Benvenuti",
                        // The demo is an Italian municipality's: its content is Italian, as residents would write it.
                        "Questo spazio raccoglie gli **aggiornamenti** della fase.");
            }
        }
    }
}
