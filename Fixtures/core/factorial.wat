;; factorial.wat — factorial in i64, recursive and iterative.
;; Exports:
;;   fac      (i64) -> i64   recursive; fac(0)=1, fac(20)=2432902008176640000
;;   fac_iter (i64) -> i64   loop version, same results (wraps mod 2^64 past 20)
(module
  (func $fac (export "fac") (param $n i64) (result i64)
    (if (result i64) (i64.le_u (local.get $n) (i64.const 1))
      (then (i64.const 1))
      (else
        (i64.mul (local.get $n)
                 (call $fac (i64.sub (local.get $n) (i64.const 1)))))))

  (func $fac_iter (export "fac_iter") (param $n i64) (result i64)
    (local $acc i64)
    (local.set $acc (i64.const 1))
    (block $done
      (loop $next
        (br_if $done (i64.le_u (local.get $n) (i64.const 1)))
        (local.set $acc (i64.mul (local.get $acc) (local.get $n)))
        (local.set $n (i64.sub (local.get $n) (i64.const 1)))
        (br $next)))
    (local.get $acc)))
