package org.cocrea;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {
    /** Read once for the class: importing the classes is most of this test's time (JUnit makes one instance a test). */
    private static final ApplicationModules modules = ApplicationModules.of(CocreaApplication.class);

    /**
     * Modulith refuses cycles, references to another module's internals (anything outside its root package and
     * named interfaces) and, since every module declares them, dependencies its package-info does not allow.
     */
    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
        assertThat(modules.stream().map(m -> m.getIdentifier().toString())).contains("platform", "accounts");
    }

    /**
     * A module that declares nothing may depend on any other, so a new dependency would go unnoticed: every
     * module says which modules it may use (an empty list for the ones that use none).
     */
    @Test
    void everyModuleDeclaresTheModulesItMayUse() {
        var undeclared = new TreeSet<String>();
        for (var module : modules) {
            var declared = declaration(module.getBasePackage().getName());
            if (declared == null
                    || Arrays.asList(declared.allowedDependencies()).contains(ApplicationModule.OPEN_TOKEN)) {
                undeclared.add(module.getIdentifier().toString());
            }
        }
        assertThat(undeclared)
                .as("modules without allowedDependencies in package-info")
                .isEmpty();
    }

    /**
     * The demo seeds run in the order of the modules' declared dependencies (read without this model, which costs
     * seconds at every start): the declarations must name every module a module really uses, so that no seed runs
     * before the data it reads.
     */
    @Test
    void theDemoSeedsOrderSeesEveryRealDependency() {
        var missing = new TreeSet<String>();
        for (var module : modules) {
            String id = module.getIdentifier().toString();
            var declared = org.cocrea.platform.DemoSeeds.declaredDependencies("org.cocrea", id);
            module.getDirectDependencies(modules)
                    .uniqueModules()
                    .map(d -> d.getIdentifier().toString())
                    .filter(d -> !declared.contains(d))
                    .forEach(d -> missing.add(id + " -> " + d));
        }
        assertThat(missing)
                .as("real dependencies the demo seeds' order would not see")
                .isEmpty();
    }

    /**
     * What other modules may use is what `docs/architecture.md` says each module offers: every public top-level
     * type of a module's API (root package and named interfaces) is named, in backticks, in its row there.
     */
    @Test
    void theArchitectureListsEveryModulesApi() throws IOException {
        List<String> doc = Files.readAllLines(Path.of("docs/architecture.md"));
        var missing = new ArrayList<String>();
        for (var module : modules) {
            String id = module.getIdentifier().toString();
            String row = doc.stream()
                    .filter(line -> line.startsWith("| `" + id + "` |"))
                    .findFirst()
                    .orElse("");
            for (var api : module.getNamedInterfaces()) {
                api.asJavaClasses()
                        .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
                        .filter(c -> c.isTopLevelClass() && !c.getSimpleName().equals("package-info"))
                        .map(JavaClass::getSimpleName)
                        .filter(name -> !row.contains("`" + name + "`") && !row.contains("`" + name + "("))
                        .forEach(name -> missing.add(id + ": " + name));
            }
        }
        assertThat(missing)
                .as("API types not named in their module's row of docs/architecture.md")
                .isEmpty();
    }

    private static ApplicationModule declaration(String basePackage) {
        try {
            return Class.forName(basePackage + ".package-info").getAnnotation(ApplicationModule.class);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules)
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        assertThat(new java.io.File("target/spring-modulith-docs/components.puml"))
                .exists();
    }
}
