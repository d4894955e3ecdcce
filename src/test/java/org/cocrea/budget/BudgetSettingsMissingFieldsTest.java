package org.cocrea.budget;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cocrea.testing.MissingSettingsFields;
import org.cocrea.testing.WebTest;

/**
 * Issue 12: the settings form of a draft budget posted without a required field (or with no field at all) used to
 * throw a NullPointerException while drawing the ballot-type and rule choices again, and answered 500. Each missing
 * field must now be named on the form shown again (422), the other fields kept as typed, and nothing stored.
 */
@WebTest
class BudgetSettingsMissingFieldsTest extends MissingSettingsFields {
    @Override
    protected long newInstance() {
        return TestBudgets.newInstance(jdbc);
    }

    @Override
    protected String path(long instance) {
        return "/budget/" + instance + "/settings";
    }

    @Override
    protected Map<String, String> required() {
        return Map.of("amount", "1234", "currency", "EUR", "ballotType", "approval", "rule", "greedy");
    }

    @Override
    protected Set<String> typed() {
        return Set.of("amount", "currency");
    }

    @Override
    protected Map<String, String> savedSettings() {
        return Map.of("amount", "500", "currency", "EUR", "ballotType", "knapsack", "rule", "mes");
    }

    @Override
    protected String savedRow() {
        return "50000/EUR/knapsack/mes";
    }

    @Override
    protected List<String> stored(long instance) {
        return jdbc.sql("SELECT CONCAT(amount_cents, '/', currency, '/', ballot_type, '/', rule) FROM budget "
                        + "WHERE tool_instance_id = :i")
                .param("i", instance)
                .query(String.class)
                .list();
    }
}
