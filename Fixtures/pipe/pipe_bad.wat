;; Malformed meta pages. setMode before the first pipe call (the host caches the meta page):
;;   mode 0: __pipe returns 0x10, whose buffer slot points at 0xFFFFFFF0 (past the 1-page memory)
;;   mode 1: __pipe returns 0xFFFFFFFE (the meta page itself is out of bounds)
;;   mode 2: a valid page whose id slot points past the end of memory
(module
  (import "pantopic/wazero-pipe" "__pipe_send" (func $send))
  (import "pantopic/wazero-pipe" "__pipe_recv" (func $recv))
  (memory (export "memory") 1)
  (global $mode (mut i32) (i32.const 0))
  ;; mode 0 page at 0x10: id @0x40, cap @0x44, len @0x48, buf 0xFFFFFFF0
  (data (i32.const 0x10) "\40\00\00\00\44\00\00\00\48\00\00\00\f0\ff\ff\ff")
  ;; mode 2 page at 0x20: id @0x00010000 (just past the end), cap @0x44, len @0x48, buf 0x80
  (data (i32.const 0x20) "\00\00\01\00\44\00\00\00\48\00\00\00\80\00\00\00")
  (data (i32.const 0x44) "\10\00\00\00\04\00\00\00")
  (func (export "setMode") (param i32) (global.set $mode (local.get 0)))
  (func (export "__pipe") (result i32)
    (if (result i32) (i32.eq (global.get $mode) (i32.const 1))
      (then (i32.const 0xFFFFFFFE))
      (else (if (result i32) (i32.eq (global.get $mode) (i32.const 2))
        (then (i32.const 0x20)) (else (i32.const 0x10))))))
  (func (export "send") (call $send))
  (func (export "recv") (call $recv)))
