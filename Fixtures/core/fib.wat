;; fib.wat — Fibonacci, recursive and iterative.
;; Exports:
;;   fib      (i64) -> i64   naive doubly-recursive fib; fib(0)=0, fib(1)=1
;;   fib_iter (i64) -> i64   same values computed in a loop
(module
  (func $fib (export "fib") (param $n i64) (result i64)
    (if (result i64) (i64.lt_u (local.get $n) (i64.const 2))
      (then (local.get $n))
      (else
        (i64.add
          (call $fib (i64.sub (local.get $n) (i64.const 1)))
          (call $fib (i64.sub (local.get $n) (i64.const 2)))))))

  (func $fib_iter (export "fib_iter") (param $n i64) (result i64)
    (local $a i64) (local $b i64) (local $t i64)
    (local.set $a (i64.const 0))
    (local.set $b (i64.const 1))
    (block $done
      (loop $next
        (br_if $done (i64.eqz (local.get $n)))
        (local.set $t (i64.add (local.get $a) (local.get $b)))
        (local.set $a (local.get $b))
        (local.set $b (local.get $t))
        (local.set $n (i64.sub (local.get $n) (i64.const 1)))
        (br $next)))
    (local.get $a)))
