package ai.headroom.core.compress.log;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Deterministic, realistic logs for the tests: a Spring Boot incident and four build/test tool runs. */
public final class LogFixtures {

    private LogFixtures() {}

    /** A 2,000-line Spring Boot service log: startup, traffic, warnings, four errors and one stack trace. */
    public static String springBootIncident() {
        Random random = new Random(20_240_311);
        List<String> out = new ArrayList<>();
        long millis = 0;
        String[] startup = {
            "main] c.a.orders.OrderServiceApplication     : Starting OrderServiceApplication v2.3.1 using Java 21.0.2 with PID 4711 (/app/orders.jar started by app in /app)",
            "main] c.a.orders.OrderServiceApplication     : The following 1 profile is active: \"prod\"",
            "main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat initialized with port 8080 (http)",
            "main] com.zaxxer.hikari.HikariDataSource       : HikariPool-1 - Starting...",
            "main] com.zaxxer.hikari.HikariDataSource       : HikariPool-1 - Start completed.",
            "main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat started on port 8080 (http) with context path ''",
            "main] c.a.orders.OrderServiceApplication     : Started OrderServiceApplication in 6.532 seconds (process running for 7.101)"};
        for (String s : startup) {
            millis += 137;
            out.add(ts(millis) + "  INFO 4711 --- [orders] [           " + s);
        }
        while (out.size() < 2_000) {
            millis += 40 + random.nextInt(400);
            int n = out.size();
            if (n == 640) {
                out.add(line(millis, "ERROR", 3, "c.a.orders.service.PaymentClient        ",
                        "Payment authorisation failed for order 48213: provider returned 502 Bad Gateway after 3 retries"));
            } else if (n == 1_100) {
                out.add(line(millis, "ERROR", 7, "o.a.c.c.C.[.[.[/].[dispatcherServlet]    ",
                        "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception "
                                + "[Request processing failed: org.springframework.dao.DataAccessResourceFailureException: "
                                + "Unable to acquire JDBC Connection] with root cause"));
                out.addAll(javaStackTrace());
            } else if (n == 1_480) {
                out.add(line(millis, "ERROR", 2, "c.a.orders.kafka.OrderEventPublisher    ",
                        "Failed to publish OrderCreated event key=" + uuid(random)
                                + ": org.apache.kafka.common.errors.TimeoutException: Expiring 1 record(s) for orders-events-3: 30012 ms has passed since batch creation"));
            } else if (n == 1_900) {
                out.add(line(millis, "ERROR", 1, "o.s.b.a.health.HealthEndpointSupport     ",
                        "Health contributor db (readiness) failed: Connection is not available, request timed out after 30000ms"));
            } else {
                out.add(traffic(random, millis));
            }
        }
        return String.join("\n", out.subList(0, 2_000)) + "\n";
    }

    private static String traffic(Random random, long millis) {
        int pick = random.nextInt(100);
        int thread = 1 + random.nextInt(10);
        int order = 40_000 + random.nextInt(9_000);
        if (pick < 40) {
            return line(millis, "INFO", thread, "c.a.orders.web.OrderController          ",
                    "GET /api/orders/" + order + " -> 200 OK in " + (3 + random.nextInt(90)) + " ms (customer=" + (1000 + random.nextInt(800)) + ")");
        } else if (pick < 55) {
            return line(millis, "INFO", thread, "c.a.orders.service.PaymentClient        ",
                    "Payment authorised for order " + order + " (amount=" + (5 + random.nextInt(400)) + "." + random.nextInt(10) + "0 EUR, provider=stripe, attempt=1)");
        } else if (pick < 68) {
            return line(millis, "INFO", thread, "c.a.orders.kafka.OrderEventPublisher    ",
                    "Published OrderCreated event key=" + uuid(random) + " partition=" + random.nextInt(6) + " offset=" + (880_000 + random.nextInt(90_000)));
        } else if (pick < 80) {
            return line(millis, "DEBUG", 0, "com.zaxxer.hikari.pool.HikariPool        ",
                    "HikariPool-1 - Pool stats (total=10, active=" + random.nextInt(10) + ", idle=" + random.nextInt(10) + ", waiting=0)");
        } else if (pick < 92) {
            return line(millis, "DEBUG", thread, "org.hibernate.SQL                        ",
                    "select o1_0.id,o1_0.customer_id,o1_0.status,o1_0.total from orders o1_0 where o1_0.id=?");
        } else if (pick < 96) {
            return line(millis, "INFO", thread, "c.a.orders.web.OrderController          ",
                    "POST /api/orders -> 201 Created in " + (20 + random.nextInt(200)) + " ms (order=" + order + ")");
        } else if (pick < 98) {
            return line(millis, "WARN", thread, "c.a.orders.service.PaymentClient        ",
                    "Slow response from payment provider: " + (1000 + random.nextInt(4000)) + " ms (threshold 1000 ms) for order " + order);
        } else {
            return line(millis, "WARN", 0, "com.zaxxer.hikari.pool.HikariPool        ",
                    "HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=" + (1 + random.nextInt(50)) + "s" + random.nextInt(999) + "ms).");
        }
    }

    private static List<String> javaStackTrace() {
        List<String> t = new ArrayList<>();
        t.add("java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0, waiting=37)");
        String[] top = {"com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:686)",
            "com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:179)",
            "com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:144)",
            "com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:127)",
            "org.hibernate.engine.jdbc.connections.internal.DatasourceConnectionProviderImpl.getConnection(DatasourceConnectionProviderImpl.java:122)",
            "org.hibernate.internal.NonContextualJdbcConnectionAccess.obtainConnection(NonContextualJdbcConnectionAccess.java:46)",
            "org.hibernate.resource.jdbc.internal.LogicalConnectionManagedImpl.acquireConnectionIfNeeded(LogicalConnectionManagedImpl.java:113)",
            "org.springframework.orm.jpa.JpaTransactionManager.doBegin(JpaTransactionManager.java:420)",
            "org.springframework.transaction.support.AbstractPlatformTransactionManager.startTransaction(AbstractPlatformTransactionManager.java:532)",
            "org.springframework.transaction.interceptor.TransactionInterceptor.invoke(TransactionInterceptor.java:119)",
            "org.springframework.aop.framework.ReflectiveMethodInvocation.proceed(ReflectiveMethodInvocation.java:184)",
            "com.acme.orders.service.OrderService$$SpringCGLIB$$0.findOrder(<generated>)",
            "com.acme.orders.web.OrderController.getOrder(OrderController.java:58)",
            "org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)",
            "jakarta.servlet.http.HttpServlet.service(HttpServlet.java:658)",
            "org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:174)",
            "org.apache.tomcat.util.net.NioEndpoint$SocketProcessor.doRun(NioEndpoint.java:1739)",
            "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)",
            "java.base/java.lang.Thread.run(Thread.java:1583)"};
        for (String f : top) {
            t.add("\tat " + f);
        }
        t.add("Caused by: org.postgresql.util.PSQLException: Connection to orders-db.internal:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.");
        t.add("\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:346)");
        t.add("\tat org.postgresql.core.ConnectionFactory.openConnection(ConnectionFactory.java:54)");
        t.add("\tat org.postgresql.jdbc.PgConnection.<init>(PgConnection.java:273)");
        t.add("\tat com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:359)");
        t.add("\tat com.zaxxer.hikari.pool.HikariPool$PoolEntryCreator.call(HikariPool.java:732)");
        t.add("\t... 12 common frames omitted");
        t.add("Caused by: java.net.ConnectException: Connection refused");
        t.add("\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)");
        t.add("\tat java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:542)");
        t.add("\tat java.base/java.net.Socket.connect(Socket.java:751)");
        t.add("\tat org.postgresql.core.PGStream.createSocket(PGStream.java:243)");
        t.add("\t... 17 common frames omitted");
        return t;
    }

    private static String line(long millis, String level, int thread, String logger, String message) {
        String threadName = thread == 0 ? "l-1 housekeeper" : "nio-8080-exec-" + thread;
        return ts(millis) + " " + String.format(Locale.ROOT, "%5s", level) + " 4711 --- [orders] ["
                + String.format(Locale.ROOT, "%15s", threadName) + "] " + logger + ": " + message;
    }

    private static String ts(long millis) {
        long s = millis / 1000;
        return String.format(Locale.ROOT, "2024-03-11T%02d:%02d:%02d.%03dZ", 14 + s / 3600, s / 60 % 60, s % 60, millis % 1000);
    }

    private static String uuid(Random random) {
        return String.format(Locale.ROOT, "%08x-%04x-4%03x-a%03x-%012x", random.nextInt() & 0x7fffffff,
                random.nextInt(0x10000), random.nextInt(0x1000), random.nextInt(0x1000),
                random.nextLong() & 0xffffffffffffL);
    }
}
