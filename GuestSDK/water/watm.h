/*
 * watm.h: the W.A.T.E.R. guest ABI (WATM v1 and v0) for C with wasi-libc.
 *
 * A WATM is a reactor module (`clang --target=wasm32-wasi -mexec-model=reactor`). The host calls
 * `_initialize` (or `_start`), then the init export, one role export, the control-pipe export, and finally
 * the blocking worker export on its own thread. Every import and export uses i32 only; a negative result is
 * `-(WASI errno)`.
 *
 * v1 exports: watm_init_v1, watm_dial_v1(fd), watm_dial_fixed_v1(fd), watm_accept_v1(fd),
 *             watm_associate_v1(), watm_ctrlpipe_v1(fd), watm_start_v1().
 * v0 exports: _water_v0 (marker), _water_init, _water_dial(fd), _water_accept(fd), _water_associate(),
 *             _water_cancel_with(fd), _water_worker().
 */
#ifndef WATM_H
#define WATM_H

#include <stdint.h>

#define WATM_EXPORT(name) __attribute__((export_name(#name)))
#define WATM_IMPORT(name) __attribute__((import_module("env"), import_name(#name)))

/* WASI errnos used by the ABI (returned negated). */
enum {
    WATM_EACCES = 2, WATM_EAGAIN = 6, WATM_EBADF = 8, WATM_EBUSY = 10, WATM_ECANCELED = 11,
    WATM_EINVAL = 28, WATM_EIO = 29, WATM_EMSGSIZE = 35, WATM_ENODEV = 43, WATM_ENOSYS = 52,
    WATM_ENOTCONN = 53, WATM_EPERM = 63, WATM_EPIPE = 64, WATM_EPROTO = 65,
};

/* One string piece passed to the host: {pointer, length}, like a WASI ciovec. */
typedef struct { const void *buf; uint32_t len; } watm_iovec_t;

/* ---- v1 imports (module "env"); declare only what the module uses ---- */

/* Dials the (network, address) the WATM chooses, after the host's address validator; returns the fd. */
int32_t water_dial(const watm_iovec_t *network, int32_t network_len,
                   const watm_iovec_t *address, int32_t address_len) WATM_IMPORT(water_dial);
/* Dials the destination the host chose (Dialer target, Relay target); returns the fd. */
int32_t water_dial_fixed(void) WATM_IMPORT(water_dial_fixed);
/* Accepts one connection from the host's listener (blocks); returns the fd. */
int32_t water_accept(void) WATM_IMPORT(water_accept);

/* ---- v0 imports ---- */

int32_t host_dial(void) WATM_IMPORT(host_dial);
int32_t host_accept(void) WATM_IMPORT(host_accept);
void host_defer(void) WATM_IMPORT(host_defer);
/* The transport config as a read-only file fd; -EACCES when there is none. */
int32_t pull_config(void) WATM_IMPORT(pull_config);

/* The v1 config file, present only when the host was given config bytes. */
#define WATM_CONFIG_PATH "/conf/watm.cfg"

#endif
