;; AssemblyScript-style command (what asc + @assemblyscript/wasi-shim emit): only a few WASI imports,
;; an exported memory and _start running the top-level code. Writes "hello" to stdout, then checks that
;; fd_write to an unknown fd fails with EBADF (8); on any failure it exits like the shim's abort (255).
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "hello")
  (func $abort (call $proc_exit (i32.const 255)))
  (func (export "_start")
    (i32.store (i32.const 0) (i32.const 16))
    (i32.store (i32.const 4) (i32.const 5))
    (if (i32.ne (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)) (i32.const 0))
      (then (call $abort)))
    (if (i32.ne (i32.load (i32.const 8)) (i32.const 5)) (then (call $abort)))
    (if (i32.ne (call $fd_write (i32.const 42) (i32.const 0) (i32.const 1) (i32.const 8)) (i32.const 8))
      (then (call $abort)))))
