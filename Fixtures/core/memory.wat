;; memory.wat — linear memory access and growth.
;; Memory: 1 page initially, at most 4; exported as "memory".
;; Data: "WasmHost" at address 0; the i32 42 at address 16.
;; Exports:
;;   load    (i32 addr) -> i32         i32.load (traps out of bounds)
;;   load8_u (i32 addr) -> i32         i32.load8_u
;;   store   (i32 addr, i32 value)     i32.store (traps out of bounds)
;;   grow    (i32 pages) -> i32        memory.grow: old page count, or -1
;;   size    () -> i32                 memory.size in pages
(module
  (memory (export "memory") 1 4)
  (data (i32.const 0) "WasmHost")
  (data (i32.const 16) "\2a\00\00\00")

  (func (export "load") (param $addr i32) (result i32)
    (i32.load (local.get $addr)))

  (func (export "load8_u") (param $addr i32) (result i32)
    (i32.load8_u (local.get $addr)))

  (func (export "store") (param $addr i32) (param $value i32)
    (i32.store (local.get $addr) (local.get $value)))

  (func (export "grow") (param $pages i32) (result i32)
    (memory.grow (local.get $pages)))

  (func (export "size") (result i32)
    (memory.size)))
