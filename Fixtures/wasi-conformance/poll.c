// poll_oneoff (poll_oneoff_stdio and clocks), sched_yield, random_get, clocks.
#include "conformance.h"

static __wasi_subscription_t clock_sub(__wasi_userdata_t id, __wasi_clockid_t clock, __wasi_timestamp_t timeout,
                                       __wasi_subclockflags_t flags) {
    __wasi_subscription_t s;
    memset(&s, 0, sizeof s);
    s.userdata = id;
    s.u.tag = __WASI_EVENTTYPE_CLOCK;
    s.u.u.clock.id = clock;
    s.u.u.clock.timeout = timeout;
    s.u.u.clock.flags = flags;
    return s;
}

static __wasi_subscription_t fd_sub(__wasi_userdata_t id, __wasi_eventtype_t type, __wasi_fd_t fd) {
    __wasi_subscription_t s;
    memset(&s, 0, sizeof s);
    s.userdata = id;
    s.u.tag = type;
    s.u.u.fd_read.file_descriptor = fd;
    return s;
}

int main(void) {
    __wasi_subscription_t in[4];
    __wasi_event_t out[4];
    size_t n;

    // No subscriptions.
    EXPECT(__wasi_poll_oneoff(in, out, 0, &n), E(INVAL));
    // A relative clock.
    in[0] = clock_sub(7, __WASI_CLOCKID_MONOTONIC, 1000000, 0);
    OK(__wasi_poll_oneoff(in, out, 1, &n));
    CHECK(n == 1 && out[0].userdata == 7 && out[0].error == 0 && out[0].type == __WASI_EVENTTYPE_CLOCK);
    // An absolute clock in the past fires at once; two due clocks give two events.
    __wasi_timestamp_t now;
    OK(__wasi_clock_time_get(__WASI_CLOCKID_MONOTONIC, 1, &now));
    in[0] = clock_sub(1, __WASI_CLOCKID_MONOTONIC, now, __WASI_SUBCLOCKFLAGS_SUBSCRIPTION_CLOCK_ABSTIME);
    in[1] = clock_sub(2, __WASI_CLOCKID_REALTIME, 0, 0);
    OK(__wasi_poll_oneoff(in, out, 2, &n));
    CHECK(n == 2 && out[0].userdata + out[1].userdata == 3);
    // An unknown clock gives an error event.
    in[0] = clock_sub(3, 99, 0, 0);
    OK(__wasi_poll_oneoff(in, out, 1, &n));
    CHECK(n == 1 && out[0].userdata == 3 && out[0].error == E(INVAL));
    // stdout and stderr are writable before a 200 ms timeout; an unknown fd is an EBADF event.
    in[0] = fd_sub(1, __WASI_EVENTTYPE_FD_WRITE, 1);
    in[1] = fd_sub(2, __WASI_EVENTTYPE_FD_WRITE, 2);
    in[2] = clock_sub(9, __WASI_CLOCKID_MONOTONIC, 200000000, 0);
    int pending = 3;
    for (int round = 0; round < 5 && pending != 0; round++) {
        OK(__wasi_poll_oneoff(in, out, 3, &n));
        for (size_t i = 0; i < n; i++) {
            CHECK(out[i].userdata != 9);
            if (out[i].userdata == 1 || out[i].userdata == 2) {
                CHECK(out[i].type == __WASI_EVENTTYPE_FD_WRITE && out[i].error == 0);
                pending &= ~(int)out[i].userdata;
            }
        }
    }
    CHECK(pending == 0);
    in[0] = fd_sub(5, __WASI_EVENTTYPE_FD_READ, 1000);
    OK(__wasi_poll_oneoff(in, out, 1, &n));
    CHECK(n == 1 && out[0].userdata == 5 && out[0].error == E(BADF) && out[0].type == __WASI_EVENTTYPE_FD_READ);
    // stdin (empty, closed by the runner) is readable or the clock fires.
    in[0] = clock_sub(9, __WASI_CLOCKID_MONOTONIC, 200000000, 0);
    in[1] = fd_sub(4, __WASI_EVENTTYPE_FD_READ, 0);
    OK(__wasi_poll_oneoff(in, out, 2, &n));
    CHECK(n >= 1);
    for (size_t i = 0; i < n; i++) CHECK(out[i].error == 0 && (out[i].userdata == 9 || out[i].userdata == 4));
    // A regular file is always ready; nbytes reports what is left to read.
    __wasi_fd_t root = root_directory(), file;
    OK(__wasi_path_open(root, 0, "poll.cleanup", __WASI_OFLAGS_CREAT | __WASI_OFLAGS_TRUNC,
                        R(FD_READ) | R(FD_WRITE) | R(POLL_FD_READWRITE), 0, 0, &file));
    OK(write_bytes(file, "hello", 5, &n));
    in[0] = fd_sub(6, __WASI_EVENTTYPE_FD_READ, file);
    in[1] = fd_sub(7, __WASI_EVENTTYPE_FD_WRITE, file);
    OK(__wasi_poll_oneoff(in, out, 2, &n));
    CHECK(n == 2 && out[0].error == 0 && out[1].error == 0);
    OK(__wasi_fd_close(file));
    OK(__wasi_path_unlink_file(root, "poll.cleanup"));

    // sched_yield, random_get, clocks.
    OK(__wasi_sched_yield());
    uint8_t random[64] = {0};
    OK(__wasi_random_get(random, 0));
    OK(__wasi_random_get(random, sizeof random));
    int nonzero = 0;
    for (size_t i = 0; i < sizeof random; i++) nonzero |= random[i];
    CHECK(nonzero != 0);
    static uint8_t big[1 << 20];
    OK(__wasi_random_get(big, sizeof big));
    __wasi_timestamp_t t1, t2, res;
    OK(__wasi_clock_res_get(__WASI_CLOCKID_MONOTONIC, &res));
    CHECK(res > 0);
    OK(__wasi_clock_res_get(__WASI_CLOCKID_REALTIME, &res));
    CHECK(res > 0);
    OK(__wasi_clock_time_get(__WASI_CLOCKID_MONOTONIC, 1, &t1));
    OK(__wasi_clock_time_get(__WASI_CLOCKID_MONOTONIC, 1, &t2));
    CHECK(t2 >= t1);
    OK(__wasi_clock_time_get(__WASI_CLOCKID_REALTIME, 1, &t1));
    CHECK(t1 > 1600000000ull * 1000000000ull);
    EXPECT(__wasi_clock_time_get(99, 1, &t1), E(INVAL));
    return finish("poll");
}
