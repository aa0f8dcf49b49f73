;; AssemblyScript-style: args_sizes_get/args_get and environ_sizes_get/environ_get into one buffer each;
;; exits with argc * 16 + environment count (checked by exit_code), and prints every environment
;; string followed by a newline (checked by stdout).
(module
  (import "wasi_snapshot_preview1" "args_sizes_get" (func $args_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_get" (func $args_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "environ_sizes_get" (func $environ_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "environ_get" (func $environ_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
  (memory (export "memory") 1)
  (data (i32.const 32) "\n")
  (func $check (param i32) (if (local.get 0) (then (call $proc_exit (i32.const 255)))))
  ;; Writes the NUL-terminated string at $p and a newline to stdout.
  (func $puts (param $p i32) (local $n i32)
    (block $done (loop $scan
      (br_if $done (i32.eqz (i32.load8_u (i32.add (local.get $p) (local.get $n)))))
      (local.set $n (i32.add (local.get $n) (i32.const 1)))
      (br $scan)))
    (i32.store (i32.const 0) (local.get $p))
    (i32.store (i32.const 4) (local.get $n))
    (i32.store (i32.const 8) (i32.const 32))
    (i32.store (i32.const 12) (i32.const 1))
    (call $check (call $fd_write (i32.const 1) (i32.const 0) (i32.const 2) (i32.const 16))))
  (func (export "_start") (local $argc i32) (local $envc i32) (local $i i32)
    (call $check (call $args_sizes_get (i32.const 64) (i32.const 68)))
    (local.set $argc (i32.load (i32.const 64)))
    (call $check (call $args_get (i32.const 1024) (i32.const 4096)))
    (call $check (call $environ_sizes_get (i32.const 64) (i32.const 68)))
    (local.set $envc (i32.load (i32.const 64)))
    (call $check (call $environ_get (i32.const 2048) (i32.const 8192)))
    (block $done (loop $each
      (br_if $done (i32.ge_u (local.get $i) (local.get $envc)))
      (call $puts (i32.load (i32.add (i32.const 2048) (i32.shl (local.get $i) (i32.const 2)))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $each)))
    (call $proc_exit (i32.add (i32.shl (local.get $argc) (i32.const 4)) (local.get $envc)))))
