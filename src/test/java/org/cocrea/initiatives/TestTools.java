package org.cocrea.initiatives;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** A second tool that suits only the assessment of individual initiatives, to test where tools may go. */
@TestConfiguration
class TestTools {
    static final String ID = "test-review";

    @Bean
    Tool reviewTool() {
        return new Tool() {
            @Override
            public String id() {
                return ID;
            }

            @Override
            public String nameKey() {
                return "tools.add";
            }

            @Override
            public Set<Phase> phases() {
                return EnumSet.of(Phase.CO_ASSESSMENT);
            }

            @Override
            public Set<Level> levels() {
                return EnumSet.of(Level.INDIVIDUAL);
            }

            @Override
            public Map<String, Set<MemberRole>> actions() {
                return Map.of("score", EnumSet.of(MemberRole.CITIZEN, MemberRole.OWNER));
            }

            @Override
            public String path(ToolInstance instance) {
                return "/test-review/" + instance.id();
            }
        };
    }
}
