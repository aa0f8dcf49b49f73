;; v128 through the embedding API and every place a value can live: parameters and results mixed with
;; scalars, locals, globals, blocks with parameters, branches, select, calls, call_indirect, host calls.
(module
  (import "env" "vhost" (func $vhost (param i32 v128 f64) (result v128 i64)))
  (global $g (export "g") (mut v128) (v128.const i32x4 1 2 3 4))
  (table 2 funcref)
  (elem (i32.const 0) $swap $rec)
  (type $rec_t (func (param v128 i32) (result v128)))

  ;; (a, n, b) -> (b, n + 1, a)
  (func $swap (export "swap") (param $a v128) (param $n i32) (param $b v128) (result v128 i32 v128)
    local.get $b
    local.get $n
    i32.const 1
    i32.add
    local.get $a)

  ;; rec(v, n) = n == 0 ? v : rec(v + splat(n), n - 1)
  (func $rec (export "rec") (type $rec_t)
    local.get 1
    i32.eqz
    if (result v128)
      local.get 0
    else
      local.get 0
      local.get 1
      i32x4.splat
      i32x4.add
      local.get 1
      i32.const 1
      i32.sub
      call $rec
    end)

  ;; Through the table: rec(v, n) and the middle result of swap.
  (func (export "indirect") (param $v v128) (param $n i32) (result v128 i32)
    local.get $v
    local.get $n
    i32.const 1
    call_indirect (type $rec_t)
    local.get $v
    local.get $n
    local.get $v
    i32.const 0
    call_indirect (param v128 i32 v128) (result v128 i32 v128)
    drop
    i32.const 10
    i32.mul
    ;; (rec result, v) is on the stack below the i32: drop v via a block with parameters.
    block (param v128 v128 i32) (result v128 i32)
      local.set $n
      drop
      local.get $n
    end)

  (func (export "sel") (param v128 v128 i32) (result v128)
    local.get 0
    local.get 1
    local.get 2
    select)

  (func (export "get_g") (result v128) global.get $g)
  (func (export "set_g") (param v128) local.get 0 global.set $g)

  ;; Sums the i32 lanes of v over a loop carrying a v128 accumulator, leaving via br_if and br_table.
  (func (export "loop_sum") (param $v v128) (param $times i32) (result v128)
    (local $acc v128)
    block $done (result v128)
      local.get $acc
      loop $again (param v128) (result v128)
        local.get $v
        i32x4.add
        local.get $times
        i32.const 1
        i32.sub
        local.tee $times
        i32.eqz
        br_if $done
        local.get $times
        br_table $again $again $again
      end
    end)

  ;; Calls the host with (7, v, 2.5) and returns (its vector with lane 0 = the i64 it returned, wrapped).
  (func (export "call_host") (param $v v128) (result v128)
    (local $r i64)
    i32.const 7
    local.get $v
    f64.const 2.5
    call $vhost
    local.set $r
    local.get $r
    i32.wrap_i64
    i32x4.replace_lane 0))
