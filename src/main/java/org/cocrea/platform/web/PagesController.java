package org.cocrea.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page; the other public pages (about, terms, privacy, accessibility) are administrators' texts: {@code platform.admin}. */
@Controller
class PagesController {

    @GetMapping("/")
    String home() {
        return "platform/home";
    }
}
