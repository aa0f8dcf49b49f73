;; host_call.wat — calls into host functions.
;; Imports:
;;   env.add_one (i32) -> i32          host returns its argument + 1
;;   env.log     (i32 ptr, i32 len)    host reads len bytes of memory at ptr
;; Exports:
;;   memory                            1 page
;;   run   (i32) -> i32                add_one(add_one(x)), i.e. x + 2 with the
;;                                     expected host
;;   greet () -> ()                    writes "hello" at address 16 and calls
;;                                     log(16, 5)
(module
  (import "env" "add_one" (func $add_one (param i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32)))
  (memory (export "memory") 1)

  (func $run (export "run") (param $x i32) (result i32)
    (call $add_one (call $add_one (local.get $x))))

  (func $greet (export "greet")
    ;; "hell" as a little-endian i32, then 'o'.
    (i32.store (i32.const 16) (i32.const 0x6c6c6568))
    (i32.store8 (i32.const 20) (i32.const 0x6f))
    (call $log (i32.const 16) (i32.const 5))))
