package org.cocrea.platform.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.dao.DataAccessException;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * While the database is unreachable, the session store must not turn every response into a second
 * failure: loading a session then yields none and saving it is skipped, so the page that needed the
 * database can answer with its clear 503, and health can report DOWN.
 */
@Component
class ResilientSessions implements BeanPostProcessor {
    private static final Logger log = LoggerFactory.getLogger(ResilientSessions.class);

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (!(bean instanceof FindByIndexNameSessionRepository<?> sessions)) {
            return bean;
        }
        return Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {FindByIndexNameSessionRepository.class},
                (proxy, method, args) -> {
                    try {
                        return method.invoke(sessions, args);
                    } catch (InvocationTargetException e) {
                        Throwable cause = e.getCause();
                        boolean unreachable =
                                (cause instanceof DataAccessException || cause instanceof TransactionException)
                                        && ErrorPageController.isDatabaseDown(cause);
                        if (unreachable
                                && (method.getName().equals("save")
                                        || method.getName().equals("findById"))) {
                            log.warn("Session store unavailable ({}): {}", method.getName(), cause.getMessage());
                            return null;
                        }
                        throw cause;
                    }
                });
    }
}
