package org.cocrea.updates;

import org.cocrea.initiatives.Initiatives;
import org.cocrea.platform.DemoMode;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** After the demo initiatives exist (order 20): a first post in every empty updates instance. */
@Component
@Order(30)
class UpdatesDemoData implements ApplicationRunner {
    private final DemoMode demo;
    private final Initiatives initiatives;
    private final UpdateRepository posts;

    UpdatesDemoData(DemoMode demo, Initiatives initiatives, UpdateRepository posts) {
        this.demo = demo;
        this.initiatives = initiatives;
        this.posts = posts;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.claimed()) {
            return;
        }
        for (var instance : initiatives.toolInstances(UpdatesTool.ID)) {
            if (posts.count(instance.id()) == 0) {
                posts.add(
                        instance.id(),
                        null,
                        "Benvenuti / Welcome",
                        "Questo spazio raccoglie gli **aggiornamenti** della fase.\n\n"
                                + "This space collects the **updates** of this phase.");
            }
        }
    }
}
