;; traps.wat — one export per kind of trap. Every export here traps when
;; called (no arguments) except `ok`.
;; Exports:
;;   ok                 () -> i32   returns 7 (sanity check)
;;   unreachable        () -> ()    unreachable
;;   div_by_zero        () -> i32   i32.div_s 1 / 0      integer divide by zero
;;   rem_by_zero        () -> i64   i64.rem_u 1 % 0      integer divide by zero
;;   int_overflow       () -> i32   i32.div_s INT32_MIN / -1   integer overflow
;;   invalid_conversion () -> i32   i32.trunc_f32_s NaN  invalid conversion to integer
;;   conversion_overflow () -> i32  i32.trunc_f64_s 3e9  integer overflow
;;   oob_load           () -> i32   i32.load at 65536 (1-page memory)  out of bounds memory access
;;   oob_store          () -> ()    i32.store at 65534 (straddles the end)
;;   oob_table          () -> i32   call_indirect index 5 in a 2-slot table  undefined element
;;   uninit_element     () -> i32   call_indirect index 1 (null slot)  uninitialized element
;;   indirect_mismatch  () -> i32   call_indirect of () -> i32 at slot 0
;;                                  holding a (i32) -> i32  indirect call type mismatch
;;   stack_overflow     () -> ()    unbounded recursion  call stack exhausted
(module
  (type $get (func (result i32)))
  (memory 1)
  (table 2 funcref)
  (elem (i32.const 0) func $takes_arg)

  (func $takes_arg (param i32) (result i32) (local.get 0))

  (func (export "ok") (result i32) (i32.const 7))

  (func (export "unreachable")
    (unreachable))

  (func (export "div_by_zero") (result i32)
    (i32.div_s (i32.const 1) (i32.const 0)))

  (func (export "rem_by_zero") (result i64)
    (i64.rem_u (i64.const 1) (i64.const 0)))

  (func (export "int_overflow") (result i32)
    (i32.div_s (i32.const 0x80000000) (i32.const -1)))

  (func (export "invalid_conversion") (result i32)
    (i32.trunc_f32_s (f32.const nan)))

  (func (export "conversion_overflow") (result i32)
    (i32.trunc_f64_s (f64.const 3e9)))

  (func (export "oob_load") (result i32)
    (i32.load (i32.const 65536)))

  (func (export "oob_store")
    (i32.store (i32.const 65534) (i32.const 1)))

  (func (export "oob_table") (result i32)
    (call_indirect (type $get) (i32.const 5)))

  (func (export "uninit_element") (result i32)
    (call_indirect (type $get) (i32.const 1)))

  (func (export "indirect_mismatch") (result i32)
    (call_indirect (type $get) (i32.const 0)))

  (func $stack_overflow (export "stack_overflow")
    (call $stack_overflow)))
