package org.cocrea.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Public pages: the home page, terms of use and privacy notice. */
@Controller
class PagesController {

    @GetMapping("/")
    String home() {
        return "platform/home";
    }

    @GetMapping("/terms")
    String terms() {
        return "platform/terms";
    }

    @GetMapping("/privacy")
    String privacy() {
        return "platform/privacy";
    }
}
