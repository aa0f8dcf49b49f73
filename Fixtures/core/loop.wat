;; loop.wat — loops, for fuel/timeout/interrupt tests.
;; Exports:
;;   infinite ()    -> ()    never returns (a bare `loop` + `br`)
;;   count    (i32) -> i32   counts n down to 0 one step per iteration and
;;                           returns the number of iterations (= n for n >= 0,
;;                           0 for n <= 0)
;;   switch_forever ()  -> ()    never returns: a `br` to the end of a block whose next
;;                           instruction is the loop's back-edge
;;   dispatch (i32) -> i32   a switch in a loop (br_table, cases ending in a `br` to the
;;                           switch's end, then the back-edge), i = 1...n adding 1, 10, 100,
;;                           100 for i % 4 = 0, 1, 2, 3: 211 per four iterations
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
    (local.get $steps))

  (func $switch_forever (export "switch_forever")
    (loop $top
      (block $next
        (br $next))
      (br $top)))

  (func $dispatch (export "dispatch") (param $n i32) (result i32)
    (local $i i32) (local $acc i32)
    (block $exit
      (loop $top
        (br_if $exit (i32.ge_s (local.get $i) (local.get $n)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (block $next
          (block $c2
            (block $c1
              (block $c0
                (br_table $c0 $c1 $c2 (i32.and (local.get $i) (i32.const 3))))
              (local.set $acc (i32.add (local.get $acc) (i32.const 1)))
              (br $next))
            (local.set $acc (i32.add (local.get $acc) (i32.const 10)))
            (br $next))
          (local.set $acc (i32.add (local.get $acc) (i32.const 100))))
        (br $top)))
    (local.get $acc)))
