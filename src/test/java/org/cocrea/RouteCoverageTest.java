package org.cocrea;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The permission matrices cover every route of every module (issue 12, finding 4): each route registered by a
 * controller in {@code org.cocrea..} (method + pattern, as Spring registers it, e.g. {@code "POST
 * /initiatives/{id:\\d+}/edit"}) must be named by a permission matrix, and every route a matrix names must exist.
 *
 * <p>The matrices are found, not listed: every class under {@code org.cocrea} (test classes included) with a
 * {@code static final Set<String> ROUTES} is one. A matrix derives {@code ROUTES} from the very list of checks it
 * runs for the seven kinds of person (see {@code initiatives.PermissionMatrixTest}), so a route cannot be declared
 * without being checked. A new controller, module or tool needs no edit here: its routes fail this test until a
 * matrix checks them. A static {@code ROUTES} of another type (e.g. a {@code List<Route>}) is not a matrix.
 *
 * <p>Not ours, and so never asked for: routes of handlers outside {@code org.cocrea} (Spring's own) and the
 * actuator endpoints, which another handler mapping serves; and {@link #NOT_CHECKED}.
 */
@WebTest
class RouteCoverageTest {
    /**
     * Our routes that no matrix is asked for: the error page is reached only through the servlet container's
     * error dispatch of another request (for any method), and shows whatever status that request got; every 403
     * and 404 cell of the matrices passes through it.
     */
    static final Set<String> NOT_CHECKED = Set.of("GET /error");

    /**
     * Routes a matrix may check that the controllers' handler mapping does not list: a static file, actuator
     * endpoints and Spring Security's passkey endpoints (what the security rules let through is still ours to check).
     */
    static final Set<String> SERVED_ELSEWHERE = Set.of(
            "GET /openapi.yaml",
            "GET /actuator/health",
            "GET /actuator/prometheus",
            // Spring Security's WebAuthn filters (passkeys, ADR 0031; accounts.PasskeyPermissionMatrixTest).
            "POST /webauthn/register/options",
            "POST /webauthn/register",
            "DELETE /webauthn/register/{id}",
            "POST /webauthn/authenticate/options",
            "POST /login/webauthn");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** The module of a controller: the package under {@code org.cocrea}, or null for handlers not ours. */
    private static String module(Class<?> controller) {
        String p = controller.getPackageName();
        if (!p.startsWith("org.cocrea.")) {
            return null;
        }
        String rest = p.substring("org.cocrea.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** Every registered route of our controllers as "METHOD pattern" (GET for a mapping without methods). */
    private Map<String, String> registered() {
        var routes = new TreeMap<String, String>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            String module = module(handler.getBeanType());
            if (module == null) {
                return;
            }
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    routes.put("GET " + pattern, module);
                }
                methods.forEach(m -> routes.put(m.name() + " " + pattern, module));
            }
        });
        return routes;
    }

    /** Every class under org.cocrea with a {@code static Set<String> ROUTES}, by name, with its routes. */
    static Map<String, Set<String>> matrices() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                // Every top-level class, whatever its annotations: test classes are not components.
                return definition.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter((reader, factory) -> true);
        var found = new TreeMap<String, Set<String>>();
        var loader = RouteCoverageTest.class.getClassLoader();
        for (var candidate : scanner.findCandidateComponents("org.cocrea")) {
            Class<?> type = Class.forName(candidate.getBeanClassName(), false, loader);
            Field field;
            try {
                field = type.getDeclaredField("ROUTES");
            } catch (NoSuchFieldException e) {
                continue;
            }
            if (Modifier.isStatic(field.getModifiers()) && isSetOfStrings(field.getGenericType())) {
                field.setAccessible(true);
                @SuppressWarnings("unchecked")
                var routes = (Set<String>) field.get(null);
                found.put(type.getName(), routes);
            }
        }
        return found;
    }

    private static boolean isSetOfStrings(Type type) {
        return type instanceof ParameterizedType p
                && p.getRawType() == Set.class
                && p.getActualTypeArguments()[0] == String.class;
    }

    private static Set<String> declared() throws Exception {
        var routes = new TreeSet<String>();
        matrices().values().forEach(routes::addAll);
        return routes;
    }

    @Test
    void theMatricesAreFound() throws Exception {
        // A broken scan must not pass by finding nothing: the matrices of the first modules are among those found.
        assertThat(matrices())
                .containsKeys("org.cocrea.initiatives.PermissionMatrixTest", "org.cocrea.PermissionMatrixTests");
    }

    @Test
    void everyRouteOfEveryModuleIsInAPermissionMatrix() throws Exception {
        var routes = registered();
        // The modules' routes were found: a broken enumeration must not pass by finding nothing.
        assertThat(routes.keySet())
                .contains("GET /initiatives/{id:\\d+}", "POST /register", "GET /plans/{id:\\d+}", "POST /language");
        var declared = declared();
        var missing = new TreeSet<String>();
        routes.forEach((route, module) -> {
            if (!declared.contains(route) && !NOT_CHECKED.contains(route)) {
                missing.add(module + ": " + route);
            }
        });
        assertThat(missing).as("routes in no permission matrix").isEmpty();
    }

    @Test
    void everyDeclaredRouteExists() throws Exception {
        var missing = new TreeSet<>(declared());
        missing.removeAll(registered().keySet());
        assertThat(SERVED_ELSEWHERE).containsAll(missing);
    }
}
