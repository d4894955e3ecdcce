package org.cocrea.opinions;

import jakarta.servlet.http.HttpServletResponse;
import org.cocrea.initiatives.OpenTool;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.platform.Downloads;
import org.cocrea.platform.Refused;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Facilitators import a Polis export into an empty conversation and export a conversation in Polis' layout. */
@Controller
class TransferController {
    private final PolisTransfer transfer;

    TransferController(PolisTransfer transfer) {
        this.transfer = transfer;
    }

    @GetMapping("/opinions/{id:\\d+}/import")
    String importForm(@OpenTool(OpinionsTool.ID) ToolAccess access, Model model) {
        OpinionsService.require(access, OpinionsTool.MODERATE);
        return page(access, model, null);
    }

    @PostMapping("/opinions/{id:\\d+}/import")
    String importFiles(
            @OpenTool(OpinionsTool.ID) ToolAccess access,
            @RequestParam(name = "comments", required = false) MultipartFile comments,
            @RequestParam(name = "participantsVotes", required = false) MultipartFile participantsVotes,
            @RequestParam(name = "votes", required = false) MultipartFile votes,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        OpinionsService.require(access, OpinionsTool.MODERATE);
        try {
            transfer.importFiles(access, comments, participantsVotes, votes);
        } catch (Refused r) {
            return page(access, model, r.shownAgain(response));
        }
        redirect.addFlashAttribute("notice", "opinions.import.done");
        return "redirect:/opinions/" + access.id() + "/statements";
    }

    /** The declared "zip" export, for the conversation's facilitators: the three Polis files. */
    @GetMapping(value = "/opinions/{id:\\d+}/export.zip")
    @ResponseBody
    ResponseEntity<byte[]> export(@OpenTool(OpinionsTool.ID) ToolAccess access) {
        byte[] zip = transfer.exportZip(access);
        return Downloads.of(ResponseEntity.ok(), false)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"opinions-" + access.id() + ".zip\"")
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(zip);
    }

    private String page(ToolAccess access, Model model, BindingResult errors) {
        model.addAttribute("initiative", access.initiative());
        model.addAttribute("instance", access.instance());
        model.addAttribute("errors", errors);
        return "opinions/import";
    }
}
