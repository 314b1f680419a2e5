package ai.headroom.core.compress.kompress;

import java.util.ArrayList;
import java.util.List;

/** Prose fixtures: hand-written notes an agent might read, plus a seeded generator for long texts. */
final class ProseSamples {

    private ProseSamples() {}

    static final String INCIDENT = """
            Incident summary for the payment service outage on Tuesday. At 14:05 UTC the checkout
            requests started to fail with a timeout, and the error rate on the gateway rose to about
            38 percent within a few minutes. The on-call engineer noticed that the connection pool of
            the primary database was exhausted, because a new release of the OrderService had changed
            the retry settings so that every failed query was retried five times without any backoff.

            The team rolled back the deployment to version 4.12.3 at 14:41 UTC and the error rate
            dropped back to normal shortly after that. During the investigation we also found that the
            alert for the connection pool did not fire, since the threshold in config/alerts/db.yaml was
            still set for the old cluster size. Customers in the eu-west-1 region were the most affected,
            and the support team received a large number of tickets about failed payments.

            Next steps: the owner of the checkout pipeline will add a test for the retry limit, the
            platform team will review the alert thresholds for every database cluster, and we will run
            the migration again next week with the --dry-run flag before it goes to production. The
            full trace is available at https://traces.example.com/t/9f3a2c7e and the commit that caused
            it is 7c1e0b4d.
            """;

    static final String DESIGN_NOTE = """
            This document describes how the cache layer in front of the report service should work
            after the upgrade. Today every request for a report goes straight to the database, which
            means that the same expensive query is run many times during the morning peak, when most
            of the users open their dashboard at the same time. The average latency is about 900 ms
            and the slowest requests take more than 6 seconds.

            We plan to put a read-through cache in front of the ReportRepository. Each report is stored
            under a key built from the account id and the report version, so that a change to the
            report data also changes the key and old values simply expire. The time to live will be
            set to 15 minutes by default and can be changed with the cache.ttl setting. Writes do not
            go through the cache; they update the database and then publish an event, and the cache
            drops the matching entries when it sees that event on the queue.

            The main risk is memory usage on the nodes, because some reports are large. We will limit
            the size of a single entry to 2 MB and watch the memory metrics on the dashboard during the
            rollout, which will start with 5 percent of the traffic behind the feature flag
            report_cache_enabled and then increase over two weeks if nothing looks wrong.
            """;

    static final String MEETING_NOTES = """
            Notes from the weekly meeting of the data team. We talked about the backlog of failed jobs
            in the import pipeline and agreed that the biggest problem is that the jobs are retried
            forever when the input file is broken, which fills the queue and slows down every other
            job behind them. Anna will change the job runner so that a job is moved to a separate queue
            after three failed attempts, and someone will look at those jobs by hand each morning.

            We also discussed the plan to move the storage for the raw files to the new cluster. The
            migration was planned for this month, but the backup of the old storage is not finished
            yet, and we do not want to move anything before we have a full backup that we have actually
            restored once. The decision is to wait one more week and to test the restore on a copy of
            the data first.

            Finally, there was a short discussion about the cost of the monitoring setup, which has
            grown a lot since last year, mostly because of the number of metrics that every service
            sends. Each team will review its own metrics and remove the ones that nobody looks at, and
            we will compare the numbers again at the end of the month.
            """;

    private static final String[] OPENERS = {"The", "After that the", "During the night the", "In most cases the",
        "Because of this the", "As expected the"};
    private static final String[] SUBJECTS = {"server", "cache", "queue", "database", "team", "pipeline", "gateway",
        "release", "customer", "report"};
    private static final String[] VERBS = {"was restarted", "failed again", "became slow", "was reviewed",
        "recovered", "was moved to another region", "dropped some messages", "was fixed"};
    private static final String[] TAILS = {"and nobody noticed it for a while", "which is what we expected",
        "so we will look at it again next week", "but the impact on users was small",
        "because the limit was too low", "after the change to the configuration"};
    private static final String[] FACTS = {"see /var/log/app/server.log", "ticket OPS-4411", "node ip-10-0-3-17",
        "flag --max-retries", "class QueueConsumer", "setting cache.ttl", "commit 5e8d2f1a", "at 03:17 UTC"};

    /** About {@code words} words of varied prose with a fact (must-keep token) every few sentences; same seed, same text. */
    static String generated(int words, long seed) {
        StringBuilder out = new StringBuilder();
        long state = seed;
        int count = 0;
        int sentence = 0;
        while (count < words) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            int r = (int) (state >>> 33);
            String s = OPENERS[r % OPENERS.length] + " " + SUBJECTS[(r >>> 3) % SUBJECTS.length] + " "
                    + VERBS[(r >>> 7) % VERBS.length] + ", " + TAILS[(r >>> 11) % TAILS.length]
                    + (sentence % 3 == 0 ? " (" + FACTS[(r >>> 15) % FACTS.length] + ")" : "") + ".";
            out.append(s);
            count += s.split(" ").length;
            sentence++;
            out.append(sentence % 6 == 0 ? "\n\n" : " ");
        }
        return out.toString().strip();
    }

    static List<String> all() {
        List<String> samples = new ArrayList<>(List.of(INCIDENT, DESIGN_NOTE, MEETING_NOTES));
        samples.add(generated(2_000, 42));
        return samples;
    }
}
