package org.cocrea.api;

/** A refusal of the JSON API: the HTTP status, a short code and a message for the client's developer. */
final class ApiProblem extends RuntimeException {
    private final int status;
    private final String code;

    ApiProblem(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    /** The JSON body: {@code {"error": code, "message": message}}, escaped by hand so the filter needs no mapper. */
    String json() {
        return "{\"error\":\"" + escape(code) + "\",\"message\":\"" + escape(getMessage()) + "\"}";
    }

    private static String escape(String text) {
        var out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
