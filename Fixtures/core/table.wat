;; table.wat — call_indirect through a funcref table.
;; Table: 4 funcref slots, exported as "table"; slots 0..2 hold $ten, $twenty,
;; $thirty (type () -> i32); slot 3 is null.
;; Exports:
;;   call      (i32 index) -> i32      call_indirect of type () -> i32:
;;                                     0 -> 10, 1 -> 20, 2 -> 30,
;;                                     3 -> trap (uninitialized element),
;;                                     4 and above -> trap (undefined element /
;;                                     table index out of bounds)
;;   size      () -> i32               table.size = 4
;;   ten, twenty, thirty () -> i32     the table's functions themselves
;;   apply     (i32 index, i32 x) -> i32  call_indirect of type (i32) -> i32
;;                                     over a second table "ops":
;;                                     0 -> x + 1, 1 -> x * 2
(module
  (type $get (func (result i32)))
  (type $unop (func (param i32) (result i32)))

  (table $t (export "table") 4 funcref)
  (elem (table $t) (i32.const 0) func $ten $twenty $thirty)

  (table $ops (export "ops") 2 funcref)
  (elem (table $ops) (i32.const 0) func $inc $double)

  (func $ten (export "ten") (result i32) (i32.const 10))
  (func $twenty (export "twenty") (result i32) (i32.const 20))
  (func $thirty (export "thirty") (result i32) (i32.const 30))
  (func $inc (param i32) (result i32) (i32.add (local.get 0) (i32.const 1)))
  (func $double (param i32) (result i32) (i32.mul (local.get 0) (i32.const 2)))

  (func (export "call") (param $i i32) (result i32)
    (call_indirect $t (type $get) (local.get $i)))

  (func (export "size") (result i32)
    (table.size $t))

  (func (export "apply") (param $i i32) (param $x i32) (result i32)
    (call_indirect $ops (type $unop) (local.get $x) (local.get $i))))
