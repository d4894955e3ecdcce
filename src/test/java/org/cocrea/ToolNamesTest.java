package org.cocrea;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cocrea.initiatives.Tool;
import org.cocrea.initiatives.ToolInstance;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;

/**
 * ADR 7: a tool has one name. Its module (for the care tools of {@code plans}, its sub-package), its id, the first
 * segment of its routes, its message bundle and template folder are the same word, and its display name exists in
 * English and Italian.
 */
@WebTest
class ToolNamesTest {
    @Autowired
    List<Tool> tools;

    @Autowired
    MessageSource messages;

    @Test
    void eachToolHasOneName() {
        var wrong = new ArrayList<String>();
        for (Tool tool : tools) {
            String[] packages = tool.getClass().getPackageName().split("\\.");
            String module = packages[2];
            boolean care = module.equals("plans");
            String name = care ? packages[packages.length - 1] : module;
            var instance = new ToolInstance(7, 1, tool.phases().iterator().next(), tool.id(), null);
            String path = tool.path(instance);
            String expectedPath = care ? "/plans/" + (name.equals("plan") ? "" : name + "/") + "7" : "/" + name + "/7";
            if (!tool.id().equals(name)) {
                wrong.add(tool.getClass().getSimpleName() + ": id " + tool.id() + ", module " + name);
            }
            if (!path.equals(expectedPath)) {
                wrong.add(tool.getClass().getSimpleName() + ": path " + path + ", expected " + expectedPath);
            }
            if (!care) {
                for (String file : List.of(
                        "src/main/resources/messages/" + name + ".properties",
                        "src/main/resources/messages/" + name + "_it.properties",
                        "src/main/jte/" + name)) {
                    if (!Files.exists(Path.of(file))) {
                        wrong.add(tool.getClass().getSimpleName() + ": no " + file);
                    }
                }
                if (!tool.nameKey().startsWith(name + ".")) {
                    wrong.add(tool.getClass().getSimpleName() + ": name key " + tool.nameKey());
                }
            }
            for (Locale locale : List.of(Locale.ENGLISH, Locale.ITALIAN)) {
                try {
                    messages.getMessage(tool.nameKey(), null, locale);
                } catch (NoSuchMessageException e) {
                    wrong.add(tool.getClass().getSimpleName() + ": no name in " + locale);
                }
            }
        }
        assertThat(tools).hasSizeGreaterThanOrEqualTo(9);
        assertThat(wrong).isEmpty();
    }
}
