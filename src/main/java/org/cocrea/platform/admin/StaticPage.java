package org.cocrea.platform.admin;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The pages administrators write: each has an address, a title and a default text (Markdown made of message keys,
 * one paragraph or heading each) shown until an administrator saves one for the language.
 */
public enum StaticPage {
    ABOUT("about", List.of("pages.about.default.p1", "pages.about.default.p2", "pages.about.default.p3")),
    TERMS("terms", List.of("terms.p1", "terms.p2", "terms.p3")),
    PRIVACY("privacy", List.of("privacy.p1", "privacy.p2", "privacy.p3", "privacy.p4")),
    /**
     * The accessibility statement in the structure AgID's model asks of Italian public bodies (Law 4/2004): the
     * conformance status, the content that is not accessible and why, how the statement was prepared, how to report
     * a problem, the enforcement procedure; the page adds the date of its last update.
     */
    ACCESSIBILITY(
            "accessibility",
            List.of(
                    "pages.accessibility.default.status.title",
                    "pages.accessibility.default.status",
                    "pages.accessibility.default.content.title",
                    "pages.accessibility.default.content",
                    "pages.accessibility.default.prepared.title",
                    "pages.accessibility.default.prepared",
                    "pages.accessibility.default.feedback.title",
                    "pages.accessibility.default.feedback",
                    "pages.accessibility.default.enforcement.title",
                    "pages.accessibility.default.enforcement"));

    /** The longest text a page may have. */
    static final int MAX_LENGTH = 50_000;

    private final String code;
    private final List<String> defaultKeys;

    StaticPage(String code, List<String> defaultKeys) {
        this.code = code;
        this.defaultKeys = defaultKeys;
    }

    public String code() {
        return code;
    }

    public String titleKey() {
        return "pages." + code + ".title";
    }

    List<String> defaultKeys() {
        return defaultKeys;
    }

    static Optional<StaticPage> fromCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }
}
