package ai.headroom.core.compress.search;

import java.util.Random;

/** Builds realistic grep and ripgrep outputs deterministically. */
public final class SearchFixtures {

    private static final String[] DIRS = {"billing", "checkout", "orders", "refunds", "subscriptions", "admin",
        "webhooks", "reports"};
    private static final String[] KINDS = {"Service", "Controller", "Job", "Client", "Facade"};
    private static final String[] USES = {
        "        var receipt = paymentGateway.charge(order.total(), order.card());",
        "        paymentGateway.refund(refund.chargeId(), refund.amount());",
        "        return paymentGateway.status(chargeId).isSettled();",
        "        var session = paymentGateway.openSession(customer.id(), Currency.EUR);",
        "        paymentGateway.capture(authorization.id());",
        "        metrics.timer(\"paymentGateway.latency\").record(Duration.between(start, clock.instant()));",
        "        if (!paymentGateway.supports(method)) {",
        "        paymentGateway.voidAuthorization(authorization.id());",
    };
    private static final String[] TEST_USES = {
        "        when(paymentGateway.charge(any(Money.class), any(Card.class))).thenReturn(Receipt.settled(\"ch_1\"));",
        "        verify(paymentGateway, never()).refund(anyString(), any(Money.class));",
        "        verify(paymentGateway).capture(argThat(auth -> auth.amount().equals(Money.eur(\"19.99\"))));",
        "        given(paymentGateway.status(\"ch_42\")).willReturn(ChargeStatus.PENDING, ChargeStatus.SETTLED);",
        "        paymentGateway = new FakePaymentGateway(clock, Currency.EUR, Duration.ofMillis(5));",
    };
    private static final String[] ERRORS = {
        "            log.error(\"paymentGateway charge failed for order {}\", order.id(), e);",
        "        } catch (PaymentGatewayException e) {",
        "            throw new IllegalStateException(\"paymentGateway returned no receipt\", e);",
    };

    private SearchFixtures() {}

    /** {@code rg -n paymentGateway}: 150 matches over 40 files (16 of them tests), 6 on error handling lines. */
    public static String grepOverFortyFiles() {
        Random random = new Random(7L);
        int[] perFile = new int[40];
        for (int i = 0; i < perFile.length; i++) {
            perFile[i] = 1;
        }
        for (int extra = 0; extra < 110; extra++) {
            perFile[random.nextInt(perFile.length)]++;
        }
        StringBuilder sb = new StringBuilder();
        int errors = 0;
        for (int f = 0; f < perFile.length; f++) {
            boolean test = f >= 24;
            String cls = "Payment" + cap(DIRS[f % DIRS.length]) + KINDS[f / DIRS.length % 3] + (test ? "Test" : "");
            String path = "src/" + (test ? "test" : "main") + "/java/com/acme/shop/" + DIRS[f % DIRS.length] + "/"
                    + cls + ".java";
            int line = 3 + random.nextInt(5);
            for (int m = 0; m < perFile[f]; m++) {
                String text;
                if (m == 0) {
                    text = "import com.acme.shop.payment.PaymentGateway;";
                } else if (m == 1) {
                    text = "    private final PaymentGateway paymentGateway;";
                } else if (errors < 6 && (f * 7 + m) % 9 == 0) {
                    text = ERRORS[errors % ERRORS.length];
                    errors++;
                } else {
                    text = test ? TEST_USES[random.nextInt(TEST_USES.length)] : USES[random.nextInt(USES.length)];
                }
                sb.append(path).append(':').append(line).append(':').append(text).append('\n');
                line += 2 + random.nextInt(30);
            }
        }
        return sb.toString();
    }

    /** {@code rg --heading -n -C1 TODO} over a Python project. */
    public static String ripgrepHeadingWithContext() {
        StringBuilder sb = new StringBuilder();
        for (int f = 0; f < 12; f++) {
            sb.append("app/").append(DIRS[f % DIRS.length]).append("/views_").append(f).append(".py\n");
            int line = 10 + f;
            for (int m = 0; m < 4; m++) {
                sb.append(line - 1).append("-    def handle_").append(m).append("(self, request):\n");
                sb.append(line).append(":        # TODO(").append(f % 3 == 0 ? "ana" : "raj")
                        .append("): validate the payload before saving batch ").append(m).append('\n');
                sb.append(line + 1).append("-        payload = request.json()\n");
                if (m < 3) {
                    sb.append("--\n");
                }
                line += 20;
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** {@code findstr /n}-style output with Windows paths and a column. */
    public static String windowsPathsWithColumns() {
        StringBuilder sb = new StringBuilder();
        for (int f = 0; f < 10; f++) {
            String path = "C:\\src\\service\\handlers\\handler_" + f + ".py";
            for (int m = 0; m < 6; m++) {
                sb.append(path).append(':').append(12 + m * 9).append(':').append(5 + m).append(":    retry_count = ")
                        .append("config.get('retries', ").append(m).append(")\n");
            }
        }
        sb.append("C:\\src\\service\\main.py:40:9:    raise RuntimeError('startup failed')\n");
        return sb.toString();
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
