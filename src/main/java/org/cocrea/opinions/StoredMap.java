package org.cocrea.opinions;

import java.util.List;
import org.cocrea.opinions.analysis.OpinionMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * An opinion map as stored in {@code opinion_conversation.map_json}: the analysis' indexes refer to these lists
 * of participant ids ({@code opinion_participant.id}) and statement ids ({@code opinion_statement.id}), as text.
 */
record StoredMap(List<String> participants, List<String> statements, OpinionMap map) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    String json() {
        return JSON.writeValueAsString(this);
    }

    static StoredMap of(String json) {
        return JSON.readValue(json, StoredMap.class);
    }
}
