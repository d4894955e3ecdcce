package org.cocrea.notifications;

import java.util.Arrays;
import java.util.Optional;

/** How a person wants a kind of notification mailed. */
enum Delivery {
    NOW("now"),
    DIGEST("digest"),
    APP("app");

    private final String code;

    Delivery(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    static Optional<Delivery> fromCode(String code) {
        return Arrays.stream(values()).filter(d -> d.code.equals(code)).findFirst();
    }
}
