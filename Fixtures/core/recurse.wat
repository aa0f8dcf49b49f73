;; recurse.wat — call-depth tests (stack exhaustion must trap, not crash).
;; Exports:
;;   deep    (i32) -> i32   recurses n levels deep (not a tail call: it adds 1
;;                          after each return) and returns n (0 for n <= 0)
;;   forever ()    -> i32   recurses without bound; must end in a
;;                          call-stack-exhausted trap
(module
  (func $deep (export "deep") (param $n i32) (result i32)
    (if (result i32) (i32.le_s (local.get $n) (i32.const 0))
      (then (i32.const 0))
      (else
        (i32.add
          (call $deep (i32.sub (local.get $n) (i32.const 1)))
          (i32.const 1)))))

  (func $forever (export "forever") (result i32)
    (i32.add (call $forever) (i32.const 1))))
