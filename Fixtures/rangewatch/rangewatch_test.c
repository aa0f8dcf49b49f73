// The original wazero-range-watch test module (test/module.go) in C over GuestSDK/rangewatch/
// rangewatch.h. Watch ids are "<from>-<to>", ranges [test-<from>, test-<to>). Each notice is reported
// to the host through the test import `rangewatch_test.delivered(val, id_ptr, id_len)` (the original
// printed "<val>,<id>"). The test_* exports return the SDK status (0 = ok).
#define RANGEWATCH_IMPLEMENTATION
#include "rangewatch.h"

__attribute__((import_module("rangewatch_test"), import_name("delivered")))
void delivered(int64_t val, const uint8_t *id, uint32_t id_len);

static int reject_notices;   // set_reject: the receiver rejects (the host closes the watch)
static int stop_in_callback; // set_stop_in_callback: the receiver stops its own watch

static int on_notice(const uint8_t *id, uint32_t id_len, uint64_t val) {
    delivered((int64_t)val, id, id_len);
    if (stop_in_callback && rw_stop(id, id_len) != RW_OK) __builtin_trap();
    return reject_notices;
}

// WASI reactor convention: the pool calls _initialize once per instance (TinyGo's main did this).
__attribute__((export_name("_initialize"))) void _initialize(void) { rw_receive(on_notice); }

static uint32_t put_int(uint8_t *out, int32_t v) {
    uint8_t digits[12]; uint32_t n = 0;
    uint32_t u = v < 0 ? (uint32_t)-v : (uint32_t)v;
    do { digits[n++] = (uint8_t)('0' + u % 10); u /= 10; } while (u);
    uint32_t len = 0;
    if (v < 0) out[len++] = '-';
    while (n) out[len++] = digits[--n];
    return len;
}

static uint8_t id_[32], from_[32], to_[32];
static uint32_t id_len_, from_len_, to_len_;

static void names(int32_t from, int32_t to) {
    id_len_ = put_int(id_, from);
    id_[id_len_++] = '-';
    id_len_ += put_int(id_ + id_len_, to);
    const uint8_t prefix[5] = {'t', 'e', 's', 't', '-'};
    for (int i = 0; i < 5; i++) from_[i] = to_[i] = prefix[i];
    from_len_ = 5 + put_int(from_ + 5, from);
    to_len_ = 5 + put_int(to_ + 5, to);
}

__attribute__((export_name("test_create"))) int32_t test_create(int32_t from, int32_t to) {
    names(from, to);
    int status = rw_open(id_, id_len_, from_, from_len_, to_, to_len_);
    return status != RW_OK ? status : rw_start(id_, id_len_);
}
__attribute__((export_name("test_reserve"))) int32_t test_reserve(int32_t from, int32_t to) {
    names(from, to); return rw_reserve(id_, id_len_);
}
__attribute__((export_name("test_open"))) int32_t test_open(int32_t from, int32_t to) {
    names(from, to); return rw_open(id_, id_len_, from_, from_len_, to_, to_len_);
}
__attribute__((export_name("test_start"))) int32_t test_start(int32_t from, int32_t to) {
    names(from, to); return rw_start(id_, id_len_);
}
__attribute__((export_name("test_stop"))) int32_t test_stop(int32_t from, int32_t to) {
    names(from, to); return rw_stop(id_, id_len_);
}
__attribute__((export_name("test_emit"))) void test_emit(int32_t val) {
    static const uint8_t k1[] = "test-100", k2[] = "test-200", k3[] = "test-300";
    rw_key keys[3] = {{k1, 8}, {k2, 8}, {k3, 8}};
    rw_emit((uint64_t)(uint32_t)val, keys, 3);
}
__attribute__((export_name("test_emit_2"))) void test_emit_2(int32_t val) {
    uint8_t key[20] = {'t', 'e', 's', 't', '-'};
    rw_key keys[1] = {{key, 5 + put_int(key + 5, val)}};
    rw_emit((uint64_t)(uint32_t)val, keys, 1);
}

__attribute__((export_name("set_reject"))) void set_reject(int32_t on) { reject_notices = on; }
__attribute__((export_name("set_stop_in_callback"))) void set_stop_in_callback(int32_t on) { stop_in_callback = on; }

// Raw access for the extension cases: the host writes into `scratch` (4 KiB), then:
static uint8_t scratch_[4096];
__attribute__((export_name("scratch"))) uint32_t scratch(void) { return (uint32_t)(uintptr_t)scratch_; }
// watch_open(id_len, from_len, to_len): id, from and to lie back to back in scratch.
__attribute__((export_name("watch_open"))) int32_t watch_open(int32_t id_len, int32_t from_len, int32_t to_len) {
    return rw_open(scratch_, (uint32_t)id_len, scratch_ + id_len, (uint32_t)from_len,
                   scratch_ + id_len + from_len, (uint32_t)to_len);
}
__attribute__((export_name("watch_reserve"))) int32_t watch_reserve(int32_t len) { return rw_reserve(scratch_, (uint32_t)len); }
__attribute__((export_name("watch_start"))) int32_t watch_start(int32_t len) { return rw_start(scratch_, (uint32_t)len); }
__attribute__((export_name("watch_stop"))) int32_t watch_stop(int32_t len) { return rw_stop(scratch_, (uint32_t)len); }
// emit_one(val, len): emits the single key scratch[0..<len].
__attribute__((export_name("emit_one"))) void emit_one(int64_t val, int32_t len) {
    rw_key keys[1] = {{scratch_, (uint32_t)len}};
    rw_emit((uint64_t)val, keys, 1);
}
// raw_call(op, len): copies scratch[0..<len] into the buffer as is and calls flush (0) or open (1),
// to send malformed key lists.
__attribute__((export_name("raw_call"))) void raw_call(int32_t op, int32_t len) {
    for (int32_t i = 0; i < len; i++) rw_buf[i] = scratch_[i];
    rw_buf_len = (uint32_t)len;
    if (op == 0) __range_watch_flush(); else __range_watch_open();
}
// Lowers the advertised error capacity (the host truncates status texts to it).
__attribute__((export_name("set_err_cap"))) void set_err_cap(int32_t cap) { rw_err_cap = (uint32_t)cap; }
// The status text length of the last call.
__attribute__((export_name("last_error_length"))) int32_t last_error_length(void) { return (int32_t)rw_err_len; }
