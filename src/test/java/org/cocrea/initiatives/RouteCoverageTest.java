package org.cocrea.initiatives;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The permission matrices cover every route of the initiatives and updates modules: each route registered by a
 * controller in {@code org.cocrea.initiatives..} or {@code org.cocrea.updates..} (method + pattern, as Spring
 * registers it, e.g. {@code "POST /initiatives/{id:\\d+}/edit"}) must be named by one of {@link #MATRICES}.
 *
 * <p>How to add routes: a matrix test class declares {@code static final Set<String> ROUTES} with the
 * "METHOD pattern" of every route it checks for the seven kinds of person (best derived from the very list of
 * checks it runs, so a route cannot be declared without being checked). A new route goes into an existing
 * matrix's list of checks, or into a new matrix class whose {@code ROUTES} is added to {@link #MATRICES} here.
 * A declared route that nothing registers fails too, so the lists stay true; static files are the exception.
 */
@InitiativesWebTest
class RouteCoverageTest {
    /** The routes of every permission matrix of these modules; add a new matrix's ROUTES here. */
    static final List<Set<String>> MATRICES = List.of(
            PermissionMatrixTest.ROUTES,
            ProposalPermissionMatrixTest.ROUTES,
            UpdatesExportPermissionTest.ROUTES,
            InvitationPermissionTest.ROUTES);

    /** Declared routes served as static files, which the handler mapping does not list. */
    static final Set<String> STATIC = Set.of("GET /openapi.yaml");

    static final List<String> MODULES = List.of("org.cocrea.initiatives", "org.cocrea.updates");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private static boolean inModules(Class<?> controller) {
        String p = controller.getPackageName();
        return MODULES.stream().anyMatch(m -> p.equals(m) || p.startsWith(m + "."));
    }

    /** Every registered route as "METHOD pattern" (GET for a mapping without methods), of these modules or all. */
    private Set<String> registered(boolean onlyTheseModules) {
        var routes = new TreeSet<String>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (onlyTheseModules && !inModules(handler.getBeanType())) {
                return;
            }
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    routes.add("GET " + pattern);
                }
                methods.forEach(m -> routes.add(m.name() + " " + pattern));
            }
        });
        return routes;
    }

    private static Set<String> declared() {
        var routes = new TreeSet<String>();
        MATRICES.forEach(routes::addAll);
        return routes;
    }

    @Test
    void everyRouteOfTheseModulesIsInAPermissionMatrix() {
        var routes = registered(true);
        // The modules' routes were found: a broken enumeration must not pass by finding nothing.
        assertThat(routes).contains("GET /initiatives/{id:\\d+}", "POST /updates/{id:\\d+}", "GET /proposals");
        assertThat(declared()).containsAll(routes);
    }

    @Test
    void everyDeclaredRouteExists() {
        var missing = new TreeSet<>(declared());
        missing.removeAll(registered(false));
        assertThat(missing).isEqualTo(STATIC);
    }
}
