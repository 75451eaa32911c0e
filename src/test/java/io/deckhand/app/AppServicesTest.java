package io.deckhand.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.deckhand.support.TestCollection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The services the deck list does not need are made on first use, once, whatever the thread. */
class AppServicesTest {
    private static <T> Supplier<T> counted(AtomicInteger calls, Supplier<T> make) {
        return () -> {
            calls.incrementAndGet();
            return make.get();
        };
    }

    @Test
    void laterServicesAreMadeOnFirstUseAndOnce() throws Exception {
        try (TestCollection col = new TestCollection()) {
            AppServices real = col.services;
            AtomicInteger exchange = new AtomicInteger();
            AtomicInteger stats = new AtomicInteger();
            AtomicInteger others = new AtomicInteger();
            AppServices lazy = new AppServices(real.study(), real.library(), real.settings(), real.changes(),
                    real.backups(), col.db, new AppServices.Later(counted(exchange, real::exchange),
                    counted(others, real::deckOptions), counted(others, real::notes), counted(others, real::browse),
                    counted(stats, real::stats), counted(others, real::quiz), counted(others, real::exam),
                    counted(others, real::workload), counted(others, real::sync)));
            assertEquals(List.of(0, 0, 0), List.of(exchange.get(), stats.get(), others.get()), "nothing made up front");
            lazy.study().deckTree();
            assertEquals(0, exchange.get() + stats.get() + others.get(), "the deck list needs none of them");

            assertSame(real.exchange(), lazy.exchange());
            assertSame(lazy.exchange(), lazy.exchange());
            assertEquals(1, exchange.get());
            assertEquals(0, stats.get() + others.get(), "asking for one makes no other");

            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Object>> got = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    got.add(pool.submit(() -> {
                        go.await();
                        return lazy.stats();
                    }));
                }
                go.countDown();
                for (Future<Object> f : got) assertSame(real.stats(), f.get(30, TimeUnit.SECONDS));
            } finally {
                pool.shutdownNow();
            }
            assertEquals(1, stats.get(), "eight threads at once still make it once");
        }
    }

    @Test
    void wiredServicesWorkThroughTheirLazyAccessors() throws Exception {
        try (TestCollection col = new TestCollection()) {
            col.services.library().addCard(new io.deckhand.domain.deck.DeckName("K8s"), "What is a Pod?",
                    "The smallest unit", List.of());
            assertEquals(1, col.services.browse().search("deck:K8s").size());
            assertSame(col.services.browse(), col.services.browse());
        }
    }
}
