package org.cocrea.notifications;

import java.util.concurrent.Executor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Module listeners run on Spring Boot's task executor, not on the request's thread: a slow mail server never
 * holds a page, and the page's answer never waits for delivery. The in-process tests
 * ({@code test.notifications.synchronous=true}) run them on the calling thread instead: delivery still happens after
 * the commit, in its own transaction, through the publication registry, but a test reads the mail as soon as the
 * request returns. The jar ITs (crash, two nodes) deliver asynchronously, as production does.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncDelivery {
    @Bean
    @ConditionalOnProperty(name = "test.notifications.synchronous", havingValue = "true")
    AsyncConfigurer synchronousDeliveryForTests() {
        return new AsyncConfigurer() {
            @Override
            public Executor getAsyncExecutor() {
                return new SyncTaskExecutor();
            }
        };
    }
}
