package org.cocrea.ideas;

import org.cocrea.initiatives.OpenTool;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.platform.NotFound;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves an attachment to whoever may read its proposal. The type is the one found in the file's bytes when it
 * was uploaded; browsers must not guess another, and PDFs are downloaded rather than opened in the page.
 */
@Controller
class AttachmentController {
    private final Places places;
    private final TalkRepository talk;

    AttachmentController(Places places, TalkRepository talk) {
        this.places = places;
        this.talk = talk;
    }

    @GetMapping("/ideas/{tool:\\d+}/{idea:\\d+}/files/{file:\\d+}")
    ResponseEntity<byte[]> file(
            @OpenTool(value = IdeasTool.ID, path = "tool") ToolAccess tool,
            @PathVariable long idea,
            @PathVariable long file) {
        var place = new Place(tool);
        var proposal = places.idea(place, idea);
        var found = talk.file(proposal.id(), file).orElseThrow(NotFound::new);
        var a = found.attachment();
        var disposition = (a.image() ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(a.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                .build();
        // A published collective initiative's files are public and may stay an hour in the browser's cache; any
        // other initiative's are for its members only and are kept by no cache at all.
        var response = ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(a.contentType()))
                .contentLength(found.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff");
        boolean isPublic = place.initiative().isPublic();
        if (isPublic) {
            response.header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600");
        }
        return org.cocrea.platform.Downloads.of(response, isPublic).body(found.content());
    }
}
