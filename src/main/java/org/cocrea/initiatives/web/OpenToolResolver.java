package org.cocrea.initiatives.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.OpenTool;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.platform.NotFound;
import org.cocrea.platform.SignedInPerson;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Resolves {@link OpenTool} parameters: the permission questions of a tool page, asked once per request. */
@Configuration(proxyBeanMethods = false)
public class OpenToolResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {
    private final Initiatives initiatives;

    OpenToolResolver(Initiatives initiatives) {
        this.initiatives = initiatives;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(OpenTool.class) && parameter.getParameterType() == ToolAccess.class;
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mav,
            NativeWebRequest webRequest,
            WebDataBinderFactory binderFactory) {
        var open = parameter.getParameterAnnotation(OpenTool.class);
        var request = webRequest.getNativeRequest(HttpServletRequest.class);
        @SuppressWarnings("unchecked")
        var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        long id = parse(variables == null ? null : variables.get(open.path()));
        return initiatives
                .toolAccess(signedIn(), id)
                .filter(a -> a.instance().toolId().equals(open.value()))
                .map(a -> a.from(request.getRemoteAddr()))
                .orElseThrow(NotFound::new);
    }

    private static long parse(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException | NullPointerException e) {
            throw new NotFound();
        }
    }

    private static SignedInPerson signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInPerson p ? p : null;
    }
}
