;; The WasmEdge v2 ABI's argument checks, called directly: `run` stores the errno of each call at
;; 256 + 4*i (see SocketABITests). Needs the bind allow-list to admit 127.0.0.1:0.
(module
  (import "wasi_snapshot_preview1" "sock_open" (func $open (param i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "sock_bind" (func $bind (param i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "sock_getsockopt" (func $getopt (param i32 i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "sock_getlocaladdr" (func $local (param i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "sock_getaddrinfo"
    (func $addrinfo (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  ;; 16: {buf 64, len 16} (too short for v2); 24: {buf 64, len 128}
  (data (i32.const 16) "\40\00\00\00\10\00\00\00\40\00\00\00\80\00\00\00")
  ;; 64: family 1 (inet4), 127.0.0.1
  (data (i32.const 64) "\01\00\7f\00\00\01")
  (data (i32.const 300) "127.0.0.1")
  (data (i32.const 320) "8080")
  ;; 400: res -> 420; 420: addrinfo with addr -> 460; 460: sockaddr {family, data_len 26, data 480}
  (data (i32.const 400) "\a4\01\00\00")
  (data (i32.const 432) "\cc\01\00\00")
  (data (i32.const 464) "\1a\00\00\00\e0\01\00\00")
  (global $slot (mut i32) (i32.const 256))
  (func $put (param i32)
    (i32.store (global.get $slot) (local.get 0))
    (global.set $slot (i32.add (global.get $slot) (i32.const 4))))
  (func (export "run")
    (local $fd i32)
    (call $put (call $open (i32.const 1) (i32.const 2) (i32.const 0xFFFFFFF0)))   ;; 0: EFAULT
    (call $put (call $open (i32.const 9) (i32.const 2) (i32.const 0)))            ;; 1: EAFNOSUPPORT
    (call $put (call $open (i32.const 1) (i32.const 2) (i32.const 0)))            ;; 2: ok
    (local.set $fd (i32.load (i32.const 0)))
    (call $put (call $bind (local.get $fd) (i32.const 16) (i32.const 0)))         ;; 3: EINVAL (16 bytes)
    (call $put (call $bind (local.get $fd) (i32.const 24) (i32.const 70000)))     ;; 4: EINVAL (port)
    (call $put (call $bind (local.get $fd) (i32.const 24) (i32.const 0)))         ;; 5: ok
    (call $put (call $getopt (local.get $fd) (i32.const 0) (i32.const 1) (i32.const 200) (i32.const 8)))  ;; 6: EINVAL
    (call $put (call $getopt (local.get $fd) (i32.const 0) (i32.const 1) (i32.const 200) (i32.const 4)))  ;; 7: ok, 2 at 200
    (call $put (call $getopt (local.get $fd) (i32.const 0) (i32.const 9) (i32.const 200) (i32.const 4)))  ;; 8: ENOTSUP
    (call $put (call $local (local.get $fd) (i32.const 24) (i32.const 204)))      ;; 9: ok, port at 204
    (call $put (call $addrinfo (i32.const 300) (i32.const 9) (i32.const 320) (i32.const 4)
                               (i32.const 340) (i32.const 400) (i32.const 1) (i32.const 500)))  ;; 10: ok
    (call $put (call $addrinfo (i32.const 300) (i32.const 0) (i32.const 320) (i32.const 0)
                               (i32.const 340) (i32.const 400) (i32.const 1) (i32.const 504)))  ;; 11: EINVAL
    (call $put (call $open (i32.const 1) (i32.const 5) (i32.const 0)))            ;; 12: EINVAL (type)
    (call $put (call $local (local.get $fd) (i32.const 24) (i32.const 0xFFFFFFFE)))  ;; 13: EFAULT
  )
)
