;; loop.wat — loops, for fuel/timeout/interrupt tests.
;; Exports:
;;   infinite ()    -> ()    never returns (a bare `loop` + `br`)
;;   count    (i32) -> i32   counts n down to 0 one step per iteration and
;;                           returns the number of iterations (= n for n >= 0,
;;                           0 for n <= 0)
(module
  (func $infinite (export "infinite")
    (loop $forever
      (br $forever)))

  (func $count (export "count") (param $n i32) (result i32)
    (local $steps i32)
    (block $done
      (loop $next
        (br_if $done (i32.le_s (local.get $n) (i32.const 0)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (local.set $steps (i32.add (local.get $steps) (i32.const 1)))
        (br $next)))
    (local.get $steps)))
