package org.cocrea.api;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What a personal API token may do; stored as its codes separated by spaces. */
enum ApiScope {
    /** Read public data (and, without {@link #READ_MINE}, nothing else). */
    READ_PUBLIC("read:public"),
    /** Read the person's own data and what they may see as members. */
    READ_MINE("read:mine"),
    /** Cast the person's ballot. */
    BALLOT("ballot"),
    /** Manage an initiative the person facilitates (close a budget). */
    MANAGE("manage");

    private final String code;

    ApiScope(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    static Optional<ApiScope> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    static String codes(Set<ApiScope> scopes) {
        return scopes.stream().sorted().map(ApiScope::code).collect(Collectors.joining(" "));
    }

    static Set<ApiScope> parse(String stored) {
        var result = EnumSet.noneOf(ApiScope.class);
        for (String code : stored.split(" ")) {
            fromCode(code).ifPresent(result::add);
        }
        return result;
    }
}
