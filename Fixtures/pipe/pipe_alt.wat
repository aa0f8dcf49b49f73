;; A pipe guest whose meta page sits elsewhere than pipe_test.c's (meta at 0x2000, a 64-byte buffer at
;; 0x100, id/cap/len at 0x2010..0x2018): both share one scope because the host reads meta per instance.
(module
  (import "pantopic/wazero-pipe" "__pipe_send" (func $send))
  (import "pantopic/wazero-pipe" "__pipe_recv" (func $recv))
  (memory (export "memory") 1)
  ;; meta page: id @0x2010, cap @0x2014, len @0x2018, buf = 0x100
  (data (i32.const 0x2000) "\10\20\00\00\14\20\00\00\18\20\00\00\00\01\00\00")
  (data (i32.const 0x2014) "\40\00\00\00")
  (func (export "__pipe") (result i32) (i32.const 0x2000))
  ;; Pipe[uint64] on id 0, as testSendUint64 / testRecvUint64
  (func (export "send_u64") (param $v i64)
    (i32.store (i32.const 0x2010) (i32.const 0))
    (i64.store (i32.const 0x100) (local.get $v))
    (i32.store (i32.const 0x2018) (i32.const 8))
    (call $send))
  (func (export "recv_u64") (result i64)
    (i32.store (i32.const 0x2010) (i32.const 0))
    (call $recv)
    (if (i32.ne (i32.load (i32.const 0x2018)) (i32.const 8)) (then unreachable))
    (i64.load (i32.const 0x100))))
