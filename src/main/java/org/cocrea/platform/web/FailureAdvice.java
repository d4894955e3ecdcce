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
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Failures that are not bugs get a clear page and no stack trace in the log: when the database is unreachable,
 * "try again shortly" with status 503; a request body that is not the multipart form it claims to be, 400.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class FailureAdvice {
    private static final Logger log = LoggerFactory.getLogger(FailureAdvice.class);
    private final UiAdvice.UiFactory ui;

    FailureAdvice(UiAdvice.UiFactory ui) {
        this.ui = ui;
    }

    /**
     * A malformed multipart body (anyone can send one, signed in or not) is the client's mistake: 400, or 413
     * when it is too large, logged in one line (issue 11, finding 11).
     */
    @ExceptionHandler(MultipartException.class)
    String malformedMultipart(
            MultipartException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        int status = e instanceof MaxUploadSizeExceededException
                ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
                : HttpServletResponse.SC_BAD_REQUEST;
        log.info("Refused a malformed multipart request to {}: {}", request.getRequestURI(), e.getMessage());
        response.setStatus(status);
        model.addAttribute("ui", ui.create(request));
        model.addAttribute("status", status);
        return "platform/error";
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
