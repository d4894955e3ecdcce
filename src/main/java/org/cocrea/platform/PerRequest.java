package org.cocrea.platform;

import java.util.function.Supplier;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A value read once per page: within a GET (or HEAD) request, which changes nothing, the first answer stays true, so
 * what several modules ask of another for the same page is read once (a person's tool instances for each to-do
 * provider of the personal home; an initiative's tools and the person's role for its page and the sections other
 * modules add to it). In any other request, or outside one, it is read every time.
 */
public final class PerRequest {
    private PerRequest() {}

    @SuppressWarnings("unchecked")
    public static <T> T get(String key, Supplier<T> read) {
        var request = RequestContextHolder.getRequestAttributes();
        if (!(request instanceof ServletRequestAttributes servlet)
                || !("GET".equals(servlet.getRequest().getMethod())
                        || "HEAD".equals(servlet.getRequest().getMethod()))) {
            return read.get();
        }
        String name = PerRequest.class.getName() + "." + key;
        var cached = request.getAttribute(name, RequestAttributes.SCOPE_REQUEST);
        if (cached != null) {
            return (T) cached;
        }
        T value = read.get();
        request.setAttribute(name, value, RequestAttributes.SCOPE_REQUEST);
        return value;
    }
}
