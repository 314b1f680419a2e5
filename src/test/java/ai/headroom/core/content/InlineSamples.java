package ai.headroom.core.content;

import ai.headroom.core.content.RouterFixtures.Fixture;
import java.util.List;

/** Shorter variants of each kind that the file fixtures do not cover (other tools, other formats). */
final class InlineSamples {

    private InlineSamples() {
    }

    static List<Fixture> all() {
        return List.of(
                sample("ndjson-log", ContentKind.LOG, "", """
                        {"ts":"2025-03-11T10:00:01Z","level":"info","msg":"listening","port":8080}
                        {"ts":"2025-03-11T10:00:04Z","level":"info","msg":"request","path":"/health","status":200}
                        {"ts":"2025-03-11T10:00:09Z","level":"warn","msg":"slow query","ms":812,"table":"orders"}
                        {"ts":"2025-03-11T10:00:12Z","level":"error","msg":"db timeout","err":"context deadline exceeded"}
                        {"ts":"2025-03-11T10:00:15Z","level":"info","msg":"request","path":"/orders","status":500}
                        """),
                sample("python-traceback", ContentKind.LOG, "", """
                        Traceback (most recent call last):
                          File "/srv/app/worker.py", line 88, in run
                            result = handler(job)
                          File "/srv/app/handlers/export.py", line 41, in handle
                            rows = fetch_rows(job.query)
                          File "/srv/app/db.py", line 19, in fetch_rows
                            cursor.execute(sql)
                        psycopg2.errors.UndefinedTable: relation "exports_v2" does not exist
                        LINE 1: SELECT * FROM exports_v2 WHERE owner = 42
                        """),
                sample("go-panic", ContentKind.LOG, "", """
                        panic: runtime error: index out of range [3] with length 3

                        goroutine 17 [running]:
                        main.(*Router).pick(0xc000124000, {0xc00001a0f0, 0x3, 0x3})
                        	/home/dev/router/pick.go:44 +0x1d4
                        main.(*Router).ServeHTTP(0xc000124000, {0x7a1e40, 0xc0001c2000}, 0xc0001b8000)
                        	/home/dev/router/server.go:71 +0x85
                        net/http.(*conn).serve(0xc0001a6000, {0x7a2448, 0xc000180e10})
                        	/usr/local/go/src/net/http/server.go:2092 +0x5d0
                        exit status 2
                        """),
                sample("syslog", ContentKind.LOG, "", """
                        Mar 11 10:02:17 web-01 sshd[2211]: Accepted publickey for deploy from 10.0.4.7 port 51122
                        Mar 11 10:02:17 web-01 sshd[2211]: pam_unix(sshd:session): session opened for user deploy
                        Mar 11 10:05:43 web-01 kernel: [812345.221] nginx[3310]: segfault at 0 ip 00007f2a sp 00007ffd
                        Mar 11 10:05:44 web-01 systemd[1]: nginx.service: Main process exited, code=killed, status=11/SEGV
                        Mar 11 10:05:44 web-01 systemd[1]: nginx.service: Failed with result 'signal'.
                        """),
                sample("grep-rn", ContentKind.SEARCH, "", """
                        ./src/net/socket.c:112:    if (setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) < 0)
                        ./src/net/socket.c:241:    /* TODO: honour SO_REUSEADDR on windows */
                        ./include/net/socket.h:33:#define SOCKET_REUSEADDR 1
                        ./tests/socket_test.c:57:    assert(opt_reuseaddr(fd) == 1);
                        ./docs/networking.md:12:Set `reuse_addr = true` to enable SO_REUSEADDR.
                        """),
                sample("plain-unified-diff", ContentKind.DIFF, "", """
                        --- config/nginx.conf.orig	2025-03-10 09:00:00.000000000 +0100
                        +++ config/nginx.conf	2025-03-11 10:12:44.000000000 +0100
                        @@ -18,7 +18,8 @@ http {
                             sendfile on;
                             keepalive_timeout 65;
                        -    client_max_body_size 1m;
                        +    client_max_body_size 25m;
                        +    client_body_timeout 30s;
                             gzip on;
                             include /etc/nginx/conf.d/*.conf;
                         }
                        """),
                sample("json-array", ContentKind.JSON, "", """
                        [
                          {"name": "api", "replicas": 3, "image": "registry.local/api:1.8.0", "ready": true},
                          {"name": "worker", "replicas": 2, "image": "registry.local/worker:1.8.0", "ready": false}
                        ]
                        """),
                sample("html-fragment", ContentKind.HTML, "", """
                        <div class="card">
                          <h3 class="card-title">Order #9912</h3>
                          <ul class="lines">
                            <li><span class="sku">A-100</span> <span class="qty">x2</span></li>
                            <li><span class="sku">B-220</span> <span class="qty">x1</span></li>
                          </ul>
                          <p class="total">Total: <strong>87.40 EUR</strong></p>
                          <a class="btn" href="/orders/9912">Details</a>
                        </div>
                        """),
                sample("react-component", ContentKind.CODE, "javascript", """
                        import React, { useState } from 'react';

                        export default function Counter({ start = 0 }) {
                          const [count, setCount] = useState(start);
                          const reset = () => setCount(start);
                          return (
                            <div className="counter">
                              <span>{count}</span>
                              <button onClick={() => setCount(count + 1)}>+</button>
                              <button onClick={reset}>reset</button>
                            </div>
                          );
                        }
                        """),
                sample("c-header", ContentKind.CODE, "c", """
                        #ifndef RINGBUF_H
                        #define RINGBUF_H

                        #include <stddef.h>

                        typedef struct ringbuf ringbuf_t;

                        ringbuf_t *ringbuf_new(size_t cap);
                        size_t ringbuf_write(ringbuf_t *rb, const unsigned char *src, size_t n);
                        size_t ringbuf_read(ringbuf_t *rb, unsigned char *dst, size_t n);
                        void ringbuf_free(ringbuf_t *rb);

                        #endif /* RINGBUF_H */
                        """),
                sample("markdown-notes", ContentKind.TEXT, "", """
                        # Release notes 1.8.0

                        ## Added
                        - Vouchers can now be applied before tax, as most of our European customers expect.
                        - The checkout page shows the delivery estimate next to each line of the order.

                        ## Fixed
                        - Orders without lines no longer crash the checkout service with a server error.
                        - The invoice e-mail uses the customer's language instead of always using English.
                        """));
    }

    private static Fixture sample(String name, ContentKind kind, String language, String text) {
        return new Fixture("inline/" + name, kind, language, text);
    }
}
