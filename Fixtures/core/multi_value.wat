;; multi_value.wat — functions and blocks with several results.
;; Exports:
;;   swap     (i32 a, i32 b) -> (i32, i32)   (b, a)
;;   divmod   (i32 a, i32 b) -> (i32, i32)   (a div_u b, a rem_u b); traps if b = 0
;;   split    (i64 x) -> (i32, i32)          (low 32 bits, high 32 bits)
;;   mixed    () -> (i32, i64, f32, f64)     (1, 2, 3.5, 4.25)
;;   sum_pair (i32 a, i32 b) -> i32          a + b via a block with type
;;                                           (param i32 i32) (result i32)
;;   swap_sum (i32 a, i32 b) -> i32          calls swap, then a loop with
;;                                           params; returns b - a
(module
  (type $pair (func (param i32 i32) (result i32 i32)))

  (func $swap (export "swap") (type $pair)
    (local.get 1) (local.get 0))

  (func (export "divmod") (param $a i32) (param $b i32) (result i32 i32)
    (i32.div_u (local.get $a) (local.get $b))
    (i32.rem_u (local.get $a) (local.get $b)))

  (func (export "split") (param $x i64) (result i32 i32)
    (i32.wrap_i64 (local.get $x))
    (i32.wrap_i64 (i64.shr_u (local.get $x) (i64.const 32))))

  (func (export "mixed") (result i32 i64 f32 f64)
    (i32.const 1) (i64.const 2) (f32.const 3.5) (f64.const 4.25))

  (func (export "sum_pair") (param $a i32) (param $b i32) (result i32)
    (local.get $a) (local.get $b)
    (block (param i32 i32) (result i32)
      (i32.add)))

  (func (export "swap_sum") (param $a i32) (param $b i32) (result i32)
    (call $swap (local.get $a) (local.get $b))
    ;; stack: b a — a loop taking both as params, run once
    (loop (param i32 i32) (result i32)
      (i32.sub))))
