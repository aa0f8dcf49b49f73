/* reverse: reverses each chunk read, in both directions (WATM v1, or v0 with -DWATM_V0=1). */
#include "watm_common.h"

static int32_t transport_configure(void) { return 0; }

static const uint8_t *reverse_chunk(uint8_t *in, size_t n, int32_t *out_len) {
    for (size_t i = 0, j = n ? n - 1 : 0; i < j; i++, j--) {
        uint8_t t = in[i];
        in[i] = in[j];
        in[j] = t;
    }
    *out_len = (int32_t)n;
    return in;
}

static const uint8_t *transport_encode(uint8_t *in, size_t n, int32_t *out_len) { return reverse_chunk(in, n, out_len); }
static const uint8_t *transport_decode(uint8_t *in, size_t n, int32_t *out_len) { return reverse_chunk(in, n, out_len); }
