package org.cocrea.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** One friendly error page for every status; never a stack trace. */
@Controller
class ErrorPageController implements ErrorController {
    private final UiAdvice.UiFactory ui;

    ErrorPageController(UiAdvice.UiFactory ui) {
        this.ui = ui;
    }

    @RequestMapping("/error")
    String error(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t && isDatabaseDown(t)) {
            status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        response.setStatus(status);
        model.addAttribute("ui", ui.create(request));
        model.addAttribute("status", status);
        return "platform/error";
    }

    static boolean isDatabaseDown(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof org.springframework.jdbc.CannotGetJdbcConnectionException
                    || c instanceof org.springframework.transaction.CannotCreateTransactionException
                    || c instanceof org.springframework.dao.DataAccessResourceFailureException
                    || c instanceof java.sql.SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }
}
