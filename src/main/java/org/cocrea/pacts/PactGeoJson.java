package org.cocrea.pacts;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The register's map: the pacts' common goods as a GeoJSON FeatureCollection (RFC 7946), each feature with the
 * pact's title, state and kind of good in the reader's language and the path of its page. Written with Jackson, which
 * escapes every text; the geometry is the one the checker wrote.
 */
@Component
class PactGeoJson {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final MessageSource messages;

    PactGeoJson(MessageSource messages) {
        this.messages = messages;
    }

    String of(List<Pact> pacts, Locale locale) {
        ObjectNode root = JSON.createObjectNode();
        root.put("type", "FeatureCollection");
        var features = root.putArray("features");
        for (Pact p : pacts) {
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            f.set("geometry", JSON.readTree(p.geometry()));
            ObjectNode props = f.putObject("properties");
            props.put("title", p.title());
            props.put("name", p.title());
            props.put("state", p.state());
            props.put("stateLabel", messages.getMessage("pacts.state." + p.state(), null, locale));
            props.put("kind", p.goodKind());
            props.put("kindLabel", messages.getMessage("pacts.good." + p.goodKind(), null, locale));
            props.put("path", p.path());
        }
        return JSON.writeValueAsString(root);
    }
}
