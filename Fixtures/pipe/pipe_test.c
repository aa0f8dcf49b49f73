// The original wazero-pipe test module (test/module.go) in C over GuestSDK/pipe/pipe.h, plus exports
// for this project's cases (oversize, bench loops). Any SDK error traps.
#define PIPE_IMPLEMENTATION
#include "pipe.h"

#define CHECK(x) do { if ((x) != PIPE_OK) __builtin_trap(); } while (0)

// Pipe[uint64], id 0
__attribute__((export_name("testSendUint64"))) void testSendUint64(int64_t n) { CHECK(pipe_send_u64(0, (uint64_t)n)); }
__attribute__((export_name("testRecvUint64"))) int64_t testRecvUint64(void) {
    uint64_t v; CHECK(pipe_recv_u64(0, &v)); return (int64_t)v;
}

// Pipe[uint32], id 1
__attribute__((export_name("testSendUint32"))) void testSendUint32(int64_t n) { CHECK(pipe_send_u32(1, (uint32_t)n)); }
__attribute__((export_name("testRecvUint32"))) int64_t testRecvUint32(void) {
    uint32_t v; CHECK(pipe_recv_u32(1, &v)); return (int64_t)v;
}

// Pipe[[]byte], id 2: the decimal string of n
__attribute__((export_name("testSendBytes"))) void testSendBytes(int64_t n) {
    uint8_t digits[24]; int len = 0;
    uint64_t v = (uint64_t)n;
    do { digits[len++] = (uint8_t)('0' + v % 10); v /= 10; } while (v);
    uint8_t text[24];
    for (int i = 0; i < len; i++) text[i] = digits[len - 1 - i];
    CHECK(pipe_send(2, text, (uint32_t)len));
}
__attribute__((export_name("testRecvBytes"))) int64_t testRecvBytes(void) {
    uint32_t len = pipe_recv(2);
    if (len == 0) __builtin_trap();
    int64_t v = 0;
    for (uint32_t i = 0; i < len; i++) {
        if (pipe_buf[i] < '0' || pipe_buf[i] > '9') __builtin_trap();
        v = v * 10 + (pipe_buf[i] - '0');
    }
    return v;
}

// Sets bufLen past the capacity and calls the host directly (what a buggy guest could do).
__attribute__((export_name("testSendOversize"))) void testSendOversize(int32_t id) {
    pipe_id = (uint32_t)id;
    pipe_buf_len = pipe_buf_cap + 1;
    __pipe_send();
}

// Lowers the advertised capacity (the host re-reads it on every call).
__attribute__((export_name("setCapacity"))) void setCapacity(int32_t cap) { pipe_buf_cap = (uint32_t)cap; }

// The length of the last message received (bufLen).
__attribute__((export_name("lastLength"))) int32_t lastLength(void) { return (int32_t)pipe_buf_len; }

// Bench loops: n messages of `size` bytes on pipe `id`; recv returns the total bytes received.
__attribute__((export_name("sendMany"))) void sendMany(int32_t id, int32_t n, int32_t size) {
    for (int32_t i = 0; i < n; i++) {
        pipe_buf[0] = (uint8_t)i;
        CHECK(pipe_send_buffer((uint32_t)id, (uint32_t)size));
    }
}
__attribute__((export_name("recvMany"))) int64_t recvMany(int32_t id, int32_t n) {
    int64_t total = 0;
    for (int32_t i = 0; i < n; i++) total += pipe_recv((uint32_t)id);
    return total;
}
