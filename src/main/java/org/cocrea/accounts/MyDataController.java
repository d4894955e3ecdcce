package org.cocrea.accounts;

import org.cocrea.platform.Downloads;
import org.cocrea.platform.NotFound;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Download my data" (issue 19): ask for the archive, see whether it is ready, download it. Only one's own. */
@Controller
class MyDataController {
    private final MyData myData;

    MyDataController(MyData myData) {
        this.myData = myData;
    }

    @GetMapping("/profile/data")
    String page(@AuthenticationPrincipal CocreaUser user, Model model) {
        var export = myData.export(user.id());
        model.addAttribute("status", export.map(MyDataRepository.Export::status).orElse("none"));
        model.addAttribute(
                "requestedAt", export.map(MyDataRepository.Export::requestedAt).orElse(null));
        model.addAttribute(
                "expiresAt", export.map(MyDataRepository.Export::expiresAt).orElse(null));
        model.addAttribute("modules", myData.modules());
        return "accounts/my-data";
    }

    @PostMapping("/profile/data")
    String request(@AuthenticationPrincipal CocreaUser user, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", myData.request(user.id()) ? "myData.asked" : "myData.alreadyWaiting");
        return "redirect:/profile/data";
    }

    @GetMapping("/profile/data/archive.zip")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal CocreaUser user) {
        byte[] zip = myData.download(user.id()).orElseThrow(NotFound::new);
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("application/zip"));
        headers.setContentDisposition(
                ContentDisposition.attachment().filename("cocrea-my-data.zip").build());
        return Downloads.of(ResponseEntity.ok().headers(headers), false).body(zip);
    }
}
