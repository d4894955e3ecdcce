package org.cocrea;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class CocreaApplication {

    static void run(String[] args) {
        SpringApplication.run(CocreaApplication.class, args);
    }
}
