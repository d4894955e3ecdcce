package org.cocrea.ideas;

import java.util.Arrays;
import java.util.List;

/**
 * Per-instance settings: the categories facilitators offer (none: free text), how many proposals one person may
 * support, the support threshold shown as progress (0: none), and after how many reports a proposal is hidden.
 */
public record IdeaSettings(String categories, int supportsPerPerson, int supportThreshold, int reportsToHide) {
    static final IdeaSettings DEFAULTS = new IdeaSettings("", 10, 0, 3);

    public List<String> categoryList() {
        return Arrays.stream(categories.split("\n"))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
