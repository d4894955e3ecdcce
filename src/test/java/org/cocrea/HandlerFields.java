package org.cocrea;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;

/** The request fields a handler binds, read from its parameters: for routes no page offers a form for. */
final class HandlerFields {
    private HandlerFields() {}

    /** Request parameters and the components of form objects, in parameter order. */
    static Set<String> of(HandlerMethod handler) {
        var fields = new LinkedHashSet<String>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            Class<?> type = parameter.getParameterType();
            if (parameter.hasParameterAnnotation(PathVariable.class)
                    || parameter.hasParameterAnnotation(AuthenticationPrincipal.class)
                    || MultipartFile.class.isAssignableFrom(type)) {
                continue;
            }
            var requestParam = parameter.getParameterAnnotation(RequestParam.class);
            if (requestParam != null) {
                String name = requestParam.name().isEmpty() ? parameter.getParameterName() : requestParam.name();
                if (name != null && !Map.class.isAssignableFrom(type)) {
                    fields.add(name);
                }
            } else if (BeanUtils.isSimpleProperty(type)) {
                if (parameter.getParameterName() != null) {
                    fields.add(parameter.getParameterName());
                }
            } else if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    fields.add(component.getName());
                }
            } else if (type.getName().startsWith("org.cocrea.")) {
                for (var property : BeanUtils.getPropertyDescriptors(type)) {
                    if (property.getWriteMethod() != null) {
                        fields.add(property.getName());
                    }
                }
            }
        }
        return fields;
    }
}
