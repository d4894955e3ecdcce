package org.cocrea.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** When the database is unreachable, people get a clear "try again shortly" page with status 503. */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class FailureAdvice {
    private static final Logger log = LoggerFactory.getLogger(FailureAdvice.class);
    private final UiAdvice.UiFactory ui;

    FailureAdvice(UiAdvice.UiFactory ui) {
        this.ui = ui;
    }

    @ExceptionHandler({DataAccessException.class, CannotCreateTransactionException.class})
    String databaseTrouble(RuntimeException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        boolean down = ErrorPageController.isDatabaseDown(e);
        if (!down) {
            throw e;
        }
        log.warn("Database unavailable while serving {}: {}", request.getRequestURI(), e.getMessage());
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        model.addAttribute("ui", ui.create(request));
        model.addAttribute("status", HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        return "platform/error";
    }
}
