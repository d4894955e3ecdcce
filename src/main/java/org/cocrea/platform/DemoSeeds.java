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
import org.springframework.stereotype.Component;

/**
 * Runs every {@link DemoSeed} at start-up, when this node claimed the demo, in module-dependency order read from
 * the modules' declared dependencies (those {@code ModularityTests} verifies against the code): adding a module or a
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
        String base = AutoConfigurationPackages.get(beans).get(0);
        Function<Class<?>, String> moduleOf = type -> moduleOf(base, type);
        Map<String, Set<String>> dependsOn = new HashMap<>();
        var pending = new ArrayList<String>();
        seeds.forEach(seed -> pending.add(moduleOf.apply(AopUtils.getTargetClass(seed))));
        while (!pending.isEmpty()) {
            String module = pending.remove(pending.size() - 1);
            if (!dependsOn.containsKey(module)) {
                var declared = declaredDependencies(base, module);
                dependsOn.put(module, declared);
                pending.addAll(declared);
            }
        }
        return order(seeds, moduleOf, dependsOn);
    }

    /**
     * The module a type belongs to: the package right below the application's, as Spring Modulith reads it.
     */
    static String moduleOf(String base, Class<?> type) {
        String name = type.getPackageName();
        if (!name.startsWith(base + ".")) {
            throw new IllegalStateException(type.getName() + " belongs to no module");
        }
        String rest = name.substring(base.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /**
     * The modules a module declares it may depend on, in its {@code package-info.java}. Reading the declaration
     * takes a millisecond, where building Spring Modulith's model of the code (ArchUnit reads every class) took 17
     * seconds of every start with demo data. {@code ModularityTests} checks that each module's real dependencies
     * are among those it declares, so ordering by the declared ones puts every module after those it uses.
     */
    public static Set<String> declaredDependencies(String base, String module) {
        Class<?> info;
        try {
            info = Class.forName(base + "." + module + ".package-info");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("module " + module + " has no package-info.java", e);
        }
        var declaration = info.getAnnotation(org.springframework.modulith.ApplicationModule.class);
        if (declaration == null) {
            throw new IllegalStateException("module " + module + " declares no @ApplicationModule");
        }
        var modules = new java.util.TreeSet<String>();
        for (String dependency : declaration.allowedDependencies()) {
            // "voting :: pabulib" names an interface of the module voting.
            modules.add(dependency.split("::")[0].trim());
        }
        return modules;
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
