package org.cocrea.platform.web;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The smallest request the server can answer, with no database and no template: the load benchmark
 * reports every page as a ratio to its throughput, the framework's own ceiling on the machine.
 */
@RestController
class PingController {

    @GetMapping(value = "/ping", produces = MediaType.TEXT_PLAIN_VALUE)
    String ping() {
        return "pong";
    }
}
