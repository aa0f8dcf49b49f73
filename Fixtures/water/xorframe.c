/*
 * xorframe: on the network side every chunk becomes a frame: a 4-byte big-endian length, then the
 * bytes XORed with the repeating `key=` from the config. Needs a key: init fails with -EACCES without one.
 * (WATM v1, or v0 with -DWATM_V0=1.)
 */
#include "watm_common.h"

static uint8_t frame_out[WATM_BUFFER + 4];
static uint8_t pending[2 * WATM_BUFFER + 8];
static size_t pending_len;
static uint8_t plain_out[2 * WATM_BUFFER + 8];

static int32_t transport_configure(void) { return cfg_key_len > 0 ? 0 : -WATM_EACCES; }

static void xor_bytes(uint8_t *dst, const uint8_t *src, size_t n) {
    for (size_t i = 0; i < n; i++) dst[i] = src[i] ^ cfg_key[i % cfg_key_len];
}

static const uint8_t *transport_encode(uint8_t *in, size_t n, int32_t *out_len) {
    frame_out[0] = (uint8_t)(n >> 24);
    frame_out[1] = (uint8_t)(n >> 16);
    frame_out[2] = (uint8_t)(n >> 8);
    frame_out[3] = (uint8_t)n;
    xor_bytes(frame_out + 4, in, n);
    *out_len = (int32_t)(n + 4);
    return frame_out;
}

/* Appends to the pending bytes and emits every complete frame. */
static const uint8_t *transport_decode(uint8_t *in, size_t n, int32_t *out_len) {
    memcpy(pending + pending_len, in, n);
    pending_len += n;
    size_t at = 0, out = 0;
    while (pending_len - at >= 4) {
        size_t len = ((size_t)pending[at] << 24) | ((size_t)pending[at + 1] << 16) |
                     ((size_t)pending[at + 2] << 8) | pending[at + 3];
        if (len > WATM_BUFFER) {
            *out_len = -WATM_EPROTO;
            return plain_out;
        }
        if (pending_len - at - 4 < len) break;
        xor_bytes(plain_out + out, pending + at + 4, len);
        out += len;
        at += 4 + len;
    }
    memmove(pending, pending + at, pending_len - at);
    pending_len -= at;
    *out_len = (int32_t)out;
    return plain_out;
}
