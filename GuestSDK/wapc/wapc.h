/*
 * waPC guest SDK for C (clang --target=wasm32 or wasm32-wasi). Single header: include it everywhere,
 * and in exactly one file define WAPC_IMPLEMENTATION before including it, which defines the
 * `__guest_call` export and the handler table.
 *
 *   #define WAPC_IMPLEMENTATION
 *   #include "wapc.h"
 *
 *   static int echo(const uint8_t *payload, size_t len) {
 *       wapc_respond(payload, len);        // the response (copied by the host)
 *       return 1;
 *   }
 *   __attribute__((export_name("wapc_init"))) void wapc_init(void) {
 *       wapc_register("echo", echo);
 *   }
 *
 * A handler returns 1 on success (after wapc_respond, or with an empty response) and 0 on failure
 * (after wapc_fail). Unknown operations fail with `Could not find function "<op>"`. Buffers come from
 * WAPC_MALLOC/WAPC_FREE (default: malloc/free from <stdlib.h>).
 */
#ifndef WAPC_H
#define WAPC_H

#include <stddef.h>
#include <stdint.h>

#ifndef WAPC_MALLOC
#include <stdlib.h>
#define WAPC_MALLOC malloc
#define WAPC_FREE free
#endif

#define WAPC_IMPORT(name) __attribute__((import_module("wapc"), import_name(#name)))

/* The waPC host ABI (module "wapc"); pointers and lengths are 32-bit offsets into memory. */
WAPC_IMPORT(__host_call) int32_t __host_call(const void *binding, size_t binding_len, const void *ns, size_t ns_len,
                                             const void *op, size_t op_len, const void *payload, size_t payload_len);
WAPC_IMPORT(__host_response_len) size_t __host_response_len(void);
WAPC_IMPORT(__host_response) void __host_response(void *ptr);
WAPC_IMPORT(__host_error_len) size_t __host_error_len(void);
WAPC_IMPORT(__host_error) void __host_error(void *ptr);
WAPC_IMPORT(__guest_request) void __guest_request(void *op_ptr, void *payload_ptr);
WAPC_IMPORT(__guest_response) void __guest_response(const void *ptr, size_t len);
WAPC_IMPORT(__guest_error) void __guest_error(const void *ptr, size_t len);
WAPC_IMPORT(__console_log) void __console_log(const void *ptr, size_t len);

/* An operation handler: returns 1 on success, 0 on failure. */
typedef int (*wapc_handler)(const uint8_t *payload, size_t payload_len);

/* Registers `handler` for operation `name` (a string that must stay valid). Later registrations of
 * the same name replace earlier ones. At most WAPC_MAX_HANDLERS names. */
void wapc_register(const char *name, wapc_handler handler);
/* Sets the response of the running operation (the host copies it at once). */
void wapc_respond(const void *data, size_t len);
/* Sets the error text of the running operation (NUL-terminated). */
void wapc_fail(const char *message);
/* Sets the error text from bytes. */
void wapc_fail_bytes(const void *message, size_t len);
/* Logs a NUL-terminated message through the host's logger. */
void wapc_console_log(const char *message);

/* Calls the host. Returns 1 on success with the response in *result, or 0 with the host's error text
 * in *result. A non-empty *result is NUL-terminated for convenience (length in *result_len) and must be
 * released with WAPC_FREE; an empty one is NULL (as it is when allocation fails). */
int wapc_host_call(const char *binding, const char *ns, const char *op, const void *payload, size_t payload_len,
                   uint8_t **result, size_t *result_len);

#ifdef WAPC_IMPLEMENTATION

#ifndef WAPC_MAX_HANDLERS
#define WAPC_MAX_HANDLERS 64
#endif

static struct { const char *name; size_t len; wapc_handler handler; } wapc_handlers_[WAPC_MAX_HANDLERS];
static size_t wapc_handler_count_;

static size_t wapc_strlen_(const char *s) {
    size_t n = 0;
    while (s[n]) n++;
    return n;
}

static int wapc_equal_(const char *a, size_t a_len, const uint8_t *b, size_t b_len) {
    if (a_len != b_len) return 0;
    for (size_t i = 0; i < a_len; i++)
        if ((uint8_t)a[i] != b[i]) return 0;
    return 1;
}

void wapc_register(const char *name, wapc_handler handler) {
    size_t len = wapc_strlen_(name);
    for (size_t i = 0; i < wapc_handler_count_; i++) {
        if (wapc_equal_(wapc_handlers_[i].name, wapc_handlers_[i].len, (const uint8_t *)name, len)) {
            wapc_handlers_[i].handler = handler;
            return;
        }
    }
    if (wapc_handler_count_ == WAPC_MAX_HANDLERS) return;
    wapc_handlers_[wapc_handler_count_].name = name;
    wapc_handlers_[wapc_handler_count_].len = len;
    wapc_handlers_[wapc_handler_count_].handler = handler;
    wapc_handler_count_++;
}

void wapc_respond(const void *data, size_t len) { __guest_response(data, len); }
void wapc_fail(const char *message) { __guest_error(message, wapc_strlen_(message)); }
void wapc_fail_bytes(const void *message, size_t len) { __guest_error(message, len); }
void wapc_console_log(const char *message) { __console_log(message, wapc_strlen_(message)); }

int wapc_host_call(const char *binding, const char *ns, const char *op, const void *payload, size_t payload_len,
                   uint8_t **result, size_t *result_len) {
    int ok = __host_call(binding, wapc_strlen_(binding), ns, wapc_strlen_(ns), op, wapc_strlen_(op),
                         payload, payload_len) == 1;
    size_t len = ok ? __host_response_len() : __host_error_len();
    uint8_t *buffer = len > 0 ? (uint8_t *)WAPC_MALLOC(len + 1) : NULL;
    if (buffer) {
        if (ok) __host_response(buffer); else __host_error(buffer);
        buffer[len] = 0;
    }
    *result = buffer;
    *result_len = buffer ? len : 0;
    return ok;
}

#ifndef WAPC_STATIC_PAYLOAD
#define WAPC_STATIC_PAYLOAD 1024
#endif

/* Small requests of the outermost call use static buffers (no allocation per call); larger ones and
 * calls nested in a host call (re-entrant) are allocated. */
static uint8_t wapc_op_buffer_[64];
static uint8_t wapc_payload_buffer_[WAPC_STATIC_PAYLOAD];
static int wapc_depth_;

__attribute__((export_name("__guest_call"))) int32_t __guest_call(int32_t op_len, int32_t payload_len) {
    int outermost = wapc_depth_ == 0;
    uint8_t *op = outermost && (size_t)op_len < sizeof wapc_op_buffer_ ? wapc_op_buffer_
        : (uint8_t *)WAPC_MALLOC((size_t)op_len + 1);
    uint8_t *payload = outermost && (size_t)payload_len < sizeof wapc_payload_buffer_ ? wapc_payload_buffer_
        : (uint8_t *)WAPC_MALLOC((size_t)payload_len + 1);
    if (!op || !payload) {
        if (op != wapc_op_buffer_) WAPC_FREE(op);
        if (payload != wapc_payload_buffer_) WAPC_FREE(payload);
        wapc_fail("out of memory");
        return 0;
    }
    __guest_request(op, payload);
    wapc_depth_++;
    int result = -1;
    for (size_t i = 0; i < wapc_handler_count_; i++) {
        if (wapc_equal_(wapc_handlers_[i].name, wapc_handlers_[i].len, op, (size_t)op_len)) {
            result = wapc_handlers_[i].handler(payload, (size_t)payload_len) ? 1 : 0;
            break;
        }
    }
    if (result < 0) {
        static const char prefix[] = "Could not find function \"";
        size_t n = sizeof prefix - 1;
        uint8_t *message = (uint8_t *)WAPC_MALLOC(n + (size_t)op_len + 1);
        if (message) {
            for (size_t i = 0; i < n; i++) message[i] = (uint8_t)prefix[i];
            for (size_t i = 0; i < (size_t)op_len; i++) message[n + i] = op[i];
            message[n + (size_t)op_len] = '"';
            __guest_error(message, n + (size_t)op_len + 1);
            WAPC_FREE(message);
        } else {
            wapc_fail("Could not find function");
        }
        result = 0;
    }
    wapc_depth_--;
    if (op != wapc_op_buffer_) WAPC_FREE(op);
    if (payload != wapc_payload_buffer_) WAPC_FREE(payload);
    return result;
}

#endif /* WAPC_IMPLEMENTATION */
#endif /* WAPC_H */
