;; add.wat — the smallest useful module.
;; Exports: add (i32, i32) -> i32, wrapping two's-complement addition.
(module
  (func $add (export "add") (param $a i32) (param $b i32) (result i32)
    local.get $a
    local.get $b
    i32.add))
