// waPC test guest built with the C SDK (GuestSDK/wapc/wapc.h) and wasi-libc, as a WASI reactor:
// `_initialize` runs wasi-libc's constructors, then `wapc_init` registers the operations (see
// README.md for what each does).
#include <stdio.h>
#include <string.h>
#include <time.h>

#define WAPC_IMPLEMENTATION
#include "../../GuestSDK/wapc/wapc.h"

// echo: host call ("wapc", "testing", "echo", payload); a failed host call fails with
// "Host error: <msg>"; otherwise returns the payload.
static int echo(const uint8_t *payload, size_t len) {
    uint8_t *result;
    size_t result_len;
    int ok = wapc_host_call("wapc", "testing", "echo", payload, len, &result, &result_len);
    if (!ok) {
        char message[256];
        snprintf(message, sizeof message, "Host error: %.*s", (int)result_len, result ? (const char *)result : "");
        free(result);
        wapc_fail(message);
        return 0;
    }
    free(result);
    wapc_respond(payload, len);
    return 1;
}

// ping: returns the payload without calling the host (the plain round trip).
static int ping(const uint8_t *payload, size_t len) {
    wapc_respond(payload, len);
    return 1;
}

static int nope(const uint8_t *payload, size_t len) {
    wapc_fail("Planned Failure");
    return 0;
}

// hello: prints "hello called", asks the host to capitalize the payload, returns "Hello, " + reply.
static int hello(const uint8_t *payload, size_t len) {
    printf("hello called\n");
    fflush(stdout);
    uint8_t *result;
    size_t result_len;
    if (!wapc_host_call("", "example", "capitalize", payload, len, &result, &result_len)) {
        wapc_fail("Host error");
        free(result);
        return 0;
    }
    size_t n = 7 + result_len;
    uint8_t *reply = malloc(n);
    memcpy(reply, "Hello, ", 7);
    if (result_len > 0) memcpy(reply + 7, result, result_len);
    wapc_respond(reply, n);
    free(reply);
    free(result);
    return 1;
}

static int trap(const uint8_t *payload, size_t len) { __builtin_trap(); }

static volatile int spin;
static int loop(const uint8_t *payload, size_t len) {
    for (;;) spin++;
}

// hog: allocates 1 MiB blocks until malloc fails (chaining them so that they are really used, then
// freeing them); returns how many it got, in decimal.
static int hog(const uint8_t *payload, size_t len) {
    int count = 0;
    void **head = NULL, **block;
    while ((block = malloc(1 << 20)) != NULL) {
        *block = head;
        head = block;
        count++;
    }
    while (head) {
        block = *head;
        free(head);
        head = block;
    }
    char text[16];
    int n = snprintf(text, sizeof text, "%d", count);
    wapc_respond(text, (size_t)n);
    return 1;
}

// log: sends the payload to __console_log; empty response.
static int log_op(const uint8_t *payload, size_t len) {
    __console_log(payload, len);
    return 1;
}

// nested: host call ("wapc", "testing", "nested", payload); returns the host's reply.
static int nested(const uint8_t *payload, size_t len) {
    uint8_t *result;
    size_t result_len;
    int ok = wapc_host_call("wapc", "testing", "nested", payload, len, &result, &result_len);
    if (ok) wapc_respond(result, result_len); else wapc_fail_bytes(result, result_len);
    free(result);
    return ok;
}

// sleep: sleeps for the payload's number of milliseconds (WASI poll_oneoff), then says so.
static int sleep_op(const uint8_t *payload, size_t len) {
    long ms = 0;
    for (size_t i = 0; i < len && payload[i] >= '0' && payload[i] <= '9'; i++) ms = ms * 10 + (payload[i] - '0');
    struct timespec duration = { ms / 1000, (ms % 1000) * 1000000L };
    nanosleep(&duration, NULL);
    char text[48];
    int n = snprintf(text, sizeof text, "slept for %ld ms", ms);
    wapc_respond(text, (size_t)n);
    return 1;
}

// Result precedence and ABI edge cases.
static int error_and_one(const uint8_t *p, size_t n) { wapc_fail("guest error wins"); return 1; }
static int error_then_trap(const uint8_t *p, size_t n) { wapc_fail("error before trap"); __builtin_trap(); }
static int zero(const uint8_t *p, size_t n) { wapc_respond("ignored", 7); return 0; }
static int no_response(const uint8_t *p, size_t n) { return 1; }
static int dangling(const uint8_t *p, size_t n) { __guest_response((const void *)1, 0); return 1; }
static int bad_read(const uint8_t *p, size_t n) { __guest_response((const void *)0xFFFFFFF0u, 64); return 1; }
static int bad_write(const uint8_t *p, size_t n) {
    __host_call("wapc", 4, "testing", 7, "echo", 4, p, n);
    __host_response((void *)0xFFFFFFF0u);
    return 1;
}
static int last_response_wins(const uint8_t *p, size_t n) { wapc_respond("first", 5); wapc_respond("second", 6); return 1; }

// wapc_init makes a host call whose operation is the one __guest_request reports during init.
__attribute__((export_name("wapc_init"))) void wapc_init(void) {
    char op[32] = {0};
    uint8_t none[1];
    __guest_request(op, none);
    __host_call("wapc", 4, "init", 4, op, strnlen(op, sizeof op - 1), "", 0);

    wapc_register("echo", echo);
    wapc_register("ping", ping);
    wapc_register("nope", nope);
    wapc_register("hello", hello);
    wapc_register("trap", trap);
    wapc_register("loop", loop);
    wapc_register("hog", hog);
    wapc_register("log", log_op);
    wapc_register("sleep", sleep_op);
    wapc_register("nested", nested);
    wapc_register("error_and_one", error_and_one);
    wapc_register("error_then_trap", error_then_trap);
    wapc_register("zero", zero);
    wapc_register("no_response", no_response);
    wapc_register("dangling", dangling);
    wapc_register("bad_read", bad_read);
    wapc_register("bad_write", bad_write);
    wapc_register("last_response_wins", last_response_wins);
}
