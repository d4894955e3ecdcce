package org.cocrea.api;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.cocrea.platform.NotFound;
import org.cocrea.platform.Refused;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refusals of the JSON API as JSON: {@code {"error": ..., "message": ...}}, messages in English. */
@RestControllerAdvice(assignableTypes = {ApiV1Controller.class, ApiV1ToolsController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiFailures {
    private final MessageSource messages;

    ApiFailures(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<Map<String, String>> problem(ApiProblem problem) {
        var answer = ResponseEntity.status(problem.status());
        if (problem.status() == 401) {
            answer = answer.header("WWW-Authenticate", "Bearer");
        }
        return answer.body(Map.of("error", problem.code(), "message", problem.getMessage()));
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<Map<String, String>> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(Map.of("error", "not_found", "message", "No such thing, or the caller may not see it."));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, String>> denied() {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(Map.of("error", "forbidden", "message", "The token's person may not do this."));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable() {
        return ResponseEntity.badRequest()
                .body(Map.of("error", "bad_request", "message", "The body is not valid JSON."));
    }

    @ExceptionHandler(Refused.class)
    ResponseEntity<Map<String, String>> refused(Refused refused) {
        String message = refused.problems().stream()
                .map(p -> messages.getMessage(p.key(), p.args(), p.key(), Locale.ENGLISH))
                .collect(Collectors.joining(" "));
        return ResponseEntity.unprocessableContent().body(Map.of("error", "refused", "message", message));
    }
}
