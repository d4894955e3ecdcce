package org.cocrea.voting.cli;

import org.cocrea.voting.Election;
import org.cocrea.voting.Outcome;

/** Hand-written JSON for the few shapes the tools print. */
final class Json {

    private Json() {}

    static String outcome(Election election, Outcome outcome) {
        StringBuilder json = new StringBuilder("{\"rule\":");
        string(json, outcome.rule().cliName());
        json.append(",\"budget\":")
                .append(election.toCurrency(election.budget()).toPlainString());
        json.append(",\"selected\":[");
        boolean first = true;
        for (String id : outcome.selectedIds(election)) {
            json.append(first ? "" : ",");
            string(json, id);
            first = false;
        }
        json.append("],\"totalCost\":")
                .append(election.toCurrency(outcome.totalCost()).toPlainString())
                .append('}');
        return json.toString();
    }

    static void string(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
