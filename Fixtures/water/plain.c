/* plain: passes bytes through unchanged (WATM v1, or v0 with -DWATM_V0=1). */
#include "watm_common.h"

static int32_t transport_configure(void) { return 0; }

static const uint8_t *transport_encode(uint8_t *in, size_t n, int32_t *out_len) {
    *out_len = (int32_t)n;
    return in;
}

static const uint8_t *transport_decode(uint8_t *in, size_t n, int32_t *out_len) {
    *out_len = (int32_t)n;
    return in;
}
