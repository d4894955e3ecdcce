package org.cocrea.plans.care;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.cocrea.plans.plan.PlanService;
import org.cocrea.platform.NotFound;
import org.cocrea.platform.SignedInPerson;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Resolves {@link OpenPlanTool} and {@link RemoteAddress} parameters of the plan tools' handlers. */
@Configuration(proxyBeanMethods = false)
class PlanToolResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {
    private final PlanService plans;
    private final CareAccess care;

    PlanToolResolver(@Lazy PlanService plans, @Lazy CareAccess care) {
        this.plans = plans;
        this.care = care;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        if (parameter.hasParameterAnnotation(RemoteAddress.class)) {
            return parameter.getParameterType() == String.class;
        }
        var type = parameter.getParameterType();
        return parameter.hasParameterAnnotation(OpenPlanTool.class)
                && (type == PlanService.Access.class || type == CareAccess.Opened.class);
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mav,
            NativeWebRequest webRequest,
            WebDataBinderFactory binderFactory) {
        var request = webRequest.getNativeRequest(HttpServletRequest.class);
        if (parameter.hasParameterAnnotation(RemoteAddress.class)) {
            return request.getRemoteAddr();
        }
        var open = parameter.getParameterAnnotation(OpenPlanTool.class);
        @SuppressWarnings("unchecked")
        var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        long id = parse(variables == null ? null : variables.get(open.path()));
        if (parameter.getParameterType() == PlanService.Access.class) {
            return plans.open(id, signedIn(), request.getRemoteAddr());
        }
        String tool = open.value().isEmpty() ? variables.get("tool") : open.value();
        return care.open(id, tool, signedIn(), request.getRemoteAddr());
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
