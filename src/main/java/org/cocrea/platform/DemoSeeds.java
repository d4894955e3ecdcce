package org.cocrea.platform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link DemoSeed} at start-up, when this node claimed the demo, in module-dependency order read from
 * Spring Modulith's model of the application (the same one {@code ModularityTests} verifies): adding a module or a
 * dependency between modules reorders the seeds by itself.
 */
@Component
public class DemoSeeds implements ApplicationRunner {
    private final DemoMode demo;
    private final List<DemoSeed> seeds;
    private final BeanFactory beans;

    DemoSeeds(DemoMode demo, List<DemoSeed> seeds, BeanFactory beans) {
        this.demo = demo;
        this.seeds = seeds;
        this.beans = beans;
    }

    @Override
    public void run(ApplicationArguments args) {
        // With several nodes starting together, only the one that claimed the demo creates it.
        if (seeds.isEmpty() || !demo.claimed()) {
            return;
        }
        ordered().forEach(DemoSeed::seed);
    }

    /** The seeds in the order they run. */
    public List<DemoSeed> ordered() {
        var modules = ApplicationModules.of(AutoConfigurationPackages.get(beans).get(0));
        Map<String, Set<String>> dependsOn = new HashMap<>();
        modules.stream()
                .forEach(m -> dependsOn.put(
                        m.getIdentifier().toString(),
                        m.getDirectDependencies(modules)
                                .uniqueModules()
                                .map(d -> d.getIdentifier().toString())
                                .collect(java.util.stream.Collectors.toSet())));
        Function<Class<?>, String> moduleOf = type -> modules.getModuleByType(type)
                .map(ApplicationModule::getIdentifier)
                .map(Object::toString)
                .orElseThrow(() -> new IllegalStateException(type.getName() + " belongs to no module"));
        return order(seeds, moduleOf, dependsOn);
    }

    /**
     * Orders {@code seeds}: modules in dependency order (a module after every module it depends on; modules
     * independent of each other by name, so the order is the same on every start), and within a module each seed
     * after those it names in {@link DemoSeed#after()} (then by class name).
     */
    static List<DemoSeed> order(
            List<DemoSeed> seeds, Function<Class<?>, String> moduleOf, Map<String, Set<String>> dependsOn) {
        var moduleOrder = topological(new TreeMap<>(dependsOn));
        var byModule = new TreeMap<Integer, Map<Class<?>, DemoSeed>>();
        for (DemoSeed seed : seeds) {
            Class<?> type = AopUtils.getTargetClass(seed);
            String module = moduleOf.apply(type);
            int position = moduleOrder.indexOf(module);
            if (position < 0) {
                throw new IllegalStateException("module " + module + " is not in the dependency graph");
            }
            byModule.computeIfAbsent(position, p -> new TreeMap<>(Comparator.comparing(Class::getName)))
                    .put(type, seed);
        }
        var ordered = new ArrayList<DemoSeed>();
        for (var inModule : byModule.values()) {
            var needs = new TreeMap<String, Set<String>>();
            var byName = new LinkedHashMap<String, DemoSeed>();
            inModule.forEach((type, seed) -> {
                byName.put(type.getName(), seed);
                var first = new LinkedHashSet<String>();
                for (var other : seed.after()) {
                    if (!inModule.containsKey(other)) {
                        throw new IllegalStateException(type.getName() + " names " + other.getName()
                                + ", which is no seed of its module (seeds of other modules follow the module graph)");
                    }
                    first.add(other.getName());
                }
                needs.put(type.getName(), first);
            });
            topological(needs).forEach(name -> ordered.add(byName.get(name)));
        }
        return ordered;
    }

    /** Every key after the keys it needs, ties by name; a cycle is a programming error. */
    private static List<String> topological(TreeMap<String, Set<String>> needs) {
        var done = new LinkedHashSet<String>();
        while (done.size() < needs.size()) {
            String next = needs.entrySet().stream()
                    .filter(e -> !done.contains(e.getKey()))
                    .filter(e -> e.getValue().stream().allMatch(n -> done.contains(n) || !needs.containsKey(n)))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("a cycle among " + needs.keySet()));
            done.add(next);
        }
        return List.copyOf(done);
    }
}
