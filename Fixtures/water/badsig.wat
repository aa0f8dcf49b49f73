;; A WATM v1 whose watm_dial_v1 has the wrong type ((i64) -> i32): creating a Dialer must fail.
(module
  (import "wasi_snapshot_preview1" "sched_yield" (func (result i32)))
  (memory (export "memory") 1)
  (func (export "watm_init_v1") (result i32) (i32.const 0))
  (func (export "watm_dial_v1") (param i64) (result i32) (i32.const -52))
  (func (export "watm_ctrlpipe_v1") (param i32) (result i32) (i32.const 0))
  (func (export "watm_start_v1") (result i32) (i32.const 0)))
