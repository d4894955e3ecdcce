package org.cocrea.vote;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cocrea.testing.MissingSettingsFields;
import org.cocrea.testing.WebTest;

/**
 * Issue 12, the same class of bug as the budget's settings 500: the vote's settings form posted without a required
 * field (or with no field at all) must name each missing field on the form shown again (422), keep the other fields
 * as typed, and store nothing.
 */
@WebTest
class VoteSettingsMissingFieldsTest extends MissingSettingsFields {
    @Override
    protected long newInstance() {
        return TestVotes.newInstance(jdbc, TestVotes.COLLECTIVE);
    }

    @Override
    protected String path(long instance) {
        return "/vote/" + instance + "/settings";
    }

    @Override
    protected Map<String, String> required() {
        return Map.of("question", "Quale prima?", "ballotKind", "approval", "eligibility", "registered");
    }

    @Override
    protected Set<String> typed() {
        return Set.of("question");
    }

    @Override
    protected Map<String, String> savedSettings() {
        return Map.of("question", "Cosa prima?", "ballotKind", "ranked", "eligibility", "members");
    }

    @Override
    protected String savedRow() {
        return "Cosa prima?/ranked/members";
    }

    @Override
    protected List<String> stored(long instance) {
        return jdbc.sql("SELECT CONCAT(question, '/', ballot_kind, '/', eligibility) FROM vote "
                        + "WHERE tool_instance_id = :i")
                .param("i", instance)
                .query(String.class)
                .list();
    }
}
