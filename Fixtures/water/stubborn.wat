;; A WATM v1 that ignores its control pipe: watm_start_v1 waits in poll_oneoff for its caller fd and
;; loops forever on whatever it gets, never reading the control fd. The host must hard-stop it after the
;; grace period (tests of cancellation).
(module
  (import "wasi_snapshot_preview1" "poll_oneoff" (func $poll (param i32 i32 i32 i32) (result i32)))
  (import "env" "water_dial_fixed" (func $dial_fixed (result i32)))
  (memory (export "memory") 1)
  ;; Subscription at 0: userdata 0, tag 1 (fd_read) at 8, fd at 16. Events at 64, count at 128.
  (func (export "watm_init_v1") (result i32) (i32.const 0))
  (func (export "watm_dial_v1") (param $internal i32) (result i32)
    (i32.store8 (i32.const 8) (i32.const 1))
    (i32.store (i32.const 16) (local.get $internal))
    (call $dial_fixed))
  (func (export "watm_ctrlpipe_v1") (param i32) (result i32) (i32.const 0))
  (func (export "watm_start_v1") (result i32)
    (loop $forever
      (drop (call $poll (i32.const 0) (i32.const 64) (i32.const 1) (i32.const 128)))
      (br $forever))
    (i32.const 0)))
